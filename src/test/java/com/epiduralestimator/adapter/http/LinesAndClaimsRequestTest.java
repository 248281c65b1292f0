package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 at the edge: {@code lines[].levels} are read (one per unit, known levels) and answered back, each line says
 * whether it is covered, {@code payment.notCovered} is written, and a recorded session refuses levels (its region is
 * its codes': nothing silently dropped). CY2025 test schedule, locality 0111205 (facility setting).
 */
class LinesAndClaimsRequestTest {
    private final TrustHarness api = TrustHarness.memory();

    private static String body(String lines) {
        return "{\"patientId\":\"MRN-L\",\"dateOfService\":\"2025-06-01\",\"setting\":\"facility\","
                + "\"imagingGuidance\":\"fluoroscopy\",\"deductibleRemaining\":0,\"lines\":" + lines + "}";
    }

    @Test
    void levelsAreOnePerUnitAndKnownSpinalLevels() {
        TrustHarness.Response count = api.postEstimate(body("[{\"code\":\"64483\",\"units\":1,"
                + "\"levels\":[\"L4-L5\",\"L5-S1\"]}]"), "clinic-l");
        assertThat(count.status()).isEqualTo(400);
        assertThat(count.body()).contains("levels").contains("one level per unit");
        TrustHarness.Response unknown = api.postEstimate(body("[{\"code\":\"64483\",\"levels\":[\"L7-L8\"]}]"),
                "clinic-l");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("levels");
        TrustHarness.Response session = api.postSession("{\"patientId\":\"MRN-L\",\"dateOfService\":\"2025-06-01\","
                + "\"lines\":[{\"code\":\"64479\",\"levels\":[\"T12-L1\"]}]}", "clinic-l");
        assertThat(session.status()).isEqualTo(400);
        assertThat(session.body()).contains("levels");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachLineSaysWhetherItIsCoveredAndThePaymentWhatAnAbnWouldBill() {
        // 2025 facility: 64479 (2.29 + 1.42 + 0.21) × 32.3465 = 126.80 covered; 64483 (1.90 + 1.27 + 0.16) ×
        // 32.3465 = 107.71 not covered (a second region), its own fee
        TrustHarness.Response r = api.postEstimate(body("[{\"code\":\"64479\",\"levels\":[\"T12-L1\"]},"
                + "{\"code\":\"64483\",\"levels\":[\"L1-L2\"]}]"), "clinic-l");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Map<String, Object>> lines = (List<Map<String, Object>>) r.json().get("lines");
        assertThat(lines.get(0)).containsEntry("covered", true).containsEntry("levels", List.of("T12-L1"))
                .doesNotContainKey("notCoveredBy");
        assertThat(lines.get(1)).containsEntry("covered", false).containsEntry("notCoveredBy", "FREQ-ONE-REGION");
        Map<String, Object> payment = (Map<String, Object>) r.json().get("payment");
        assertThat(payment.get("allowed").toString()).isEqualTo("126.80");
        assertThat(payment.get("notCovered").toString()).isEqualTo("107.71");
    }
}
