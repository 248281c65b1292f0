package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.TrustHarness.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.epiduralestimator.adapter.memory.InMemorySessionLedger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs every flow with a distinctive patient id and looks for it everywhere it must not be: standard output and
 * error (the log4j2 Lambda appender writes there too), the EMF metric lines, every response body, and every item
 * of both tables. Found nowhere, in no common encoding.
 */
class PhiCanaryTest {
    private static final String CANARY = "PHI-CANARY-q7zx";

    @Test
    void theCanaryIsNowhereOnDynamoDb() {
        DynamoDbClient client = DynamoDbTestServer.get().client();
        Tables tables = TrustHarness.dynamoTables(client);
        String everything = runFlows(TrustHarness.dynamo(client, tables));
        StringBuilder items = new StringBuilder();
        for (String table : List.of(tables.fees(), tables.sessions())) {
            client.scanPaginator(b -> b.tableName(table)).items().forEach(item -> dump(item, items));
        }
        assertThat(items.toString()).contains("T#clinic-a#P#") // sessions were stored
                .contains("reason=AttributeValue(S=other)", "reason=AttributeValue(S=wrong-code)"); // and changed
        assertNowhere(everything + items);
    }

    /** Issue 22: and in every field of every session the in-memory store holds (its whole map, as stored). */
    @Test
    void theCanaryIsNowhereInMemory() throws ReflectiveOperationException {
        InMemorySessionLedger ledger = new InMemorySessionLedger(TrustHarness.CLOCK);
        String everything = runFlows(TrustHarness.memory(ledger));
        java.lang.reflect.Field stored = InMemorySessionLedger.class.getDeclaredField("sessions");
        stored.setAccessible(true);
        String items = stored.get(ledger).toString();
        assertThat(items).contains("RecordedSession[", "history=[SessionChange[", "reason=Optional[OTHER]",
                "reason=Optional[WRONG_CODE]");
        assertNowhere(everything + items);
    }

