package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.BillingCases.assertMoney;
import static com.epiduralestimator.adapter.http.BillingCases.assertPayment;
import static com.epiduralestimator.adapter.http.BillingCases.cross;
import static com.epiduralestimator.adapter.http.BillingCases.estimate;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.http.BillingCases.Case;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a billing office catches (issue 9), through the estimate handler on both stores: finding kinds, the claim
 * priced once its coding errors are fixed, and the money worked by hand in each case's name. CY2025 national
 * figures use CF 32.3465 and dates of service in 2025.
 */
class BillingOfficeEstimatesTest {
    @BeforeAll
    static void quiet() {
        RequestLog.mute(true);
    }

    @AfterAll
    static void loud() {
        RequestLog.mute(false);
    }

    static Stream<Arguments> kinds() {
        return cross(
                new Case("KX-DSNRB (coding): 64483 NF national paid as with KX: allowed 7.30 x 32.3465 = 236.13;"
                        + " patient 20% = 47.23 (not 236.13); Medicare 188.90 x 0.98 = 185.12",
                        "\"code\":\"64483\",\"setting\":\"non-facility\",\"purpose\":"
                                + "\"diagnostic-selective-nerve-root-block\",\"diagnosisCodes\":[\"M54.16\"]",
                        List.of(), true, false, "KX-DSNRB:coding:error", "236.13", "47.23", "185.12"),
                new Case("UNITS (coding): 62321 x2 NF national priced as 1 unit: 251.01; patient 20% = 50.20;"
                        + " Medicare 200.81 x 0.98 = 196.79",
                        "\"code\":\"62321\",\"units\":2,\"setting\":\"non-facility\"",
                        List.of(), true, false, "UNITS:coding:error", "251.01", "50.20", "196.79"),
                new Case("FREQ-CAP (coverage): 4 sessions in the window, 62321 facility national: not covered,"
                        + " patient owes the allowed 3.21 x 32.3465 = 103.83 after an ABN, Medicare 0",
                        "\"code\":\"62321\",\"setting\":\"facility\"",
                        List.of("2024-07-01", "2024-10-01", "2025-01-15", "2025-04-01"), false, false,
                        "FREQ-CAP:coverage:error", "103.83", "103.83", "0.00"),
                new Case("REGION-MISMATCH fixed before the cap is counted: 62321 declared lumbar is 62323, and 4"
                        + " lumbar sessions cap it (coverage): the patient owes 62323 facility national"
                        + " 2.97 x 32.3465 = 96.07 after an ABN",
                        "\"code\":\"62321\",\"region\":\"lumbar\",\"setting\":\"facility\"",
                        List.of("2024-07-01:62323", "2024-10-01:62323", "2025-01-15:62323", "2025-04-01:62323"),
                        false, false, "FREQ-CAP:coverage:error", "96.07", "96.07", "0.00"));
    }

