package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** `serve` answers the estimate page's files at / and by name, and nothing else outside the API's routes. */
class LocalWebTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalServer server;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);
        ServeCommand serve = new ServeCommand(print, print);
        server = serve.start(CommandOptions.parse(List.of("--port", "0"), serve.spec()));
        String banner = console.toString(StandardCharsets.UTF_8);
        base = banner.substring(banner.indexOf("listening on ") + "listening on ".length()).split(" ")[0];
        assertThat(banner).contains("the estimate page: " + base + "/");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePageIsAtTheRootWithItsFiles() throws Exception {
        HttpResponse<String> page = get("/?code=62321&setting=facility");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("referrer-policy")).hasValue("no-referrer");
        assertThat(page.body()).contains("<form id=\"estimate-form\"", "src=\"config.js\"", "src=\"estimate.js\"");
        assertThat(get("/estimate.js").headers().firstValue("content-type"))
                .hasValue("text/javascript; charset=utf-8");
        assertThat(get("/estimate.css").statusCode()).isEqualTo(200);
        assertThat(get("/config.js").body()).contains("window.ESTIMATOR_CONFIG = { apiBase: \"\" };");
    }

    /** The patient id field has no name: even a plain form submission (no JavaScript) leaves it out of the URL. */
    @Test
    void thePatientIdFieldHasNoNameSoNoFormSubmissionCarriesIt() throws Exception {
        String page = get("/").body();
        String patient = page.substring(page.indexOf("<input id=\"patient\""));
        patient = patient.substring(0, patient.indexOf('>'));
        assertThat(patient).doesNotContain("name=");
        assertThat(page).contains("<form id=\"estimate-form\" method=\"get\"");
    }

    @Test
    void otherPathsAreStillNotFound() throws Exception {
        assertThat(get("/nope.js").statusCode()).isEqualTo(404);
        assertThat(get("/../pom.xml").statusCode()).isEqualTo(404);
        assertThat(get("/web/index.html").statusCode()).isEqualTo(404);
        assertThat(get("/template.yaml").statusCode()).isEqualTo(404);
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(404);
    }
}
