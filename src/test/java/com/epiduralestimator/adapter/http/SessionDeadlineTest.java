package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.TrustHarness.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.epiduralestimator.SessionSettings;
import com.epiduralestimator.adapter.dynamodb.DynamoClients;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.memory.InMemorySessionLedger;
import com.epiduralestimator.application.PatientKeys;
import com.epiduralestimator.application.PatientRef;
import com.epiduralestimator.application.RecordOutcome;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.SessionLedger;
import com.epiduralestimator.application.SessionRecorder;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue 22: a batch of 100 against a store answering in 150 ms took 22–46 s, past Lambda's 10 s: some items
 * written, a 5xx, no audit line for them. Now every store call is 150 ms late (a slow in-memory ledger; DynamoDB
 * through {@link FaultInjector}'s latency) and the Lambda context says little time remains: the batch stops
 * before the deadline and answers 200 with what it did and what it did not (503 per item not attempted, the
 * processed count); a search or a move between two store calls stops with a 503 that says what to send again.
 */
class SessionDeadlineTest {
    private static final FaultInjector FAULTS = new FaultInjector();
    private static DynamoDbClient client;

    static Stream<Arguments> stores() {
        if (client == null) {
            client = DynamoClients.create(Optional.of(DynamoDbTestServer.get().endpoint()), FAULTS);
        }
        SessionLedger slow = new SlowLedger(new InMemorySessionLedger(CLOCK));
        SessionRecorder memory = new SessionRecorder(slow, new PatientKeys(SECRET, Set.of()), CLOCK,
                SessionSettings.DEFAULT_RETENTION_YEARS);
        return Stream.of(Arguments.of("memory", new SessionsHandler(memory, "tenant_id")),
                Arguments.of("dynamodb", TrustHarness.dynamo(client, TrustHarness.dynamoTables(client)).sessions));
    }

    @AfterAll
    static void close() {
        FAULTS.clear();
        if (client != null) {
            client.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    @SuppressWarnings("unchecked")
    void aBatchStopsBeforeTheDeadlineAndSaysWhatItDidAndDidNot(String store, SessionsHandler sessions) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(sessionBody("MRN-DL-" + i, "2025-06-01", "62321"));
        }
        String batch = "{\"sessions\":[" + String.join(",", items) + "]}";
        FAULTS.inject(FaultInjector.Fault.LATENCY_150_MS, null);
        long started = System.nanoTime();
        // 3.5 s left: the margin (2.5 s) leaves 1 s of store calls, about 6 of the 20 items at 150 ms each.
        Response[] answer = new Response[1];
        String log = AuditTrailTest.captured(() -> answer[0] = invoke(sessions, event("POST", "/v1/sessions/batch",
                null, "application/json", batch, "clinic-dl-" + store), remaining(3_500)));
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        FAULTS.clear();
        Response response = answer[0];

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(elapsedMs).as("answered before the function's time ran out").isLessThan(3_500);
        int processed = ((BigDecimal) response.json().get("processed")).intValueExact();
        assertThat(processed).isBetween(1, 19);
        assertThat(((BigDecimal) response.json().get("notProcessed")).intValueExact()).isEqualTo(20 - processed);
        assertThat(response.headers()).containsEntry("retry-after", "1");
        List<Map<String, Object>> results = (List<Map<String, Object>>) response.json().get("results");
        assertThat(results).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(results.get(i).get("status")).as("item %d", i)
                    .isEqualTo(BigDecimal.valueOf(i < processed ? 201 : 503));
        }
        assertThat(results.get(19).get("errors").toString()).contains("not attempted");
        // The audit line was written before the first write, naming all 20 patient keys; the closing one the count.
        PatientKeys keys = new PatientKeys(SECRET, Set.of());
        List<String> audit = Arrays.stream(log.split("\n")).filter(l -> l.contains("message=\"audit\"")).toList();
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)).contains("phase=\"before\"", "record-sessions-batch",
                keys.ref("clinic-dl-" + store, "MRN-DL-19").patientKey());
        assertThat(audit.get(1)).contains("phase=\"after\"", "processed=\"" + processed + "\"");

        // Sent again (plenty of time): what was recorded answers 200, the rest is recorded; nothing twice.
        Response again = invoke(sessions, event("POST", "/v1/sessions/batch", null, "application/json", batch,
                "clinic-dl-" + store));
        List<Map<String, Object>> second = (List<Map<String, Object>>) again.json().get("results");
        for (int i = 0; i < 20; i++) {
            assertThat(second.get(i).get("status")).isEqualTo(BigDecimal.valueOf(i < processed ? 200 : 201));
        }
        assertThat(again.json().get("processed")).isEqualTo(BigDecimal.valueOf(20));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aSearchOverSeveralKeysAndAMoveBetweenItsTwoWritesStopAtTheDeadline(String store, SessionsHandler sessions) {
        String tenant = "clinic-dl2-" + store;
        String id = (String) invoke(sessions, event("POST", "/v1/sessions", null, "application/json",
                sessionBody("MRN-DL-S", "2025-05-01", "62321"), tenant)).json().get("sessionId");
        Context late = remaining(1_000); // less than the margin: no second store call may start

        // The canonical spelling is one read: answered. " MRN-DL-S" is two (its legacy key too): stopped between.
        assertThat(invoke(sessions, event("POST", "/v1/sessions/search", null, "application/json",
                "{\"patientId\":\"MRN-DL-S\"}", tenant), late).status()).isEqualTo(200);
        Response search = invoke(sessions, event("POST", "/v1/sessions/search", null, "application/json",
                "{\"patientId\":\" MRN-DL-S\"}", tenant), late);
        assertThat(search.status()).isEqualTo(503);
        assertThat(search.headers()).containsEntry("retry-after", "1");
        assertThat(search.json().get("detail").toString()).contains("time ran out", "nothing was changed")
                .doesNotContain("MRN");

        // A correction to the other region: the new session is written, then the time is up before the void.
        String move = "{\"code\":\"62323\",\"reason\":\"wrong-code\"}";
        Response stopped = invoke(sessions, event("PUT", "/v1/sessions/" + id, null, "application/json", move,
                tenant), late);
        assertThat(stopped.status()).isEqualTo(503);
        assertThat(stopped.json().get("detail").toString()).contains("send the same correction again");
        Response finished = invoke(sessions, event("PUT", "/v1/sessions/" + id, null, "application/json", move,
                tenant));
        assertThat(finished.status()).as(finished.body()).isEqualTo(200);
        Response all = invoke(sessions, event("POST", "/v1/sessions/search", null, "application/json",
                "{\"patientId\":\"MRN-DL-S\",\"includeVoided\":true}", tenant));
        assertThat(all.body()).contains("\"region\":\"cervical-thoracic\"", "\"status\":\"voided\"",
                "\"region\":\"lumbar-sacral\"");
        assertThat(all.body().split("\"sessionId\"")).hasSize(3); // two sessions: the move was not made twice
    }

    /** A Lambda context with this much time left from now. */
    static Context remaining(long millis) {
        long end = System.currentTimeMillis() + millis;
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemainingTimeInMillis" -> (int) Math.max(0, end - System.currentTimeMillis());
                    case "getAwsRequestId" -> "deadline-test";
                    case "getMemoryLimitInMB" -> 1024;
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    case "toString" -> "remaining " + millis + " ms";
                    default -> null;
                });
    }

    /** A store whose every call answers 150 ms late. */
    private record SlowLedger(SessionLedger inner) implements SessionLedger {
        private static <T> T late(java.util.function.Supplier<T> call) {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return call.get();
        }

        @Override
        public List<RecordedSession> sessionsFrom(PatientRef patient, LocalDate from) {
            return late(() -> inner.sessionsFrom(patient, from));
        }

        @Override
        public RecordOutcome record(RecordedSession session) {
            return late(() -> inner.record(session));
        }

        @Override
        public Optional<RecordedSession> find(String tenant, String sessionId) {
            return late(() -> inner.find(tenant, sessionId));
        }

        @Override
        public boolean replace(RecordedSession updated, long expectedVersion) {
            return late(() -> inner.replace(updated, expectedVersion));
        }
    }
}