    /** BILATERAL-SIDES: CY2025 national non-facility 64483 = (1.90 + 5.24 + 0.16) x 32.3465 = 236.13. */
    static Stream<Arguments> bilateralSides() {
        return cross(
                new Case("64483 RT+LT on one line = 150% of 236.13 = 354.20; patient 20% = 70.84;"
                        + " Medicare 283.36 x 0.98 = 277.69",
                        "\"code\":\"64483\",\"modifiers\":[\"RT\",\"LT\"],\"setting\":\"non-facility\","
                                + "\"diagnosisCodes\":[\"M54.16\"]",
                        List.of(), true, true, null, "354.20", "70.84", "277.69"),
                // issue 18: on the physician's claim RT and LT on two lines are a coding error (the per-day MUE of 1
                // rejects them): not claim-ready, priced as the one-line form 64483-50
                new Case("64483-RT and 64483-LT on two lines = one bilateral procedure = 354.20, BILATERAL-SIDES",
                        "\"lines\":[{\"code\":\"64483\",\"modifiers\":[\"RT\"]},{\"code\":\"64483\","
                                + "\"modifiers\":[\"LT\"]}],\"setting\":\"non-facility\","
                                + "\"diagnosisCodes\":[\"M54.16\"]",
                        List.of(), true, false, "BILATERAL-SIDES:coding:error", "354.20", "70.84", "277.69"),
                new Case("64483 twice without sides is UNITS (coding), priced as 64483 + add-on 64484 (3.28 x"
                        + " 32.3465 = 106.10): 342.23; patient 68.45; Medicare 273.78 x 0.98 = 268.30",
                        "\"lines\":[{\"code\":\"64483\"},{\"code\":\"64483\"}],\"setting\":\"non-facility\","
                                + "\"diagnosisCodes\":[\"M54.16\"]",
                        List.of(), true, false, "UNITS:coding:error", "342.23", "68.45", "268.30"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("bilateralSides")
    void bilateralBySidesIsOneProcedureAt150PercentAndUnsidedRepeatsAreUnits(String store, Case c) {
        JsonNode b = estimate(store, c);
        assertThat(b.get("eligible").asBoolean()).as(b.toString()).isEqualTo(c.eligible());
        assertThat(b.get("claimReady").asBoolean()).as(b.toString()).isEqualTo(c.claimReady());
        if (c.finding() != null) {
            assertThat(b.get("findings")).anySatisfy(x -> assertThat(x.get("code").asText() + ":"
                    + x.get("kind").asText() + ":" + x.get("severity").asText()).isEqualTo(c.finding()));
        }
        assertPayment(b, c.allowed(), c.patientPays(), c.medicareAfterSequestration());
        assertMoney(b.get("fee").get("allowed"), c.allowed());
    }

    /** Every rule of §4 through the handler: its kind and severity, and what it does to eligible and claimReady. */
    static Stream<Arguments> everyRule() {
        String[][] rows = {
                // rule id, fields (single quotes for double), recorded session, eligible, claimReady, kind:severity
                {"IMAGING-REQUIRED", "'code':'62321','imagingGuidance':'none'", "", "false", "false", "coverage:error"},
                {"NO-IMAGING-CODE", "'code':'62320'", "", "false", "false", "coverage:error"},
                {"REGION-MISMATCH", "'code':'62321','region':'lumbar'", "", "true", "false", "coding:error"},
                {"NEUROLYTIC", "'code':'62321','substance':'neurolytic'", "", "true", "false", "coding:error"},
                {"CHEMOTHERAPY", "'code':'62321','substance':'chemotherapy'", "", "true", "false", "coding:error"},
                {"UNITS", "'code':'64479','units':3", "", "true", "false", "coding:error"},
                {"ADDON-WITHOUT-PRIMARY", "'code':'64480'", "", "true", "false", "coding:error"},
                {"BILATERAL-INTERLAMINAR", "'code':'62321','modifiers':['50']", "", "true", "false", "coding:error"},
                {"KX-DSNRB", "'code':'64479','purpose':'diagnostic-selective-nerve-root-block'", "", "true", "false",
                        "coding:error"},
                {"KX-UNEXPECTED", "'code':'64479','modifiers':['KX']", "", "true", "true", "coding:warning"},
                {"CONSERVATIVE-CARE", "'code':'62321','documentation':{'conservativeCareWeeks':2}", "", "true", "true",
                        "documentation:warning"},
                {"DOCUMENTATION", "'code':'62321'", "", "true", "true", "documentation:warning"},
                {"REPEAT-RESPONSE", "'code':'62321','documentation':{'priorReliefPercent':20,'priorReliefWeeks':4}",
                        "2025-01-01", "true", "true", "documentation:warning"},
                {"DIAGNOSIS-SUPPORT", "'code':'62321','diagnosisCodes':['J45.909']", "", "true", "true",
                        "diagnosis:warning"},
                {"FREQ-CAP", "'code':'62321'", "2024-07-01,2024-10-01,2025-01-15,2025-04-01", "false", "false",
                        "coverage:error"}};
        List<Arguments> out = new ArrayList<>();
        StoreHarnesses.stores().forEach(store -> {
            for (String[] row : rows) {
                out.add(Arguments.of(store, row[0], new Case(row[0], row[1].replace('\'', '"') + ",\"setting\":"
                        + "\"facility\"", row[2].isEmpty() ? List.of() : List.of(row[2].split(",")),
                        Boolean.parseBoolean(row[3]), Boolean.parseBoolean(row[4]), row[0] + ":" + row[5], null, null,
                        null)));
            }
        });
        return out.stream();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("everyRule")
    void eachRuleThroughTheHandlerHasItsKindAndItsEffect(String store, String rule, Case c) {
        JsonNode b = estimate(store, c);
        assertThat(b.get("findings")).as(b.toString()).anySatisfy(x -> assertThat(x.get("code").asText() + ":"
                + x.get("kind").asText() + ":" + x.get("severity").asText()).isEqualTo(c.finding()));
        assertThat(b.get("eligible").asBoolean()).as(b.toString()).isEqualTo(c.eligible());
        assertThat(b.get("claimReady").asBoolean()).as(b.toString()).isEqualTo(c.claimReady());
        JsonNode p = b.get("payment");
        if (c.eligible()) {
            // deductible met: Medicare pays 80% of the allowed amount (the patient 20%), never zero
            assertThat(p.get("medicarePays").decimalValue()).isPositive();
        } else {
            assertMoney(p.get("medicarePays"), "0");
            assertThat(p.get("patientPays").decimalValue()).isEqualByComparingTo(p.get("allowed").decimalValue());
        }
    }

    /** The events/ fixtures of this issue (what sam local invoke -e takes), on both stores. */
    @ParameterizedTest(name = "[{0}] events/estimates-unassigned.json: 274.23 − 186.95 = 87.28;"
            + " events/estimates-bilateral-sides.json: 150% x 236.13 = 354.20")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void theEventFixturesAnswerTheIssuesFigures(String store) {
        LambdaHarness lambda = StoreHarnesses.get(store);
        JsonNode unassigned = lambda.invoke("estimates-unassigned.json").body();
        assertMoney(unassigned.get("payment").get("patientPaysProvider"), "274.23");
        assertMoney(unassigned.get("payment").get("medicarePaysPatient"), "186.95");
        assertMoney(unassigned.get("payment").get("patientPays"), "87.28");
        JsonNode bilateral = lambda.invoke("estimates-bilateral-sides.json").body();
        assertMoney(bilateral.get("payment").get("allowed"), "354.20");
        // issue 18: the physician's claim shows the RT and LT lines as the one line it wants, 64483-50
        assertMoney(bilateral.get("lines").get(0).get("allowed"), "354.20");
        assertThat(bilateral.get("lines")).hasSize(1);
        assertThat(bilateral.get("lines").get(0).get("modifiers").toString()).isEqualTo("[\"50\"]");
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("kinds")
    void onlyACoverageErrorMakesThePatientIneligibleAndACodingErrorIsPricedFixed(String store, Case c) {
        JsonNode b = estimate(store, c);
        assertThat(b.get("eligible").asBoolean()).as(b.toString()).isEqualTo(c.eligible());
        assertThat(b.get("coverage").asText()).isEqualTo(c.eligible() ? "covered" : "not-covered");
        assertThat(b.get("claimReady").asBoolean()).isEqualTo(c.claimReady());
        String[] f = c.finding().split(":");
        assertThat(b.get("findings")).anySatisfy(x -> {
            assertThat(x.get("code").asText()).isEqualTo(f[0]);
            assertThat(x.get("kind").asText()).isEqualTo(f[1]);
            assertThat(x.get("severity").asText()).isEqualTo(f[2]);
        });
        // the ABN (cost shifted to the patient) is for coverage errors only
        boolean abn = false;
        for (JsonNode x : b.get("findings")) {
            abn |= x.get("code").asText().equals("ABN");
        }
        assertThat(abn).isEqualTo(!c.eligible());
        assertPayment(b, c.allowed(), c.patientPays(), c.medicareAfterSequestration());
    }
}
