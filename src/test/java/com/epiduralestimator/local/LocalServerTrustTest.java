package com.epiduralestimator.local;

import com.epiduralestimator.adapter.http.Scope;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.TestSchedules;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local server over real HTTP: the tenant comes from the (unverified) bearer token; idempotency under load. */
class LocalServerTrustTest {
    private static final byte[] KEY = "local-trust-test-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private LocalServer server;
    private URI base;

    @BeforeEach
    void start() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);
        var services = DependencyFactory.memory(Config.from(java.util.Map.of()),
                List.of(TestSchedules.year2025()), KEY, clock);
        server = new LocalServer(new LocalFunctions(TemplateRoutes.fromClasspath(), services), "tenant_id", "local", LocalCors.NONE);
        base = URI.create("http://127.0.0.1:" + server.start(0));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void theBearerTokensTenantScopesSessions() throws Exception {
        String session = "{\"patientId\":\"MRN-77\",\"dateOfService\":\"2025-06-01\",\"code\":\"62321\"}";
        String estimate = "{\"patientId\":\"MRN-77\",\"dateOfService\":\"2025-06-30\",\"setting\":\"facility\","
                + "\"code\":\"62321\",\"deductibleRemaining\":0}";

        assertThat(post("/v1/sessions", session, token("clinic-a")).statusCode()).isEqualTo(201);
        assertThat(post("/v1/estimates", estimate, token("clinic-a")).body()).contains("\"priorSessions\":1");
        assertThat(post("/v1/estimates", estimate, token("clinic-b")).body()).contains("\"priorSessions\":0");
        // No token: the start-up tenant ("local"), which is a third tenant.
        assertThat(post("/v1/estimates", estimate, null).body()).contains("\"priorSessions\":0");
        // A token without the claim: 401 from the handler, as in AWS.
        assertThat(post("/v1/estimates", estimate, tokenWithout()).statusCode()).isEqualTo(401);
    }

    /** Issue #14: a tenant claim that is not a non-blank string (null became the tenant "null") is refused. */
    @Test
    void aTenantClaimThatIsNotANonBlankStringIsRefused() throws Exception {
        String session = "{\"patientId\":\"MRN-78\",\"dateOfService\":\"2025-06-01\",\"code\":\"62321\"}";
        String estimate = "{\"patientId\":\"MRN-78\",\"dateOfService\":\"2025-06-30\",\"setting\":\"facility\","
                + "\"code\":\"62321\",\"deductibleRemaining\":0}";
        String[][] cases = {{"null", "401"}, {"\"\"", "401"}, {"\"  \"", "401"}, {"42", "403"}, {"true", "403"},
                {"[\"clinic-a\"]", "403"}, {"{\"id\":\"clinic-a\"}", "403"}, {"\"clinic#a\"", "403"}};
        for (String[] c : cases) {
            String token = jwt("{\"sub\":\"u1\",\"scope\":\"" + Scope.all() + "\",\"tenant_id\":" + c[0] + "}");
            assertThat(post("/v1/sessions", session, token).statusCode()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(post("/v1/estimates", estimate, token).statusCode()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
        }
        // No session was stored under a tenant made of those values.
        for (String tenant : List.of("null", "42", "true")) {
            assertThat(post("/v1/estimates", estimate, token(tenant)).body()).as(tenant).contains("\"priorSessions\":0");
        }
    }

    @Test
    void fiftyConcurrentIdenticalPostsStoreOneSession() throws Exception {
        String session = "{\"patientId\":\"MRN-88\",\"dateOfService\":\"2025-06-02\",\"code\":\"62323\"}";
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(http.sendAsync(request("/v1/sessions", session, token("clinic-a")),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var call : calls) {
            statuses.add(call.get().statusCode());
        }
        assertThat(statuses).hasSize(50);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(49);
    }

    private HttpResponse<String> post(String path, String body, String token) throws Exception {
        return http.send(request(path, body, token), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("authorization", "Bearer " + token);
        }
        return b.build();
    }

    static String token(String tenant) {
        return jwt("{\"sub\":\"u1\",\"scope\":\"" + Scope.all() + "\",\"tenant_id\":\"" + tenant + "\"}");
    }

    static String tokenWithout() {
        return jwt("{\"sub\":\"u1\"}");
    }

    private static String jwt(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".not-a-signature";
    }
}
