package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.dynamodb.DynamoTables;
import com.epiduralestimator.adapter.dynamodb.FacilityLoader;
import com.epiduralestimator.adapter.dynamodb.ScheduleLoader;
import com.epiduralestimator.cmsdata.BundledFacility;
import com.epiduralestimator.cmsdata.BundledSchedule;
import com.epiduralestimator.lambda.EstimatesFunction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
 * docs/whole-bill.md's examples (events/estimates-whole-bill-*.json: San Francisco, CY2026, the whole $283
 * deductible left, Medigap G) through the estimate handler, on the embedded memory wiring and on DynamoDB (fee
 * schedule and facility data loaded into dynalite): the same figures on both, and a warm facility estimate that
 * makes one request.
 *
 * <p>Physician: 62321 facility in locality 0111205 = 108.78, all of it deductible (283 → 174.22 left).
 * Hospital, CBSA 41884 (geographic 1.6914 &gt; CA rural floor 1.4315): 721.17 × (0.6 × 1.6914 + 0.4) =
 * 721.17 × 1.41484 = 1020.3402 → 1020.34; deductible 174.22; coinsurance 20% × 846.12 = 169.224 → 169.23 (rounded
 * up); patient 343.45; Medicare 676.89 × 0.98 = 663.3522 → 663.35; plan G pays the coinsurance 169.23.
 * ASC, CBSA 41884 (ASC index 1.7522): 387.46 × (0.5 × 1.7522 + 0.5) = 387.46 × 1.3761 = 533.1837 → 533.18;
 * deductible 174.22; coinsurance 20% × 358.96 = 71.792 → 71.79 (issue 18: an ASC's is half-up, was rounded up to
 * 71.80); patient 246.01; Medicare 287.17 × 0.98 = 281.4266 → 281.43.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholeBillHandlerTest {
    private static final byte[] KEY = "a-test-patient-key-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8);
    private final List<String> transmitted = new CopyOnWriteArrayList<>();
    private final DynamoDbClient client = DynamoDbTestServer.get().client(new ExecutionInterceptor() {
        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            transmitted.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    });
    private EstimatesHandler dynamo;
    private EstimatesHandler memory;
    private Config config;

    @BeforeAll
    void load() {
        String fees = DynamoDbTestServer.uniqueTableName("fees");
        String sessions = DynamoDbTestServer.uniqueTableName("sessions");
        new DynamoTables(client).createIfAbsent(new DynamoTables.Names(fees, sessions));
        BundledSchedule.loadAll().forEach(new ScheduleLoader(client, fees)::load);
        BundledFacility.loadAll().forEach(new FacilityLoader(client, fees)::load);
        config = Config.from(Map.of("FEE_TABLE", fees, "SESSION_TABLE", sessions));
        dynamo = EstimatesFunction.handler(DependencyFactory.dynamo(config, client, Optional.of(KEY), Clock.systemUTC()));
        memory = EstimatesFunction.handler(DependencyFactory.memory(Config.from(Map.of()), BundledSchedule.loadAll(), KEY,
                Clock.systemUTC()));
        RequestLog.mute(true);
    }

    @AfterAll
    void close() {
        RequestLog.mute(false);
        client.close();
    }

    private static JsonNode call(EstimatesHandler handler, ObjectNode event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(LambdaHarness.JSON.writeValueAsBytes(event)), out, null);
            JsonNode response = LambdaHarness.JSON.readTree(out.toString(StandardCharsets.UTF_8));
            ObjectNode result = LambdaHarness.JSON.createObjectNode();
            result.put("status", response.get("statusCode").asInt());
            result.set("body", LambdaHarness.JSON.readTree(response.get("body").asText()));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void money(JsonNode node, String expected) {
        assertThat(node.decimalValue()).isEqualByComparingTo(new BigDecimal(expected));
    }

    private static void assertHospital(JsonNode r) {
        assertThat(r.get("status").asInt()).as(r.toString()).isEqualTo(200);
        JsonNode b = r.get("body");
        money(b.at("/payment/deductibleApplied"), "108.78");
        money(b.at("/payment/supplementalPays"), "0.00");
        money(b.at("/payment/patientOwes"), "108.78");
        JsonNode f = b.get("facilityPayment");
        assertThat(f.get("type").asText()).isEqualTo("hospital-outpatient");
        assertThat(f.get("cbsa").asText()).isEqualTo("41884");
        money(f.get("wageIndex"), "1.6914");
        assertThat(f.at("/lines/0/status").asText()).isEqualTo("T");
        assertThat(f.at("/lines/0/apc").asText()).isEqualTo("5442");
        money(f.at("/lines/0/rate"), "721.17");
        money(f.get("allowed"), "1020.34");
        money(f.get("deductibleApplied"), "174.22");
        money(f.get("coinsurance"), "169.23");
        money(f.get("patientPays"), "343.45");
        money(f.get("medicarePays"), "676.89");
        money(f.get("medicarePaysAfterSequestration"), "663.35");
        money(f.get("supplementalPays"), "169.23");
        money(f.get("patientOwes"), "174.22");
        // total: 108.78 + 1020.34 = 1129.12; 108.78 + 343.45 = 452.23; plan G 169.23; owed 283.00; Medicare 663.35
        money(b.at("/total/allowed"), "1129.12");
        money(b.at("/total/patientPays"), "452.23");
        money(b.at("/total/supplementalPays"), "169.23");
        money(b.at("/total/patientOwes"), "283.00");
        money(b.at("/total/medicarePaysAfterSequestration"), "663.35");
    }

    private static void assertAsc(JsonNode r) {
        assertThat(r.get("status").asInt()).as(r.toString()).isEqualTo(200);
        JsonNode f = r.at("/body/facilityPayment");
        assertThat(f.at("/lines/0/paymentIndicator").asText()).isEqualTo("G2");
        assertThat(f.at("/lines/0/apc").isNull()).isTrue();
        money(f.get("wageIndex"), "1.7522");
        money(f.get("allowed"), "533.18");
        money(f.get("coinsurance"), "71.79");
        money(f.get("patientPays"), "246.01");
        money(f.get("medicarePaysAfterSequestration"), "281.43");
        // total: 108.78 + 533.18 = 641.96; 108.78 + 246.01 = 354.79; plan G 71.79; owed 283.00; Medicare 281.43
        money(r.at("/body/total/allowed"), "641.96");
        money(r.at("/body/total/patientPays"), "354.79");
        money(r.at("/body/total/supplementalPays"), "71.79");
        money(r.at("/body/total/patientOwes"), "283.00");
        money(r.at("/body/total/medicarePaysAfterSequestration"), "281.43");
    }

    @Test
    void theWholeBillInAHospitalOnBothStores() {
        assertHospital(call(memory, LambdaHarness.event("estimates-whole-bill-hospital.json")));
        assertHospital(call(dynamo, LambdaHarness.event("estimates-whole-bill-hospital.json")));
    }

    @Test
    void theWholeBillInAnAscOnBothStores() {
        assertAsc(call(memory, LambdaHarness.event("estimates-whole-bill-asc.json")));
        assertAsc(call(dynamo, LambdaHarness.event("estimates-whole-bill-asc.json")));
    }

    @Test
    void aWarmFacilityEstimateIsOneQuery() {
        // a fresh function: the first facility estimate reads the fees, the sessions and the facility data
        EstimatesHandler cold = EstimatesFunction.handler(DependencyFactory.dynamo(config, client, Optional.of(KEY),
                Clock.systemUTC()));
        transmitted.clear();
        assertHospital(call(cold, LambdaHarness.withBody("estimates-whole-bill-hospital.json",
                Map.of("patientId", "MRN-W0"))));
        assertThat(transmitted).containsExactly("BatchGetItem", "Query", "BatchGetItem");
        call(dynamo, LambdaHarness.withBody("estimates-whole-bill-hospital.json", Map.of("patientId", "MRN-W1")));
        transmitted.clear();
        JsonNode warm = call(dynamo, LambdaHarness.withBody("estimates-whole-bill-hospital.json",
                Map.of("patientId", "MRN-W2")));
        assertHospital(warm);
        assertThat(transmitted).containsExactly("Query");
    }

    @Test
    void refusalsAreProblems() {
        JsonNode ma = call(memory, LambdaHarness.withBody("estimates-whole-bill-asc.json",
                Map.of("supplemental", "medicare-advantage")));
        assertThat(ma.get("status").asInt()).isEqualTo(422);
        assertThat(ma.at("/body/detail").asText()).contains("not original Medicare");
        JsonNode badCbsa = call(memory, LambdaHarness.withBody("estimates-whole-bill-asc.json",
                Map.of("facilityCbsa", "1234")));
        assertThat(badCbsa.get("status").asInt()).isEqualTo(400);
        assertThat(badCbsa.at("/body/errors/0/field").asText()).isEqualTo("facilityCbsa");
        JsonNode office = call(memory, LambdaHarness.withBody("estimates-whole-bill-asc.json",
                Map.of("setting", "non-facility")));
        assertThat(office.get("status").asInt()).isEqualTo(400);
        assertThat(office.at("/body/errors/0/field").asText()).isEqualTo("facilityType");
    }
}
