package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.BillingCases.assertMoney;
import static com.epiduralestimator.adapter.http.BillingCases.cross;
import static com.epiduralestimator.adapter.http.BillingCases.estimate;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.http.BillingCases.Case;
import com.epiduralestimator.adapter.http.LambdaHarness.Response;
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
 * What a billing office catches (issue 9), part two, through the estimate handler on both stores: unassigned claims
 * (money worked by hand in each case's name, CY2025, CF 32.3465), WISeR prior authorization by the state of the
 * place of service, and ICD-10 codes as claims carry them.
 */
class AssignmentWiserDiagnosisEstimatesTest {
    @BeforeAll
    static void quiet() {
        RequestLog.mute(true);
    }

    @AfterAll
    static void loud() {
        RequestLog.mute(false);
    }

    /** §5 assignment not accepted (non-participating practice), deductible met, 62321 non-facility, CY2025. */
    static Stream<Arguments> unassigned() {
        return cross(
                new Case("national: limiting charge 251.01 x 1.0925 = 274.23; Medicare pays the patient 80% of"
                        + " 238.46 = 190.77 x 0.98 = 186.95; patient net 274.23 − 186.95 = 87.28",
                        "\"code\":\"62321\",\"setting\":\"non-facility\",\"participation\":"
                                + "\"non-participating\",\"assignment\":\"not-accepted\"",
                        List.of(), true, true, null, "238.46|274.23|186.95", "87.28", "186.95"),
                new Case("Manhattan (NY, excess charges restricted: warning): fee (1.95 x 1.065 + 5.63 x 1.166 +"
                        + " 0.18 x 1.656) x 32.3465 = 289.16; limiting x 1.0925 = 315.91; non-par 274.70 − 20%"
                        + " 54.94 = 219.76 x 0.98 = 215.36; patient net 315.91 − 215.36 = 100.55",
                        "\"code\":\"62321\",\"setting\":\"non-facility\",\"locality\":\"1320201\","
                                + "\"participation\":\"non-participating\",\"assignment\":\"not-accepted\"",
                        List.of(), true, true, "EXCESS-CHARGE-STATE:payment:warning", "274.70|315.91|215.36",
                        "100.55", "215.36"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("unassigned")
    void anUnassignedClaimIsPaidByThePatientAndMedicarePaysThePatient(String store, Case c) {
        JsonNode b = estimate(store, c);
        String[] money = c.allowed().split("\\|");
        JsonNode p = b.get("payment");
        assertMoney(p.get("allowed"), money[0]);
        assertMoney(p.get("patientPaysProvider"), money[1]);
        assertMoney(p.get("limitingCharge"), money[1]);
        assertMoney(p.get("medicarePaysPatient"), money[2]);
        assertMoney(p.get("patientPays"), c.patientPays());
        boolean warned = false;
        for (JsonNode x : b.get("findings")) {
            warned |= (x.get("code").asText() + ":" + x.get("kind").asText() + ":" + x.get("severity").asText())
                    .equals(c.finding());
        }
        assertThat(warned).as(b.toString()).isEqualTo(c.finding() != null);
        assertThat(b.toString()).contains(c.finding() == null ? "\"findings\"" : "NY law");
    }

    @ParameterizedTest(name = "[{0}] assignment not-accepted with a participating practice is a 400")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void notAcceptedAssignmentNeedsANonParticipatingPractice(String store) {
        for (String participation : List.of("", ",\"participation\":\"participating\"")) {
            Response r = StoreHarnesses.get(store).invoke("assignment", StoreHarnesses.estimate(
                    "{\"patientId\":\"BILL-1\",\"dateOfService\":\"2025-06-01\",\"setting\":\"facility\","
                            + "\"code\":\"62321\",\"assignment\":\"not-accepted\"" + participation + "}"));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).isEqualTo("application/problem+json");
            assertThat(r.body().get("errors").get(0).get("field").asText()).isEqualTo("assignment");
            assertThat(r.rawBody()).doesNotContain("BILL-1");
        }
    }

    /**
     * PRIOR-AUTH-WISER through the handler: the state comes from the locality or the ZIP priced. Dates in 2026
     * (no fee figure is asserted: the CY2026 schedule is another engineer's).
     */
    static Stream<Arguments> wiser() {
        return cross(
                new Case("Houston locality 0441218 (TX) on 2026-03-01: warning naming Texas",
                        "\"code\":\"64483\",\"setting\":\"facility\",\"locality\":\"0441218\"",
                        List.of(), true, true, "warning|Texas (TX)", null, null, null),
                new Case("ZIP 85004 (Phoenix, AZ) on 2026-03-01: warning naming Arizona",
                        "\"code\":\"62323\",\"setting\":\"facility\",\"zip\":\"85004\"",
                        List.of(), true, true, "warning|Arizona (AZ)", null, null, null),
                new Case("national on 2026-03-01: info naming the six states",
                        "\"code\":\"62321\",\"setting\":\"facility\"",
                        List.of(), true, true, "info|Arizona, New Jersey, Ohio, Oklahoma, Texas or Washington",
                        null, null, null),
                new Case("San Francisco (CA) on 2026-03-01: no finding",
                        "\"code\":\"62321\",\"setting\":\"facility\",\"locality\":\"0111205\"",
                        List.of(), true, true, null, null, null, null));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("wiser")
    void wiserPriorAuthorizationNamesTheStateOfThePlaceOfService(String store, Case c) {
        JsonNode b = estimate(store, c, "2026-03-01");
        assertThat(b.get("eligible").asBoolean()).isTrue();
        List<JsonNode> wiser = new ArrayList<>();
        b.get("findings").forEach(f -> {
            if (f.get("code").asText().equals("PRIOR-AUTH-WISER")) {
                wiser.add(f);
            }
        });
        if (c.finding() == null) {
            assertThat(wiser).isEmpty();
            return;
        }
        String[] expected = c.finding().split("\\|");
        assertThat(wiser).singleElement().satisfies(f -> {
            assertThat(f.get("kind").asText()).isEqualTo("coverage");
            assertThat(f.get("severity").asText()).isEqualTo(expected[0]);
            assertThat(f.get("message").asText()).contains(expected[1]).contains("120 days");
        });
    }

    static Stream<Arguments> diagnosisSpellings() {
        List<Arguments> out = new ArrayList<>();
        StoreHarnesses.stores().forEach(store -> {
            for (String[] row : new String[][] {{"M54.16", "supports"}, {"M5416", "supports"},
                    {"m54.16", "supports"}, {"m5416", "supports"}, {"m54.12", "does not support"}}) {
                out.add(Arguments.of(store, row[0], row[1]));
            }
        });
        return out.stream();
    }

    @ParameterizedTest(name = "[{0}] diagnosis {1} {2} 62323 (lumbar)")
    @MethodSource("diagnosisSpellings")
    void diagnosisCodesDottedOrUndottedInAnyCaseAreOneCode(String store, String code, String verdict) {
        JsonNode b = estimate(store, new Case(code, "\"code\":\"62323\",\"setting\":\"facility\","
                + "\"diagnosisCodes\":[\"" + code + "\"]", List.of(), true, true, null, null, null, null));
        boolean flagged = false;
        for (JsonNode f : b.get("findings")) {
            flagged |= f.get("code").asText().equals("DIAGNOSIS-SUPPORT");
        }
        assertThat(flagged).as(b.toString()).isEqualTo(verdict.equals("does not support"));
    }

    @ParameterizedTest(name = "[{0}] a malformed diagnosis code is a 400 naming the field")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void aMalformedDiagnosisCodeIsABadRequest(String store) {
        for (String code : List.of("M54..16", "54.16", "U07.1", "M54.16.1")) {
            Response r = StoreHarnesses.get(store).invoke("dx", StoreHarnesses.estimate("{\"patientId\":\"BILL-2\","
                    + "\"dateOfService\":\"2025-06-01\",\"setting\":\"facility\",\"code\":\"62323\","
                    + "\"diagnosisCodes\":[\"" + code + "\"]}"));
            assertThat(r.status()).as(code).isEqualTo(400);
            assertThat(r.body().get("errors").get(0).get("field").asText()).startsWith("diagnosisCodes");
        }
    }
}
