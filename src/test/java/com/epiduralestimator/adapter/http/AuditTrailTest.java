package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.TrustHarness.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.application.PatientKeys;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue #14, finding 4, on both stores: one audit line per request that reads or writes sessions, with the tenant,
 * the user (JWT sub), the action, the route, the status and the hashed patient key; never the patient id. A
 * request refused before any session is touched (no tenant, invalid body) has none.
 */
class AuditTrailTest {
    private static final String PATIENT = "MRN-AUDIT-5150";

    static Stream<Arguments> stores() {
        DynamoDbClient client = DynamoDbTestServer.get().client();
        return Stream.of(Arguments.of("memory", TrustHarness.memory()),
                Arguments.of("dynamodb", TrustHarness.dynamo(client, TrustHarness.dynamoTables(client))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void everySessionReadOrWriteLeavesOneAuditLine(String store, TrustHarness api) {
        String expectedKey = new PatientKeys(TrustHarness.SECRET, Set.of()).ref("clinic-a", PATIENT).patientKey();
        String log = captured(() -> {
            assertThat(api.postSession(sessionBody(PATIENT, "2025-06-01", "62321"), "clinic-a").status())
                    .isEqualTo(201);
            assertThat(api.postSession(sessionBody(PATIENT, "2025-06-01", "62321"), "clinic-a").status())
                    .isEqualTo(200);
            assertThat(api.postEstimate(estimateBody(PATIENT, "2025-06-30", "62321"), "clinic-a").status())
                    .isEqualTo(200);
            // Refused before any session is read: no audit line.
            assertThat(api.postEstimate(estimateBody(PATIENT, "2025-06-30", "62321"), null).status()).isEqualTo(401);
            assertThat(api.postSession("{\"patientId\":\"" + PATIENT + "\"}", "clinic-a").status()).isEqualTo(400);
            assertThat(api.getFee(java.util.Map.of("code", "62321", "setting", "facility"), "clinic-a").status())
                    .isEqualTo(200);
        });
        List<String> audit = Arrays.stream(log.split("\n")).filter(l -> l.contains("audit")).toList();
        // Issue 22: each request's line is written BEFORE its store call (phase before) and again with the status.
        assertThat(audit).as(log).hasSize(6);
        assertThat(audit).allSatisfy(line -> assertThat(line).contains(expectedKey, "clinic-a", "user-1"));
        assertThat(audit.get(0)).contains("record-session", "POST /v1/sessions", "before").doesNotContain("status");
        assertThat(audit.get(1)).contains("record-session", "POST /v1/sessions", "after", "201");
        assertThat(audit.get(3)).contains("record-session", "POST /v1/sessions", "after", "200");
        assertThat(audit.get(4)).contains("read-sessions", "POST /v1/estimates", "before");
        assertThat(audit.get(5)).contains("read-sessions", "POST /v1/estimates", "after", "200");
        assertThat(log).doesNotContain(PATIENT);
    }

    /**
     * Issue 22: correct and void name the sessionId before the store call (the patient key is known only after
     * it) and the session's patient key after; a search names every partition it reads.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void correctAndVoidNameTheSessionIdAndASearchEveryKeyItReads(String store, TrustHarness api) {
        PatientKeys keys = new PatientKeys(TrustHarness.SECRET, Set.of());
        String id = (String) api.postSession(sessionBody(PATIENT, "2025-05-01", "62321"), "clinic-a").json()
                .get("sessionId");
        String log = captured(() -> {
            assertThat(invoke(api.sessions, event("PUT", "/v1/sessions/" + id, null, "application/json",
                    "{\"code\":\"62321\",\"modifiers\":[\"KX\"],\"reason\":\"wrong-code\"}", "clinic-a")).status())
                    .isEqualTo(200);
            assertThat(invoke(api.sessions, event("POST", "/v1/sessions/" + id + "/void", null, "application/json",
                    "{\"reason\":\"duplicate\"}", "clinic-a")).status()).isEqualTo(200);
            assertThat(invoke(api.sessions, event("POST", "/v1/sessions/search", null, "application/json",
                    "{\"patientId\":\" " + PATIENT + "\"}", "clinic-a")).status()).isEqualTo(200);
        });
        List<String> audit = Arrays.stream(log.split("\n")).filter(l -> l.contains("message=\"audit\"")).toList();
        assertThat(audit).as(log).hasSize(6);
        String key = keys.ref("clinic-a", PATIENT).patientKey();
        assertThat(audit.get(0)).contains("correct-session", "phase=\"before\"", "sessionId=\"" + id + "\"",
                "patientKeys=\"\"");
        assertThat(audit.get(1)).contains("correct-session", "phase=\"after\"", "sessionId=\"" + id + "\"", key);
        assertThat(audit.get(2)).contains("void-session", "phase=\"before\"", "sessionId=\"" + id + "\"");
        assertThat(audit.get(3)).contains("void-session", "phase=\"after\"", "sessionId=\"" + id + "\"", key);
        // " MRN…" is read under its canonical key and, as sessions may be stored under the spelling as sent, that.
        assertThat(audit.get(4)).contains("read-sessions", "phase=\"before\"",
                String.join(" ", keys.refs("clinic-a", " " + PATIENT).stream().map(r -> r.patientKey()).toList()));
        assertThat(keys.refs("clinic-a", " " + PATIENT)).hasSize(2);
    }

    /** Issue 22: a {@code sub} with a newline, quotes or control characters cannot forge or end a log line. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aSubjectWithANewlineCannotForgeALogLine(String store, TrustHarness api) {
        String forged = "mallory\"\n2026-01-01T00:00:00Z INFO  action=\"read-sessions\" message=\"audit\""
                + " tenant=\"clinic-b\" user=\"admin\r\u2028\u0085";
        Map<String, Object> event = event("POST", "/v1/sessions", null, "application/json",
                sessionBody(PATIENT, "2025-04-01", "62321"), "clinic-a");
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) event.get("requestContext")).get("authorizer")).get("jwt")).get("claims");
        claims.put("sub", forged);
        String log = captured(() -> assertThat(invoke(api.sessions, event).status()).isEqualTo(201));
        List<String> lines = Arrays.stream(log.split("\n")).filter(l -> l.contains("message=\"audit\"")).toList();
        assertThat(lines).as(log).hasSize(2).allSatisfy(line -> assertThat(line)
                .contains("tenant=\"clinic-a\"", "user=\"mallory\\u0022\\u000a2026-01-01")
                .doesNotContain("\r", "\u2028", "\u0085"));
        assertThat(log).doesNotContain("tenant=\"clinic-b\"").doesNotContainPattern("(?m)^2026-01-01");
    }

    static String captured(Runnable calls) {
        RequestLog.awaitLog4j(); // through the Lambda appender, as after start-up in Lambda
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            calls.run();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
