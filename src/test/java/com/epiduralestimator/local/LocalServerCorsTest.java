package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.cmsdata.BundledSchedule;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** `serve --cors-origin`: what API Gateway does with the template's AllowedOrigins, over real HTTP. */
class LocalServerCorsTest {
    private static final String CLINIC = "https://estimates.clinic.example";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalServer withCors;
    private static LocalServer without;
    private static String corsBase;
    private static String plainBase;

    @BeforeAll
    static void start() throws Exception {
        Config config = Config.from(Map.of());
        LocalFunctions functions = new LocalFunctions(TemplateRoutes.fromClasspath(),
                DependencyFactory.memory(config, BundledSchedule.loadAll(), Config.DEVELOPMENT_PATIENT_KEY,
                        Clock.systemUTC()));
        withCors = new LocalServer(functions, config.tenantClaim(), "local",
                LocalCors.parse(CLINIC + ",http://localhost:8080"));
        corsBase = "http://127.0.0.1:" + withCors.start(0);
        without = new LocalServer(functions, config.tenantClaim(), "local", LocalCors.NONE);
        plainBase = "http://127.0.0.1:" + without.start(0);
    }

    @AfterAll
    static void stop() {
        withCors.stop();
        without.stop();
    }

    private static HttpResponse<String> preflight(String base, String origin) throws Exception {
        return preflight(base, "/v1/estimates", origin, "POST");
    }

    private static HttpResponse<String> preflight(String base, String path, String origin, String method)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "content-type")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> fee(String base, String origin) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base
                        + "/v1/fees?code=62321&setting=non-facility&date=2025-06-01"))
                .header("Origin", origin).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aListedOriginsPreflightIsAnsweredWithTheAllowance() throws Exception {
        HttpResponse<String> r = preflight(corsBase, CLINIC);
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().firstValue("access-control-allow-origin")).hasValue(CLINIC);
        assertThat(r.headers().firstValue("access-control-allow-methods")).hasValue("GET,POST,PUT");
        assertThat(r.headers().firstValue("access-control-allow-headers")).hasValue("authorization,content-type");
        assertThat(r.headers().firstValue("access-control-max-age")).hasValue("600");
        assertThat(preflight(corsBase, "http://localhost:8080").headers().firstValue("access-control-allow-origin"))
                .hasValue("http://localhost:8080");
    }

    /** correctSession is PUT /v1/sessions/{id}: a browser asks first, and must be told PUT is allowed. */
    @Test
    void aPutPreflightForCorrectingASessionIsAllowed() throws Exception {
        HttpResponse<String> r = preflight(corsBase, "/v1/sessions/s_AAAAAAAAAAAAAAAAAAAAAA", CLINIC, "PUT");
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().firstValue("access-control-allow-origin")).hasValue(CLINIC);
        assertThat(r.headers().firstValue("access-control-allow-methods").orElseThrow().split(","))
                .contains("PUT");
    }

    /** Scheme and host are case-insensitive (RFC 3986 §6.2.2.1); the rest of the origin stays exact. */
    @Test
    void originsCompareWithoutCaseInSchemeAndHostOnly() throws Exception {
        String upper = "HTTPS://Estimates.Clinic.EXAMPLE";
        HttpResponse<String> r = preflight(corsBase, upper);
        assertThat(r.headers().firstValue("access-control-allow-origin")).hasValue(upper);
        assertThat(fee(corsBase, upper).headers().firstValue("access-control-allow-origin")).hasValue(upper);
        assertThat(preflight(corsBase, "http://LOCALHOST:8080").headers().firstValue("access-control-allow-origin"))
                .hasValue("http://LOCALHOST:8080");
        for (String other : new String[] {"http://estimates.clinic.example", "https://estimates.clinic.example:8443",
                "https://estimates.clinic.example.evil", "http://localhost:8081", "https://clinic.example"}) {
            assertThat(preflight(corsBase, other).headers().firstValue("access-control-allow-origin")).as(other)
                    .isEmpty();
            assertThat(fee(corsBase, other).headers().firstValue("access-control-allow-origin")).as(other).isEmpty();
        }
    }

    @Test
    void anotherOriginGetsNoAllowanceOnPreflightOrResponse() throws Exception {
        HttpResponse<String> r = preflight(corsBase, "https://evil.example");
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().firstValue("access-control-allow-origin")).isEmpty();
        HttpResponse<String> get = fee(corsBase, "https://evil.example");
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("access-control-allow-origin")).isEmpty();
    }

    @Test
    void responsesToTheListedOriginCarryAllowOriginOnSuccessAndOnErrors() throws Exception {
        HttpResponse<String> get = fee(corsBase, CLINIC);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).contains("\"amount\":251.01");
        assertThat(get.headers().firstValue("access-control-allow-origin")).hasValue(CLINIC);
        assertThat(get.headers().firstValue("access-control-expose-headers")).hasValue("retry-after");
        assertThat(get.headers().firstValue("vary")).hasValue("Origin");
        // A 400 must be readable by the page too, or it cannot show the problem's field errors.
        HttpResponse<String> bad = HTTP.send(HttpRequest.newBuilder(URI.create(corsBase + "/v1/estimates"))
                .header("Origin", CLINIC).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("access-control-allow-origin")).hasValue(CLINIC);
    }

    @Test
    void withoutCorsOriginThereIsNoCorsAtAll() throws Exception {
        assertThat(preflight(plainBase, CLINIC).statusCode()).isEqualTo(404);
        HttpResponse<String> get = fee(plainBase, CLINIC);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("access-control-allow-origin")).isEmpty();
    }

    @Test
    void aMalformedOriginIsOneClearError() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(cli.run(new String[] {"serve", "--port", "0", "--cors-origin", "https://clinic.example/page"}))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: --cors-origin takes origins such as");
    }
}
