package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.TrustHarness.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue #22, function-level authorization, on both stores: every route needs its scope, read from {@code scope}
 * (space-separated) or {@code scp} (a JSON list in a direct invocation, {@code "[a b]"} as API Gateway passes a
 * list claim); without it the handler answers 403 naming the missing scope, and nothing is read or written.
 */
class ScopesTest {
    static Stream<Arguments> stores() {
        DynamoDbClient client = DynamoDbTestServer.get().client();
        return Stream.of(Arguments.of("memory", TrustHarness.memory()),
                Arguments.of("dynamodb", TrustHarness.dynamo(client, TrustHarness.dynamoTables(client))));
    }

    /** The event with its token's scope claims replaced: {@code claim} null means no scope claim at all. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> scoped(Map<String, Object> event, String claim, Object value) {
        Map<String, Object> claims = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) event.get("requestContext")).get("authorizer")).get("jwt")).get("claims");
        claims.remove("scope");
        claims.remove("scp");
        if (claim != null) {
            claims.put(claim, value);
        }
        return event;
    }

    record Call(String route, ApiHandler handler, Map<String, Object> event) {}

    static List<Call> everyRoute(TrustHarness api, String sessionId) {
        String session = sessionBody("MRN-S1", "2025-06-01", "62321");
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("GET /v1/fees", api.fees,
                event("GET", "/v1/fees", Map.of("code", "62321", "setting", "facility"), null, null, "clinic-a")));
        calls.add(new Call("GET /v1/schedules", api.fees, event("GET", "/v1/schedules", null, null, null, "clinic-a")));
        calls.add(new Call("GET /v1/facilities", api.fees, event("GET", "/v1/facilities", Map.of("q", "mercy"), null,
                null, "clinic-a")));
        calls.add(new Call("POST /v1/estimates", api.estimates, event("POST", "/v1/estimates", null,
                "application/json", estimateBody("MRN-S1", "2025-06-30", "62321"), "clinic-a")));
        calls.add(new Call("POST /v1/sessions", api.sessions,
                event("POST", "/v1/sessions", null, "application/json", session, "clinic-a")));
        calls.add(new Call("POST /v1/sessions/search", api.sessions, event("POST", "/v1/sessions/search", null,
                "application/json", "{\"patientId\":\"MRN-S1\"}", "clinic-a")));
        calls.add(new Call("POST /v1/sessions/batch", api.sessions, event("POST", "/v1/sessions/batch", null,
                "application/json", "{\"sessions\":[" + session + "]}", "clinic-a")));
        calls.add(new Call("PUT /v1/sessions/{sessionId}", api.sessions, event("PUT", "/v1/sessions/" + sessionId,
                null, "application/json", "{\"code\":\"62321\",\"reason\":\"wrong code\"}", "clinic-a")));
        calls.add(new Call("POST /v1/sessions/{sessionId}/void", api.sessions, event("POST", "/v1/sessions/"
                + sessionId + "/void", null, "application/json", "{\"reason\":\"duplicate\"}", "clinic-a")));
        return calls;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void eachRouteRefusesATokenWithoutItsScopeAndNamesIt(String store, TrustHarness api) {
        String id = (String) api.postSession(sessionBody("MRN-S0", "2025-05-01", "62321"), "clinic-a").json()
                .get("sessionId");
        List<Call> calls = everyRoute(api, id);
        assertThat(calls).extracting(Call::route).containsExactlyInAnyOrderElementsOf(Scope.byRoute().keySet());
        for (Call call : calls) {
            String needed = Scope.forRoute(call.route()).value();
            String others = String.join(" ", Scope.all().replace(needed, "").trim().split("\\s+"));
            for (Map<String, Object> event : List.of(scoped(new java.util.LinkedHashMap<>(call.event()), null, null),
                    scoped(call.event(), "scope", others), scoped(call.event(), "scp", List.of(others.split(" "))),
                    scoped(call.event(), "scope", needed.toUpperCase(java.util.Locale.ROOT)))) {
                Response r = invoke(call.handler(), event);
                assertThat(r.status()).as(call.route() + " " + r.body()).isEqualTo(403);
                assertThat(r.isProblem()).isTrue();
                assertThat(r.json().get("detail").toString()).contains("'" + needed + "'");
            }
        }
        // Nothing was recorded, voided or corrected by the refused calls: the one session is still active as made.
        Response search = invoke(api.sessions, event("POST", "/v1/sessions/search", null, "application/json",
                "{\"patientId\":\"MRN-S1\",\"includeVoided\":true}", "clinic-a"));
        assertThat(search.body()).doesNotContain("sessionId");
        Response original = invoke(api.sessions, event("POST", "/v1/sessions/search", null, "application/json",
                "{\"patientId\":\"MRN-S0\",\"includeVoided\":true}", "clinic-a"));
        assertThat(original.body()).contains("\"status\":\"active\"").doesNotContain("corrected");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void theScopeIsReadFromScopeOrScpInEitherSpelling(String store, TrustHarness api) {
        String id = (String) api.postSession(sessionBody("MRN-S2", "2025-05-01", "62321"), "clinic-b").json()
                .get("sessionId");
        String estimate = estimateBody("MRN-S2", "2025-06-30", "62321");
        Map<String, Object> a = event("POST", "/v1/estimates", null, "application/json", estimate, "clinic-b");
        assertThat(invoke(api.estimates, scoped(a, "scope", "openid estimates:read")).status()).isEqualTo(200);
        Map<String, Object> b = event("POST", "/v1/estimates", null, "application/json", estimate, "clinic-b");
        assertThat(invoke(api.estimates, scoped(b, "scp", List.of("estimates:read"))).status()).isEqualTo(200);
        Map<String, Object> c = event("POST", "/v1/estimates", null, "application/json", estimate, "clinic-b");
        assertThat(invoke(api.estimates, scoped(c, "scp", "[profile estimates:read]")).status()).isEqualTo(200);
        // A front desk token that may read and record may not void: 403 naming sessions:void, the session stays.
        Map<String, Object> v = event("POST", "/v1/sessions/" + id + "/void", null, "application/json",
                "{\"reason\":\"duplicate\"}", "clinic-b");
        Response refused = invoke(api.sessions, scoped(v, "scope", "estimates:read sessions:read sessions:write"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").toString()).contains("'sessions:void'");
        Map<String, Object> w = event("POST", "/v1/sessions/" + id + "/void", null, "application/json",
                "{\"reason\":\"duplicate\"}", "clinic-b");
        assertThat(invoke(api.sessions, scoped(w, "scope", "sessions:void")).status()).isEqualTo(200);
    }
}
