package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.cmsdata.BundledSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every error of the local server is problem+json, including a query whose percent-encoding is malformed (sent as
 * raw bytes: java.net.URI refuses to build such a request, a browser or curl does not).
 */
class LocalServerQueryEncodingTest {
    private static LocalServer server;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        Config config = Config.from(Map.of());
        LocalFunctions functions = new LocalFunctions(TemplateRoutes.fromClasspath(),
                DependencyFactory.memory(config, BundledSchedule.loadAll(), Config.DEVELOPMENT_PATIENT_KEY,
                        Clock.systemUTC()));
        server = new LocalServer(functions, config.tenantClaim(), "local", LocalCors.NONE);
        port = server.start(0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String rawGet(String pathAndQuery) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0} → 400 problem+json naming {1}")
    @CsvSource({
            // escapes whose bytes are not UTF-8: URLDecoder would pass on U+FFFD as if it were the value
            "/v1/fees?code=62321&setting=facility&date=2025-06-0%E9,  date",
            "/v1/fees?code=%C3%28&setting=facility,                   code",
            "/v1/fees?co%de=62321&setting=facility,                   query",
            "/v1/fees?code=62321&setting=non%2Dfacility&zip=9%FF103,  zip",
            // issue #22: a name that is not a parameter of the API is never quoted (it could be a patient id)
            "/v1/fees?code=62321&setting=facility&MRN-0077-SMITH-JOHN=%ff,  query",
            "/v1/fees?MRN-0077-SMITH-JOHN=%E9&code=62321,                   query"})
    void aMalformedPercentEncodingIsAProblemNamingTheParameter(String request, String field) throws IOException {
        String response = rawGet(request);
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(response).contains("\"status\":400", "\"field\":\"" + field + "\"", "percent-encoding");
        assertThat(response).doesNotContain("MRN").doesNotContain("SMITH");
    }

    /** The names an error may quote are exactly the API's query parameters. */
    @org.junit.jupiter.api.Test
    void theQuotableNamesAreTheContractsQueryParameters() throws IOException {
        com.fasterxml.jackson.databind.JsonNode spec = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .readTree(new java.io.File("openapi.yaml"));
        java.util.Set<String> inContract = new java.util.TreeSet<>();
        spec.get("paths").forEach(path -> path.forEach(operation -> operation.path("parameters").forEach(p -> {
            com.fasterxml.jackson.databind.JsonNode parameter = p.has("$ref")
                    ? spec.at(p.get("$ref").asText().substring(1)) : p;
            if (parameter.path("in").asText().equals("query")) {
                inContract.add(parameter.get("name").asText());
            }
        })));
        assertThat(new java.util.TreeSet<>(QueryStrings.PARAMETERS)).isEqualTo(inContract);
    }

    @ParameterizedTest(name = "{0} decodes to what API Gateway passes on")
    @CsvSource({
            "/v1/fees?code=62321&setting=non%2Dfacility&date=2025-06-01",
            "/v1/fees?code=62321&setting=non-facility&date=2025%2D06%2D01",
            "/v1/fees?%63ode=62321&setting=non-facility&date=2025-06-01"})
    void wellFormedEscapesStillDecode(String request) throws IOException {
        String response = rawGet(request);
        assertThat(response).startsWith("HTTP/1.1 200").contains("\"amount\":251.01");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "code=62321&setting=non%2Dfacility | {code=62321, setting=non-facility}",
            "a=1&a=2&b                         | {a=1,2, b=}",
            "name=J%C3%BCrgen+M                | {name=J\u00fcrgen M}",
            "code=%zz                          | malformed: code",
            "code=6232%                        | malformed: code",
            "code=%E9                          | malformed: code",
            "%ZZ=1                             | malformed: query",
            "MRN-0077-SMITH-JOHN=%ff           | malformed: query"})
    void queryStringsDecodeStrictly(String raw, String expected) {
        String actual;
        try {
            actual = QueryStrings.parse(raw.trim()).toString();
        } catch (QueryStrings.MalformedQueryException e) {
            actual = "malformed: " + e.field();
        }
        assertThat(actual).isEqualTo(expected.trim());
    }
}
