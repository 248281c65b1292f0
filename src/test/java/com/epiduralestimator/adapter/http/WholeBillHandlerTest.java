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
 * The README's whole-bill examples (events/estimates-whole-bill-*.json: San Francisco, CY2025, $257 of the
 * deductible left, Medigap G) through the estimate handler, on the embedded memory wiring and on DynamoDB (fee
 * schedule and facility data loaded into dynalite): the same figures on both, and a warm facility estimate that
 * makes one request.
 *
 * <p>Physician: 62321 facility in locality 0111205 = 120.79, all of it deductible (257 → 136.21 left).
 * Hospital, CBSA 41884 (geographic 1.7309 &gt; CA rural floor 1.4510): 692.52 × (0.6 × 1.7309 + 0.4) =
 * 692.52 × 1.43854 = 996.2177 → 996.22; deductible 136.21; coinsurance 20% × 860.01 = 172.002 → 172.01 (rounded
 * up); patient 308.22; Medicare 688.00 × 0.98 = 674.24; plan G pays the coinsurance 172.01.
 * ASC, CBSA 41884 (ASC index 1.8075): 371.75 × (0.5 × 1.8075 + 0.5) = 371.75 × 1.40375 = 521.8441 → 521.84;
 * deductible 136.21; coinsurance 20% × 385.63 = 77.126 → 77.13; patient 213.34; Medicare 308.50 × 0.98 = 302.33.
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

    @BeforeAll
    void load() {
        String fees = DynamoDbTestServer.uniqueTableName("fees");
        String sessions = DynamoDbTestServer.uniqueTableName("sessions");
        new DynamoTables(client).createIfAbsent(new DynamoTables.Names(fees, sessions));
        BundledSchedule.loadAll().forEach(new ScheduleLoader(client, fees)::load);
        BundledFacility.loadAll().forEach(new FacilityLoader(client, fees)::load);
        Config config = Config.from(Map.of("FEE_TABLE", fees, "SESSION_TABLE", sessions));
        dynamo = new EstimatesHandler(DependencyFactory.dynamo(config, client, Optional.of(KEY), Clock.systemUTC()));
        memory = new EstimatesHandler(DependencyFactory.memory(Config.from(Map.of()), BundledSchedule.loadAll(), KEY,
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
        money(b.at("/payment/deductibleApplied"), "120.79");
        money(b.at("/payment/supplementalPays"), "0.00");
        money(b.at("/payment/patientOwes"), "120.79");
        JsonNode f = b.get("facilityPayment");
        assertThat(f.get("type").asText()).isEqualTo("hospital-outpatient");
        assertThat(f.get("cbsa").asText()).isEqualTo("41884");
        money(f.get("wageIndex"), "1.7309");
        assertThat(f.at("/lines/0/status").asText()).isEqualTo("T");
        assertThat(f.at("/lines/0/apc").asText()).isEqualTo("5442");
        money(f.at("/lines/0/rate"), "692.52");
        money(f.get("allowed"), "996.22");
        money(f.get("deductibleApplied"), "136.21");
        money(f.get("coinsurance"), "172.01");
        money(f.get("patientPays"), "308.22");
        money(f.get("medicarePays"), "688.00");
        money(f.get("medicarePaysAfterSequestration"), "674.24");
        money(f.get("supplementalPays"), "172.01");
        money(f.get("patientOwes"), "136.21");
        // total: 120.79 + 996.22 = 1117.01; 120.79 + 308.22 = 429.01; plan G 172.01; owed 257.00; Medicare 674.24
        money(b.at("/total/allowed"), "1117.01");
        money(b.at("/total/patientPays"), "429.01");
        money(b.at("/total/supplementalPays"), "172.01");
        money(b.at("/total/patientOwes"), "257.00");
        money(b.at("/total/medicarePaysAfterSequestration"), "674.24");
    }

    private static void assertAsc(JsonNode r) {
        assertThat(r.get("status").asInt()).as(r.toString()).isEqualTo(200);
        JsonNode f = r.at("/body/facilityPayment");
        assertThat(f.at("/lines/0/paymentIndicator").asText()).isEqualTo("G2");
        assertThat(f.at("/lines/0/apc").isNull()).isTrue();
        money(f.get("wageIndex"), "1.8075");
        money(f.get("allowed"), "521.84");
        money(f.get("coinsurance"), "77.13");
        money(f.get("patientPays"), "213.34");
        money(f.get("medicarePaysAfterSequestration"), "302.33");
        // total: 120.79 + 521.84 = 642.63; 120.79 + 213.34 = 334.13; plan G 77.13; owed 257.00; Medicare 302.33
        money(r.at("/body/total/allowed"), "642.63");
        money(r.at("/body/total/patientPays"), "334.13");
        money(r.at("/body/total/supplementalPays"), "77.13");
        money(r.at("/body/total/patientOwes"), "257.00");
        money(r.at("/body/total/medicarePaysAfterSequestration"), "302.33");
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