    /** Every flow, with the canary as the patient; returns all output, metrics and bodies. */
    private static String runFlows(TrustHarness api) {
        RequestLog.awaitLog4j(); // the appender path, not only the start-up fallback
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8);
        List<Response> responses = new ArrayList<>();
        System.setOut(tee);
        System.setErr(tee);
        Metrics.redirect(tee);
        try {
            String covered = estimateBody(CANARY, "2025-06-30", "62321");
            responses.add(api.getFee(Map.of("code", "62321", "setting", "facility", "zip", "94103"), "clinic-a"));
            responses.add(api.getFee(Map.of("code", "62321", "setting", "facility", "patientId", CANARY), "clinic-a"));
            responses.add(api.getFee(Map.of("code", CANARY, "setting", CANARY), "clinic-a"));
            for (String date : List.of("2025-01-10", "2025-03-10", "2025-05-10", "2025-06-10")) {
                responses.add(api.postSession(sessionBody(CANARY, date, "62321"), "clinic-a"));
            }
            responses.add(api.postSession(sessionBody(CANARY, "2025-06-10", "62321"), "clinic-a")); // duplicate
            responses.add(api.postSession(sessionBody(CANARY, "2025-06-11", "62320"), "clinic-a")); // 422
            responses.add(api.postSession(sessionBody(CANARY, "2030-01-01", "62321"), "clinic-a")); // future
            responses.add(api.postSession(sessionBody(CANARY, "2025-06-12", "62321"), null)); // 401
            // The session history routes (issue #11): search, batch, correct, void, the 409 and import-style ids.
            responses.add(invoke(api.sessions, event("POST", "/v1/sessions/search", null, "application/json",
                    "{\"patientId\":\"" + CANARY + "\",\"includeVoided\":true}", "clinic-a")));
            Response conflict = api.postSession(sessionBody(CANARY, "2025-06-10", "64479"), "clinic-a"); // 409
            responses.add(conflict);
            String sessionId = (String) ((Map<?, ?>) conflict.json().get("stored")).get("sessionId");
            // Issue 22: the canary in every free text a change takes (reason, note), a move, a 409's stored.
            responses.add(invoke(api.sessions, event("PUT", "/v1/sessions/" + sessionId, null, "application/json",
                    "{\"code\":\"62321\",\"units\":1,\"modifiers\":[\"KX\"],\"reason\":\"wrong-code\",\"note\":\""
                            + CANARY + " DOB 1950-01-01\"}", "clinic-a")));
            responses.add(invoke(api.sessions, event("POST", "/v1/sessions/" + sessionId + "/void", null,
                    "application/json", "{\"reason\":\"wrong patient: was " + CANARY + "\",\"note\":\"" + CANARY
                            + "\"}", "clinic-a")));
            responses.add(invoke(api.sessions, event("POST", "/v1/sessions/" + sessionId + "/void", null,
                    "application/json", "{\"reason\":\"" + CANARY + "\"}", "clinic-a"))); // 409, stored
            Response batch = invoke(api.sessions, event("POST", "/v1/sessions/batch", null, "application/json",
                    "{\"sessions\":[" + sessionBody(CANARY, "2025-02-02", "62321") + "," + sessionBody(CANARY + "\u0007",
                            "2025-02-03", "62321") + "," + sessionBody(CANARY, "2025-02-04", "99213") + "]}",
                    "clinic-a"));
            responses.add(batch);
            String batchId = (String) ((Map<?, ?>) ((List<?>) batch.json().get("results")).get(0)).get("sessionId");
            responses.add(invoke(api.sessions, event("PUT", "/v1/sessions/" + batchId, null, "application/json",
                    "{\"code\":\"62323\",\"reason\":\"" + CANARY + "\",\"note\":\"" + CANARY + "\"}",
                    "clinic-a"))); // a move to the other region: two sessions, each naming the other
            responses.add(invoke(api.sessions, event("POST", "/v1/sessions/search", null, "application/json",
                    "{\"patientId\":\"" + CANARY + "\",\"includeVoided\":true}", "clinic-a")));
            responses.add(api.postEstimate(covered, "clinic-b"));
            responses.add(api.postEstimate(covered, "clinic-a")); // over the cap: not covered
            responses.add(api.postEstimate(covered.replace("\"locality\":\"0111205\"", "\"locality\":\"9999999\""),
                    "clinic-b")); // national fallback
            responses.add(api.postEstimate(covered.replace("}", ",\"region\":\"lumbar\"}"), "clinic-a"));
            responses.add(api.postEstimate(covered.replace("}", ",\"" + CANARY + "\":\"" + CANARY + "\"}"),
                    "clinic-a")); // unknown field named after the patient
            responses.add(api.postEstimate(covered.replace("\"units\":1", "\"units\":\"" + CANARY + "\""),
                    "clinic-a"));
            responses.add(api.postEstimate("{\"patientId\":\"" + CANARY + "x".repeat(80) + "\"}", "clinic-a"));
            responses.add(api.postEstimate("{\"patientId\":\"" + CANARY + "\"", "clinic-a")); // malformed
            responses.add(api.postEstimate("{\"patientId\":\"" + CANARY + "\",\"patientId\":1}", "clinic-a"));
            responses.add(invoke(api.estimates, event("POST", "/v1/estimates", null, "text/plain", covered,
                    "clinic-a")));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            Metrics.redirect(oldOut);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("route=\"POST /v1/estimates\"").contains("rules=").contains("CloudWatchMetrics")
                .contains("NotCovered");
        assertThat(responses).extracting(Response::status).contains(200, 201, 400, 401, 409, 415, 422);
        assertThat(responses.stream().map(Response::body).filter(b -> b.contains("\"notStored\":[\"reason\",\"note\"]")))
                .hasSize(2); // the void and the move: the text was not stored, and the answer says so
        assertThat(output).contains("route=\"POST /v1/sessions/{sessionId}/void\"")
                .contains("route=\"PUT /v1/sessions/{sessionId}\"").contains("route=\"POST /v1/sessions/batch\"");
        StringBuilder all = new StringBuilder(output);
        responses.forEach(r -> all.append('\n').append(r.headers()).append('\n').append(r.body()));
        return all.toString();
    }

    private static void assertNowhere(String text) {
        byte[] bytes = CANARY.getBytes(StandardCharsets.UTF_8);
        for (String form : List.of(CANARY, CANARY.toLowerCase(Locale.ROOT), CANARY.toUpperCase(Locale.ROOT),
                "q7zx", Base64.getEncoder().encodeToString(bytes), Base64.getUrlEncoder().encodeToString(bytes),
                Base64.getEncoder().withoutPadding().encodeToString(bytes), hex(bytes))) {
            assertThat(text).as("form %s", form).doesNotContain(form);
        }
    }

    private static void dump(Map<String, AttributeValue> item, StringBuilder out) {
        item.forEach((k, v) -> out.append(k).append('=').append(v.toString()).append('\n'));
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02x", b));
        }
        return s.toString();
    }
}
