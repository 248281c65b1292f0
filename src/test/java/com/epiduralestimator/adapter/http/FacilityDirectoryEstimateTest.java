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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue 21: an estimate names its facility by CCN or ZIP (the bundled directory: Care Compare, HUD ZIP → county,
 * OMB county → CBSA/division) and the facility's claim follows CMS's wage-index arithmetic, on the memory wiring and
 * on DynamoDB (fees and facility data loaded into dynalite). CY2026, 62321, HOPD APC 5442 $721.17, ASC $387.46,
 * no deductible left, no supplement: coinsurance 20% rounded up, Medicare's part × 0.98 after sequestration.
 *
 * <ul>
 * <li>Divided metro, San Francisco: ZIP 94110 → county 06075 → division 41884 (not the MSA 41860); geographic
 * 1.6914 &gt; CA floor 1.4315: 721.17 × (0.6 × 1.6914 + 0.4) = 721.17 × 1.41484 = 1020.3402 → 1020.34;
 * coinsurance 204.068 → 204.07; Medicare 816.27 × 0.98 = 799.9446 → 799.94.</li>
 * <li>State floor, Austin: ZIP 78701 → 48453 → 12420, geographic 0.9229 &lt; Texas rural floor 0.9721:
 * 721.17 × (0.6 × 0.9721 + 0.4) = 721.17 × 0.98326 = 709.0996 → 709.10; coinsurance 141.82; Medicare 567.28 × 0.98 =
 * 555.9344 → 555.93.</li>
 * <li>NJ imputed floor, Newark: ZIP 07103 → Essex 34013 → division 35084 (not New York 35620), geographic 1.0800
 * &lt; NJ imputed floor 1.1687: 721.17 × (0.6 × 1.1687 + 0.4) = 721.17 × 1.10122 = 794.1648 → 794.17; coinsurance
 * 158.834 → 158.84; Medicare 635.33 × 0.98 = 622.6234 → 622.62.</li>
 * <li>ASC, CCN 05C0001831 (Vacaville, ZIP 95687 → 06095 → 46700, ASC index 1.8147, no floors): 387.46 × (0.5 ×
 * 1.8147 + 0.5) = 387.46 × 1.40735 = 545.2918 → 545.29; coinsurance 109.058 → 109.06; Medicare 436.23 × 0.98 =
 * 427.5054 → 427.51.</li>
 * <li>Rural emergency hospital, CCN 010779 (ZIP 36089 → 01011, rural Alabama 01, 0.7393): 721.17 × (0.6 × 0.7393 +
 * 0.4) = 721.17 × 0.84358 = 608.3636 → 608.36; coinsurance 121.672 → 121.68 (on the OPPS rate alone); Medicare
 * 486.68 + 5% of 608.36 (30.418 → 30.42) = 517.10; allowed 638.78; × 0.98 = 506.758 → 506.76.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacilityDirectoryEstimateTest {
    private static final byte[] KEY = "a-test-patient-key-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8);
    private final DynamoDbClient client = DynamoDbTestServer.get().client();
    private List<EstimatesHandler> both;

    @BeforeAll
    void load() {
        String fees = DynamoDbTestServer.uniqueTableName("fees");
        String sessions = DynamoDbTestServer.uniqueTableName("sessions");
        new DynamoTables(client).createIfAbsent(new DynamoTables.Names(fees, sessions));
        BundledSchedule.loadAll().forEach(new ScheduleLoader(client, fees)::load);
        BundledFacility.loadAll().forEach(new FacilityLoader(client, fees)::load);
        Config config = Config.from(Map.of("FEE_TABLE", fees, "SESSION_TABLE", sessions));
        both = List.of(
                EstimatesFunction.handler(DependencyFactory.memory(Config.from(Map.of()), BundledSchedule.loadAll(),
                        KEY, Clock.systemUTC())),
                EstimatesFunction.handler(DependencyFactory.dynamo(config, client, Optional.of(KEY),
                        Clock.systemUTC())));
        RequestLog.mute(true);
    }

    @AfterAll
    void close() {
        RequestLog.mute(false);
        client.close();
    }

    private static Map<String, Object> body(Object... fields) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("patientId", "MRN-0042");
        b.put("dateOfService", "2026-06-01");
        b.put("setting", "facility");
        b.put("code", "62321");
        b.put("imagingGuidance", "fluoroscopy");
        b.put("deductibleRemaining", 0);
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i + 1] == null) {
                b.remove((String) fields[i]);
            } else {
                b.put((String) fields[i], fields[i + 1]);
            }
        }
        return b;
    }

    static JsonNode call(EstimatesHandler handler, Map<String, Object> body) {
        try {
            ObjectNode event = LambdaHarness.event("estimates-whole-bill-hospital.json");
            event.put("body", LambdaHarness.JSON.writeValueAsString(body));
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
        assertThat(node.decimalValue()).as(node.toString()).isEqualByComparingTo(new BigDecimal(expected));
    }

    /** The facility claim on both stores: area, index, allowed, coinsurance, Medicare after sequestration. */
    private void facility(Map<String, Object> body, String type, String area, String index, String allowed,
                          String coinsurance, String medicareAfterSequestration) {
        for (EstimatesHandler h : both) {
            JsonNode r = call(h, body);
            assertThat(r.get("status").asInt()).as(r.toString()).isEqualTo(200);
            JsonNode f = r.at("/body/facilityPayment");
            assertThat(f.get("type").asText()).isEqualTo(type);
            assertThat(f.get("cbsa").asText()).isEqualTo(area);
            money(f.get("wageIndex"), index);
            money(f.get("allowed"), allowed);
            money(f.get("coinsurance"), coinsurance);
            money(f.get("medicarePaysAfterSequestration"), medicareAfterSequestration);
        }
    }

    @Test
    void aDividedMetroByZipAndByCcnIsPricedByItsDivision() {
        // 1020.34 = round(721.17 × (0.6 × 1.6914 + 0.4)); 204.07 = ceil(20% × 1020.34); 799.94 = round(816.27 × 0.98)
        facility(body("facilityZip", "94110", "facilityType", "hospital-outpatient", "locality", "0111205"),
                "hospital-outpatient", "41884", "1.6914", "1020.34", "204.07", "799.94");
        facility(body("facilityCcn", "050228", "locality", "0111205"),
                "hospital-outpatient", "41884", "1.6914", "1020.34", "204.07", "799.94");
    }

    @Test
    void theStateFloorFollowsTheZipsState() {
        // 709.10 = round(721.17 × (0.6 × 0.9721 + 0.4)): the Texas floor 0.9721 over Austin's 0.9229
        facility(body("facilityZip", "78701", "facilityType", "hospital-outpatient"),
                "hospital-outpatient", "12420", "0.9721", "709.10", "141.82", "555.93");
        facility(body("facilityCcn", "450124"), "hospital-outpatient", "12420", "0.9721", "709.10", "141.82",
                "555.93");
    }

    @Test
    void newarkIsItsOwnDivisionWithTheNewJerseyImputedFloor() {
        // 794.17 = round(721.17 × (0.6 × 1.1687 + 0.4)): NJ imputed floor 1.1687 over Newark's (35084) 1.0800
        facility(body("facilityZip", "07103", "facilityType", "hospital-outpatient"),
                "hospital-outpatient", "35084", "1.1687", "794.17", "158.84", "622.62");
        facility(body("facilityCcn", "310119"), "hospital-outpatient", "35084", "1.1687", "794.17", "158.84",
                "622.62");
    }

    @Test
    void anAscByCcnAndByZip() {
        // 545.29 = round(387.46 × (0.5 × 1.8147 + 0.5)); 109.06 = ceil(20% × 545.29); 427.51 = round(436.23 × 0.98)
        facility(body("facilityCcn", "05C0001831"), "asc", "46700", "1.8147", "545.29", "109.06", "427.51");
        facility(body("facilityZip", "95687", "facilityType", "asc"), "asc", "46700", "1.8147", "545.29",
                "109.06", "427.51");
    }

    @Test
    void aRuralEmergencyHospitalIsPaidOppsPlusFivePercentTheCoinsuranceOnOppsAlone() {
        for (EstimatesHandler h : both) {
            JsonNode r = call(h, body("facilityCcn", "010779"));
            assertThat(r.get("status").asInt()).as(r.toString()).isEqualTo(200);
            JsonNode f = r.at("/body/facilityPayment");
            assertThat(f.get("cbsa").asText()).isEqualTo("01");
            // 608.36 = round(721.17 × 0.84358); + 30.42 (5%) = 638.78; coinsurance ceil(121.672) = 121.68
            money(f.get("allowed"), "638.78");
            money(f.get("coinsurance"), "121.68");
            money(f.get("patientPays"), "121.68");
            // 486.68 + 30.42 = 517.10; × 0.98 = 506.758 → 506.76
            money(f.get("medicarePays"), "517.10");
            money(f.get("medicarePaysAfterSequestration"), "506.76");
            assertThat(r.at("/body/findings").findValuesAsText("code")).contains("FACILITY-RURAL-EMERGENCY");
        }
    }

    @Test
    void criticalAccessAndMarylandHospitalsAreEstimatedWithoutAFacilityPriceAndSaySo() {
        for (EstimatesHandler h : both) {
            JsonNode cah = call(h, body("facilityCcn", "011300"));
            assertThat(cah.get("status").asInt()).as(cah.toString()).isEqualTo(200);
            assertThat(cah.at("/body/facilityPayment").isMissingNode() || cah.at("/body/facilityPayment").isNull())
                    .isTrue();
            assertThat(cah.at("/body/findings").findValuesAsText("code")).contains("FACILITY-CRITICAL-ACCESS")
                    .doesNotContain("FACILITY-SEPARATE");
            JsonNode md = call(h, body("facilityCcn", "210002"));
            assertThat(md.get("status").asInt()).isEqualTo(200);
            assertThat(md.at("/body/findings").findValuesAsText("code")).contains("FACILITY-MARYLAND");
            assertThat(md.at("/body/facilityPayment").isMissingNode() || md.at("/body/facilityPayment").isNull())
                    .isTrue();
        }
    }

    @Test
    void thePhysicianIsPricedAtTheFacilitysZipWhenTheRequestGivesNoPlace() {
        for (EstimatesHandler h : both) {
            JsonNode r = call(h, body("facilityCcn", "050228"));
            assertThat(r.get("status").asInt()).as(r.toString()).isEqualTo(200);
            // ZIP 94110 (San Francisco) is in locality 0111205: 62321 facility = 108.78 (WholeBillHandlerTest)
            assertThat(r.at("/body/fee/locality/id").asText()).as(r.toString()).isEqualTo("0111205");
            money(r.at("/body/payment/allowed"), "108.78");
            assertThat(r.at("/body/assumptions").toString()).contains("If ZUCKERBERG SAN FRANCISCO GENERAL", "reclassified", "Provider-Specific File");
        }
    }

    @Test
    void anUnknownCcnIsA422NamingFacilityCcnAndABadOneA400() {
        for (EstimatesHandler h : both) {
            JsonNode unknown = call(h, body("facilityCcn", "999999"));
            assertThat(unknown.get("status").asInt()).isEqualTo(422);
            assertThat(unknown.toString()).contains("facilityCcn");
            JsonNode bad = call(h, body("facilityCcn", "12345"));
            assertThat(bad.get("status").asInt()).isEqualTo(400);
            assertThat(bad.at("/body/errors/0/field").asText()).isEqualTo("facilityCcn");
            JsonNode both = call(h, body("facilityCcn", "050228", "facilityCbsa", "41884"));
            assertThat(both.get("status").asInt()).isEqualTo(400);
        }
    }

    @Test
    void withoutAPatientIdTheWholeBillIsEstimatedAndSaysTheLimitWasNotChecked() {
        for (EstimatesHandler h : both) {
            JsonNode r = call(h, body("patientId", null, "facilityCcn", "050228", "locality", "0111205"));
            assertThat(r.get("status").asInt()).as(r.toString()).isEqualTo(200);
            money(r.at("/body/facilityPayment/allowed"), "1020.34");
            assertThat(r.at("/body/findings").findValuesAsText("code")).contains("FREQUENCY-NOT-CHECKED");
        }
    }
}
