package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.dynamodb.DynamoTables;
import com.epiduralestimator.adapter.dynamodb.ScheduleLoader;
import com.epiduralestimator.cmsdata.BundledSchedule;
import com.epiduralestimator.lambda.EstimatesFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The promise, through the whole handler on a real DynamoDB-compatible server: the first estimate reads the
 * fee slice and the history, a warm estimate for another patient only the history (fees come from the cache).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarmEstimateRequestCountTest {
    private static final byte[] KEY = "a-test-patient-key-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8);
    private final List<String> transmitted = new CopyOnWriteArrayList<>();
    private final DynamoDbClient client = DynamoDbTestServer.get().client(new ExecutionInterceptor() {
        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            transmitted.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    });
    private EstimatesHandler handler;
    private String event;
    private Config config;

    @BeforeAll
    void loadTheSchedule() throws Exception {
        String fees = DynamoDbTestServer.uniqueTableName("fees");
        String sessions = DynamoDbTestServer.uniqueTableName("sessions");
        new DynamoTables(client).createIfAbsent(new DynamoTables.Names(fees, sessions));
        BundledSchedule.loadAll().forEach(new ScheduleLoader(client, fees)::load);
        config = Config.from(Map.of("FEE_TABLE", fees, "SESSION_TABLE", sessions));
        handler = EstimatesFunction.handler(DependencyFactory.dynamo(config, client, Optional.of(KEY), Clock.systemUTC()));
        event = Files.readString(Path.of("events/estimates-contract-example.json"));
        RequestLog.mute(true);
    }

    @AfterAll
    void close() {
        RequestLog.mute(false);
        client.close();
    }

    @Test
    void aWarmEstimateIsOneQuery() {
        // Given a first estimate, which fills the fee cache
        transmitted.clear();
        assertThat(estimate("MRN-0042")).contains("\"statusCode\":200");
        assertThat(transmitted).containsExactly("BatchGetItem", "Query");

        // When the same function estimates for other patients
        for (String patient : List.of("MRN-0043", "MRN-0044")) {
            transmitted.clear();
            assertThat(estimate(patient)).contains("\"statusCode\":200");

            // Then each makes exactly one request: the session history
            assertThat(transmitted).containsExactly("Query");
        }
    }

    /**
     * Issue 23: a cold estimate of two codes (64483 + 64484, which the claim edits judge) lists the claim-edit
     * editions in its fee slice's BatchGetItem: two requests (it was three: a GetItem of the list first), one when
     * warm.
     */
    @Test
    void aColdTwoCodeEstimateIsOneFeeReadAndOneQueryAndWarmOneQuery() throws Exception {
        EstimatesHandler cold = EstimatesFunction.handler(DependencyFactory.dynamo(config, client, Optional.of(KEY),
                Clock.systemUTC()));
        String twoCodes = Files.readString(Path.of("events/estimates-transforaminal-two-levels.json"));
        transmitted.clear();
        assertThat(estimate(cold, twoCodes, "MRN-0050")).contains("\"statusCode\":200");
        assertThat(transmitted).containsExactly("BatchGetItem", "Query");

        transmitted.clear();
        assertThat(estimate(cold, twoCodes, "MRN-0051")).contains("\"statusCode\":200");
        assertThat(transmitted).containsExactly("Query");
    }

    private String estimate(String patientId) {
        return estimate(handler, event, patientId);
    }

    private static String estimate(EstimatesHandler handler, String event, String patientId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.replace("MRN-0042", patientId)
                .getBytes(StandardCharsets.UTF_8)), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }
}
