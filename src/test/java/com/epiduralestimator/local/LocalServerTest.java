package com.epiduralestimator.local;

import com.epiduralestimator.adapter.http.Scope;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.cmsdata.BundledSchedule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local server end to end over real HTTP: routes from the template, events as API Gateway shapes them. */
class LocalServerTest {
    private static LocalServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Config config = Config.from(Map.of());
        LocalFunctions functions = new LocalFunctions(TemplateRoutes.fromClasspath(),
                DependencyFactory.memory(config, BundledSchedule.loadAll(), Config.DEVELOPMENT_PATIENT_KEY,
                        Clock.systemUTC()));
        server = new LocalServer(functions, config.tenantClaim(), "local", LocalCors.NONE);
        base = "http://127.0.0.1:" + server.start(0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An unsigned token with these claims and every scope (the scopes themselves are ScopesTest's). */
    private static String bearer(String claimsJson) {
        claimsJson = claimsJson.replaceFirst("^\\{", "{\"scope\":\"" + Scope.all() + "\",");
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "Bearer " + b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8)) + ".unsigned";
    }

    @Test
    void servesTheFeeOfTheContract() throws Exception {
        HttpResponse<String> response = get("/v1/fees?code=62321&setting=non-facility&locality=0111205&date=2025-06-01");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(response.body()).contains("\"amount\":329.63", "\"limitingCharge\":360.12");
    }

    @Test
    void decodesQueryParametersAsApiGatewayDoes() throws Exception {
        HttpResponse<String> response = get("/v1/fees?code=62321&setting=non%2Dfacility&date=2025-06-01");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"amount\":251.01", "\"source\":\"national\"");
    }

    @Test
    void theSessionRoutesWithASessionIdInThePathReachTheSessionsFunction() throws Exception {
        HttpResponse<String> recorded = post("/v1/sessions",
                "{\"patientId\":\"MRN-LOCAL-1\",\"dateOfService\":\"2025-02-02\",\"code\":\"62321\"}",
                "authorization", bearer("{\"tenant_id\":\"clinic-local\",\"sub\":\"nurse-7\"}"));
        assertThat(recorded.statusCode()).isEqualTo(201);
        String id = recorded.body().replaceAll(".*\"sessionId\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> corrected = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/sessions/" + id))
                .header("content-type", "application/json")
                .header("authorization", bearer("{\"tenant_id\":\"clinic-local\",\"sub\":\"nurse-7\"}"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"code\":\"64479\",\"reason\":\"wrong code\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        // "wrong code" names a category (issue 22): stored as wrong-code, nothing dropped
        assertThat(corrected.body()).contains("\"by\":\"nurse-7\",\"action\":\"corrected\",\"reason\":\"wrong-code\"")
                .doesNotContain("notStored");
        HttpResponse<String> voided = post("/v1/sessions/" + id + "/void", "{\"reason\":\"duplicate\"}",
                "authorization", bearer("{\"tenant_id\":\"clinic-local\"}"));
        assertThat(voided.statusCode()).isEqualTo(200);
        assertThat(voided.body()).contains("\"status\":\"voided\"", "\"by\":\"local\",\"action\":\"voided\"");
        // The default tenant ('local') is another tenant: 404.
        assertThat(post("/v1/sessions/" + id + "/void", "{\"reason\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(post("/v1/sessions/search", "{\"patientId\":\"MRN-LOCAL-1\",\"includeVoided\":true}",
                "authorization", bearer("{\"tenant_id\":\"clinic-local\"}")).body()).contains(id);
        assertThat(post("/v1/sessions/" + id + "/void/extra", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownRoutesAndMethodsAreNotFoundLikeApiGateway() throws Exception {
        assertThat(get("/v1/unknown").statusCode()).isEqualTo(404);
        assertThat(get("/v1/estimates").statusCode()).isEqualTo(404);
    }

    @Test
    void tenantComesFromTheBearerTokenUnverifiedOrTheDefault() throws Exception {
        String session = "{\"patientId\":\"MRN-LOCAL-1\",\"dateOfService\":\"2025-03-01\",\"code\":\"62321\"}";
        String estimate = "{\"patientId\":\"MRN-LOCAL-1\",\"dateOfService\":\"2025-06-01\",\"setting\":\"facility\","
                + "\"code\":\"62321\",\"imagingGuidance\":\"fluoroscopy\"}";
        assertThat(post("/v1/sessions", session, "authorization", bearer("{\"tenant_id\":\"clinic-a\"}"))
                .statusCode()).isEqualTo(201);
        assertThat(post("/v1/estimates", estimate, "authorization", bearer("{\"tenant_id\":\"clinic-a\"}")).body())
                .contains("\"priorSessions\":1");
        assertThat(post("/v1/estimates", estimate, "authorization", bearer("{\"tenant_id\":\"clinic-b\"}")).body())
                .contains("\"priorSessions\":0");
        assertThat(post("/v1/estimates", estimate).body()).contains("\"priorSessions\":0"); // tenant 'local'
    }

    @Test
    void aTokenWithoutTheTenantClaimIsRejectedByTheHandler() throws Exception {
        HttpResponse<String> response = post("/v1/estimates", "{}", "authorization", bearer("{\"sub\":\"x\"}"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
    }

    @Test
    void anUnreadableTokenIsUnauthorizedAsAtApiGateway() throws Exception {
        assertThat(post("/v1/estimates", "{}", "authorization", "Bearer not-a-jwt").statusCode()).isEqualTo(401);
        assertThat(post("/v1/estimates", "{}", "authorization", "Basic abc").statusCode()).isEqualTo(401);
    }

    @Test
    void appliesApiGatewaysPayloadAndHeaderLimits() throws Exception {
        String tooBig = "{\"x\":\"" + "a".repeat(LocalServer.MAX_PAYLOAD_BYTES) + "\"}";
        assertThat(post("/v1/estimates", tooBig).statusCode()).isEqualTo(413);
        HttpResponse<String> hugeHeader = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/fees?code=62321"))
                .header("x-big", "b".repeat(LocalServer.MAX_HEADER_BYTES)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(hugeHeader.statusCode()).isEqualTo(431);
    }

    @Test
    void aBodyOverTheFunctionsOwnLimitIsA400Problem() throws Exception {
        String big = "{\"patientId\":\"" + "a".repeat(70_000) + "\"}";
        HttpResponse<String> response = post("/v1/estimates", big);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("exceeds").doesNotContain("aaaa");
    }
}
