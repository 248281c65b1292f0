package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.http.LambdaHarness.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The claim edits through the estimate handler, on both stores (issue 18): an NCCI pair priced without its
 * column-2 line, diagnoses that are not billable codes, axial pain alone, postoperative pain; and the editions in
 * GET /v1/schedules. CY2026 national, 2 March 2026 (FY2026 ICD-10-CM; the NCCI edition is the bundled 2024 Q3).
 */
class ClaimEditsEstimatesTest {
    @BeforeAll
    static void quiet() {
        RequestLog.mute(true);
    }

    @AfterAll
    static void loud() {
        RequestLog.mute(false);
    }

    private static JsonNode estimate(String store, String lines, String diagnoses) {
        Response r = StoreHarnesses.get(store).invoke("claim-edits", StoreHarnesses.estimate(
                "{\"patientId\":\"EDITS-" + store + "-" + Math.abs((lines + diagnoses).hashCode()) + "\","
                        + "\"dateOfService\":\"2026-03-02\",\"setting\":\"non-facility\",\"lines\":[" + lines + "],"
                        + "\"imagingGuidance\":\"fluoroscopy\",\"diagnosisCodes\":[" + diagnoses + "],"
                        + "\"deductibleRemaining\":0}"));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
        return r.body();
    }

    private static List<String> findings(JsonNode b) {
        List<String> codes = new ArrayList<>();
        b.get("findings").forEach(f -> codes.add(f.get("code").asText() + ":" + f.get("kind").asText() + ":"
                + f.get("severity").asText()));
        return codes;
    }

    private static JsonNode finding(JsonNode b, String code) {
        for (JsonNode f : b.get("findings")) {
            if (f.get("code").asText().equals(code)) {
                return f;
            }
        }
        throw new AssertionError(code + " not in " + b.get("findings"));
    }

    @ParameterizedTest(name = "[{0}] 62323 + 64483 (mutually exclusive): 64483 denied, priced as 62323 alone, 273.22")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void mutuallyExclusivePairIsNotClaimReadyAndIsPricedWithoutColumnTwo(String store) {
        JsonNode b = estimate(store, "{\"code\":\"62323\"},{\"code\":\"64483\"}", "\"M54.16\"");
        assertThat(findings(b)).contains("NCCI-PTP:coding:error").doesNotContain("ABN:payment:info");
        assertThat(finding(b, "NCCI-PTP").get("message").asText()).contains("62323 and 64483",
                "provider's liability");
        assertThat(b.get("eligible").asBoolean()).isTrue();
        assertThat(b.get("claimReady").asBoolean()).isFalse();
        // 273.22: 62323 CY2026 national non-facility (issue 18), alone: 64483 is not on the priced claim
        assertThat(b.get("payment").get("allowed").decimalValue()).isEqualByComparingTo("273.22");
        assertThat(b.get("lines")).hasSize(1);
        assertThat(b.get("lines").get(0).get("code").asText()).isEqualTo("62323");
        assertThat(b.get("assumptions").toString()).contains("Priced as the claim once its coding errors are fixed")
                .contains("NCCI PTP practitioner edits 2024Q3 (effective 2024-07-01 to 2024-09-30), the newest"
                        + " loaded");
        // with XS on the column-2 line NCCI lets the pair through
        JsonNode distinct = estimate(store, "{\"code\":\"62323\"},{\"code\":\"64483\",\"modifiers\":[\"XS\"]}",
                "\"M54.16\"");
        assertThat(findings(distinct)).doesNotContain("NCCI-PTP:coding:error");
    }

    @ParameterizedTest(name = "[{0}] 77003 beside 62321 is never paid: priced as 62321 alone, 276.56")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void fluoroscopyBesideAnEsiIsRemovedFromThePricedClaim(String store) {
        JsonNode b = estimate(store, "{\"code\":\"62321\"},{\"code\":\"77003\"}", "\"M54.12\"");
        assertThat(findings(b)).contains("NCCI-PTP:coding:error");
        assertThat(finding(b, "NCCI-PTP").get("message").asText()).contains("77003 (column 2) is not paid beside 62321");
        // 276.56: 62321 CY2026 national non-facility (issue 18), alone
        assertThat(b.get("payment").get("allowed").decimalValue()).isEqualByComparingTo("276.56");
        assertThat(b.get("lines")).hasSize(1);
        assertThat(b.get("claimReady").asBoolean()).isFalse();
    }

