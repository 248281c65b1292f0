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
        assertThat(audit).as(log).hasSize(3);
        assertThat(audit).allSatisfy(line -> assertThat(line).contains(expectedKey, "clinic-a", "user-1"));
        assertThat(audit.get(0)).contains("record-session", "POST /v1/sessions", "201");
        assertThat(audit.get(1)).contains("record-session", "POST /v1/sessions", "200");
        assertThat(audit.get(2)).contains("read-sessions", "POST /v1/estimates", "200");
        assertThat(log).doesNotContain(PATIENT);
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
