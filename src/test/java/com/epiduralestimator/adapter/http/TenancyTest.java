package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.TrustHarness.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Sessions are scoped by the verified tenant claim: one clinic never sees or counts another's, on both stores. */
class TenancyTest {
    private static final String PATIENT = "MRN-SHARED-0042";

    static Stream<Arguments> stores() {
        DynamoDbClient client = DynamoDbTestServer.get().client();
        return Stream.of(Arguments.of("memory", TrustHarness.memory()),
                Arguments.of("dynamodb", TrustHarness.dynamo(client, TrustHarness.dynamoTables(client))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void tenantBNeitherSeesNorCountsTenantASessions(String store, TrustHarness api) {
        assertThat(api.postSession(sessionBody(PATIENT, "2025-06-01", "62321"), "clinic-a").status()).isEqualTo(201);
        assertThat(api.postSession(sessionBody(PATIENT, "2025-06-10", "62321"), "clinic-a").status()).isEqualTo(201);

        Response a = api.postEstimate(estimateBody(PATIENT, "2025-06-30", "62321"), "clinic-a");
        Response b = api.postEstimate(estimateBody(PATIENT, "2025-06-30", "62321"), "clinic-b");

        assertThat(a.status()).isEqualTo(200);
        assertThat(priorSessions(a)).isEqualTo(2);
        assertThat(b.status()).isEqualTo(200);
        assertThat(priorSessions(b)).isZero();
        // The same session recorded by B is B's first, not a duplicate of A's.
        assertThat(api.postSession(sessionBody(PATIENT, "2025-06-01", "62321"), "clinic-b").status()).isEqualTo(201);
        assertThat(priorSessions(api.postEstimate(estimateBody(PATIENT, "2025-06-30", "62321"), "clinic-a")))
                .isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aMissingOrUnusableTenantIsRefusedOnEveryPatientRoute(String store, TrustHarness api) {
        String session = sessionBody(PATIENT, "2025-06-01", "62321");
        String estimate = estimateBody(PATIENT, "2025-06-30", "62321");
        for (String tenant : new String[] {null, "", "   "}) {
            assertProblem(api.postSession(session, tenant), 401);
            assertProblem(api.postEstimate(estimate, tenant), 401);
        }
        for (String tenant : new String[] {"clinic#a", "T#x#P#y", "a".repeat(129), "clinic a", "clinic/a"}) {
            assertProblem(api.postSession(session, tenant), 403);
            assertProblem(api.postEstimate(estimate, tenant), 403);
        }
        // Nothing was stored by the refused calls: the first real record is a creation.
        assertThat(api.postSession(session, "clinic-a").status()).isEqualTo(201);
    }

    static void assertProblem(Response r, int status) {
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json()).containsKeys("type", "title", "status", "detail", "errors");
    }
}