    @ParameterizedTest(name = "[{0}] a visit beside 62321 without 25 is denied at the provider's liability: 276.56")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void aVisitWithoutModifier25IsNotPaid(String store) {
        JsonNode b = estimate(store, "{\"code\":\"62321\"},{\"code\":\"99213\"}", "\"M54.12\"");
        assertThat(finding(b, "NCCI-PTP").get("message").asText()).contains("62321 and 99213", "modifier 25");
        // 276.56: 62321 alone; the patient is never billed for the denied visit
        assertThat(b.get("payment").get("allowed").decimalValue()).isEqualByComparingTo("276.56");
        assertThat(b.get("lines")).hasSize(1);
    }

    @ParameterizedTest(name = "[{0}] M5416X, the header M50.1 and B02 are not billable: DIAGNOSIS-INVALID")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void codesThatAreNotBillableAreACodingError(String store) {
        for (String dx : List.of("\"M5416X\"", "\"M50.1\"", "\"B02\"")) {
            JsonNode b = estimate(store, "{\"code\":\"62321\"}", dx);
            assertThat(findings(b)).as(dx).contains("DIAGNOSIS-INVALID:coding:error");
            assertThat(b.get("claimReady").asBoolean()).isFalse();
            assertThat(b.get("eligible").asBoolean()).isTrue();
            assertThat(b.get("assumptions").toString()).contains("Diagnoses checked against the ICD-10-CM billable"
                    + " codes FY2026 (effective 2025-10-01 to 2026-09-30)");
        }
        JsonNode valid = estimate(store, "{\"code\":\"62323\"}", "\"M5416\"");
        assertThat(findings(valid)).noneMatch(f -> f.startsWith("DIAGNOSIS"));
    }

    @ParameterizedTest(name = "[{0}] axial pain alone (M54.50) is not covered: ABN; G89.18 has no diagnosis finding")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void axialPainAloneIsNotCoveredAndPostoperativePainIsExempt(String store) {
        JsonNode axial = estimate(store, "{\"code\":\"62323\"}", "\"M54.50\"");
        assertThat(findings(axial)).contains("DIAGNOSIS-SUPPORT:coverage:error", "ABN:payment:info");
        assertThat(axial.get("eligible").asBoolean()).isFalse();
        assertThat(axial.get("payment").get("medicarePays").decimalValue()).isEqualByComparingTo("0");
        JsonNode spondylosis = estimate(store, "{\"code\":\"62323\"}", "\"M47.26\"");
        assertThat(findings(spondylosis)).noneMatch(f -> f.startsWith("DIAGNOSIS"));
        JsonNode postoperative = estimate(store, "{\"code\":\"62323\"}", "\"G89.18\"");
        assertThat(findings(postoperative)).noneMatch(f -> f.startsWith("DIAGNOSIS"));
        assertThat(postoperative.get("eligible").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "[{0}] GET /v1/schedules lists the bundled editions with their sources' sha256")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void schedulesListTheEditions(String store) {
        Response r = StoreHarnesses.get(store).invoke("schedules.json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode edits = r.body().get("edits");
        List<String> names = new ArrayList<>();
        edits.forEach(e -> names.add(e.get("table").asText() + " " + e.get("edition").asText()));
        assertThat(names).contains("icd10cm FY2026", "ncci-ptp-practitioner 2024Q3", "ncci-ptp-hospital 2024Q3",
                "mue-practitioner 2024Q3", "mue-hospital 2024Q3", "asp 2025Q4");
        JsonNode icd = edits.get(0);
        assertThat(icd.get("rows").asInt()).isEqualTo(74_719);
        assertThat(icd.get("bundled").asBoolean()).isTrue();
        assertThat(icd.get("loadedAt").isNull()).isTrue();
        assertThat(icd.get("source").get(0).get("sha256").asText())
                .isEqualTo("ccb789655997399cfc71570148650921f64a740d1e8f43b3c4c8ac4ccfd273a6");
    }
}
