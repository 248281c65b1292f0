package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.TrustHarness.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue #22, on both stores: every answer about a patient (an estimate, a search, a session recorded, corrected or
 * voided, and the problems of those routes, a 409 quoting the stored session included) says
 * {@code Cache-Control: no-store}; the shared fee schedule may still be cached.
 */
class NoStoreTest {
    static Stream<Arguments> stores() {
        DynamoDbClient client = DynamoDbTestServer.get().client();
        return Stream.of(Arguments.of("memory", TrustHarness.memory()),
                Arguments.of("dynamodb", TrustHarness.dynamo(client, TrustHarness.dynamoTables(client))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void answersAboutAPatientAreNeverStored(String store, TrustHarness api) {
        Response recorded = api.postSession(sessionBody("MRN-N1", "2025-06-01", "62321"), "clinic-a");
        String id = (String) recorded.json().get("sessionId");
        Response conflict = api.postSession(sessionBody("MRN-N1", "2025-06-01", "64479"), "clinic-a");
        assertThat(conflict.status()).isEqualTo(409);
        List<Response> aboutPatients = List.of(recorded, conflict,
                api.postEstimate(estimateBody("MRN-N1", "2025-06-30", "62321"), "clinic-a"),
                api.postEstimate("{}", "clinic-a"),
                invoke(api.sessions, event("POST", "/v1/sessions/search", null, "application/json",
                        "{\"patientId\":\"MRN-N1\"}", "clinic-a")),
                invoke(api.sessions, event("POST", "/v1/sessions/batch", null, "application/json",
                        "{\"sessions\":[" + sessionBody("MRN-N2", "2025-06-01", "62321") + "]}", "clinic-a")),
                invoke(api.sessions, event("PUT", "/v1/sessions/" + id, null, "application/json",
                        "{\"code\":\"64479\",\"reason\":\"wrong code\"}", "clinic-a")),
                invoke(api.sessions, event("POST", "/v1/sessions/" + id + "/void", null, "application/json",
                        "{\"reason\":\"duplicate\"}", "clinic-a")));
        for (Response r : aboutPatients) {
            assertThat(r.headers()).as(r.status() + " " + r.body()).containsEntry("cache-control", "no-store");
        }
        assertThat(aboutPatients).extracting(Response::status).contains(201, 409, 200, 400);
        Response fee = api.getFee(Map.of("code", "62321", "setting", "facility"), "clinic-a");
        assertThat(fee.status()).isEqualTo(200);
        assertThat(fee.headers()).doesNotContainKey("cache-control");
    }
}
