package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.TrustHarness.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.dynamodb.DynamoClients;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.http.FaultInjector.Fault;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB faults through the real handlers: throttling, timeouts, 500s and refused connections are a 503
 * problem+json with Retry-After, never a guessed eligibility, count or fee; a failed write is reported as failed
 * and a later retry stores exactly one session.
 */
class StoreFaultsTest {
    private static final FaultInjector FAULTS = new FaultInjector();
    private static DynamoDbClient client;
    private static TrustHarness api;
    private static Tables tables;

    @BeforeAll
    static void wire() throws IOException {
        FAULTS.closedPort(closedPort());
        client = DynamoClients.create(Optional.of(DynamoDbTestServer.get().endpoint()), FAULTS);
        tables = TrustHarness.dynamoTables(client);
        api = TrustHarness.dynamo(client, tables);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @AfterEach
    void clear() {
        FAULTS.clear();
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"PROVISIONED_THROUGHPUT", "THROTTLING", "INTERNAL_SERVER_ERROR",
            "SLOW", "CONNECTION_REFUSED"})
    void everyRouteAnswers503WithRetryAfterAndNoGuess(Fault fault) {
        FAULTS.inject(fault, null);

        Response fee = api.getFee(Map.of("code", "62321", "setting", "facility", "locality", "0111205"), null);
        Response estimate = api.postEstimate(estimateBody("MRN-F1", "2025-06-30", "62321"), "clinic-a");
        Response session = api.postSession(sessionBody("MRN-F1", "2025-06-01", "62321"), "clinic-a");

        for (Response r : new Response[] {fee, estimate, session}) {
            assertUnavailable(r);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"PROVISIONED_THROUGHPUT", "THROTTLING", "SLOW", "CONNECTION_REFUSED"})
    void aFailedWriteIsReportedFailedAndARetryStoresOneSession(Fault fault) {
        String patient = "MRN-W-" + fault;
        String body = sessionBody(patient, "2025-06-03", "62323");
        FAULTS.inject(fault, "PutItem");

        assertUnavailable(api.postSession(body, "clinic-a"));
        // Reads still work while writes fail: the frequency count is the true one (no session stored).
        Response estimate = api.postEstimate(estimateBody(patient, "2025-06-30", "62323"), "clinic-a");
        assertThat(estimate.status()).isEqualTo(200);
        assertThat(priorSessions(estimate)).isZero();

        FAULTS.clear();
        assertThat(api.postSession(body, "clinic-a").status()).isEqualTo(201);
        assertThat(api.postSession(body, "clinic-a").status()).isEqualTo(200);
        assertThat(priorSessions(api.postEstimate(estimateBody(patient, "2025-06-30", "62323"), "clinic-a")))
                .isEqualTo(1);
    }

    @Test
    void aWriteWhoseAnswerWasLostIs503ThenTheRetryReturnsTheStoredSession() {
        String patient = "MRN-LOST";
        String body = sessionBody(patient, "2025-06-04", "62323");
        FAULTS.inject(Fault.INTERNAL_SERVER_ERROR, "PutItem"); // every attempt's answer replaced by a 500

        // The first attempt wrote, its answer was lost; the SDK's retries hit the condition and got a 500 too:
        // the handler cannot know the write happened, so it says 503, never 201.
        assertUnavailable(api.postSession(body, "clinic-a"));

        FAULTS.clear();
        Response retry = api.postSession(body, "clinic-a");
        assertThat(retry.status()).isIn(200, 201);
        assertThat(api.postSession(body, "clinic-a").status()).isEqualTo(200);
        assertThat(priorSessions(api.postEstimate(estimateBody(patient, "2025-06-30", "62323"), "clinic-a")))
                .isEqualTo(1);
    }

    @Test
    void aFailedFrequencyReadIsNotAZeroCount() {
        FAULTS.inject(Fault.THROTTLING, "Query");
        assertUnavailable(api.postEstimate(estimateBody("MRN-Q", "2025-06-30", "62321"), "clinic-a"));
    }

    static void assertUnavailable(Response r) {
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.headers()).containsKey("retry-after");
        assertThat(Integer.parseInt(r.headers().get("retry-after"))).isBetween(1, 5);
        assertThat(r.json()).containsOnlyKeys("type", "title", "status", "detail", "errors");
        assertThat(r.body()).doesNotContain("eligible", "priorSessions", "amount", "allowed", "Exception",
                "software.amazon", "DynamoDB");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
