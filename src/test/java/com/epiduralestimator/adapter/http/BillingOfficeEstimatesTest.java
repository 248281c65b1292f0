package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.http.LambdaHarness.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
    private static final OpenApiSpec SPEC = OpenApiSpec.load(Path.of("openapi.yaml"));

    @BeforeAll
    static void quiet() {
        RequestLog.mute(true);
    }

    @AfterAll
    static void loud() {
        RequestLog.mute(false);
    }

    /** One estimate: the body's fields (patientId added), sessions recorded before it, what it must answer. */
    record Case(String name, String fields, List<String> recordedDates, boolean eligible, boolean claimReady,
                String finding, String allowed, String patientPays, String medicareAfterSequestration) {
        @Override
        public String toString() {
            return name;
        }
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
                        "FREQ-CAP:coverage:error", "103.83", "103.83", "0.00"));
    }

    /** BILATERAL-SIDES: CY2025 national non-facility 64483 = (1.90 + 5.24 + 0.16) x 32.3465 = 236.13. */
    static Stream<Arguments> bilateralSides() {
        return cross(
                new Case("64483 RT+LT on one line = 150% of 236.13 = 354.20; patient 20% = 70.84;"
                        + " Medicare 283.36 x 0.98 = 277.69",
                        "\"code\":\"64483\",\"modifiers\":[\"RT\",\"LT\"],\"setting\":\"non-facility\","
                                + "\"diagnosisCodes\":[\"M54.16\"]",
                        List.of(), true, true, null, "354.20", "70.84", "277.69"),
                new Case("64483-RT and 64483-LT on two lines = one bilateral procedure = 354.20",
                        "\"lines\":[{\"code\":\"64483\",\"modifiers\":[\"RT\"]},{\"code\":\"64483\","
                                + "\"modifiers\":[\"LT\"]}],\"setting\":\"non-facility\","
                                + "\"diagnosisCodes\":[\"M54.16\"]",
                        List.of(), true, true, null, "354.20", "70.84", "277.69"),
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

    static Stream<Arguments> cross(Case... cases) {
        List<Arguments> out = new ArrayList<>();
        StoreHarnesses.stores().forEach(store -> {
            for (Case c : cases) {
                out.add(Arguments.of(store, c));
            }
        });
        return out.stream();
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

    static JsonNode estimate(String store, Case c) {
        return estimate(store, c, "2025-06-01");
    }

    static JsonNode estimate(String store, Case c, String dateOfService) {
        LambdaHarness lambda = StoreHarnesses.get(store);
        String patient = "BILL-" + UUID.randomUUID();
        for (String date : c.recordedDates()) {
            Response r = lambda.invoke("record", StoreHarnesses.session("{\"patientId\":\"" + patient
                    + "\",\"dateOfService\":\"" + date + "\",\"code\":\"62321\"}"));
            assertThat(r.status()).as(r.rawBody()).isEqualTo(201);
        }
        String body = "{\"patientId\":\"" + patient + "\",\"dateOfService\":\"" + dateOfService + "\","
                + "\"imagingGuidance\":\"fluoroscopy\",\"deductibleRemaining\":0," + c.fields() + "}";
        Response r = lambda.invoke(c.name(), StoreHarnesses.estimate(body));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
        assertThat(SPEC.violations(SPEC.responseSchema("POST", "/v1/estimates", 200, r.contentType()), r.body()))
                .as("openapi.yaml describes %s", r.rawBody()).isEmpty();
        assertThat(r.rawBody()).doesNotContain(patient);
        return r.body();
    }

    static void assertPayment(JsonNode b, String allowed, String patientPays, String medicareAfterSequestration) {
        JsonNode p = b.get("payment");
        assertMoney(p.get("allowed"), allowed);
        assertMoney(p.get("patientPays"), patientPays);
        assertMoney(p.get("medicarePaysAfterSequestration"), medicareAfterSequestration);
    }

    static void assertMoney(JsonNode node, String expected) {
        assertThat(node).as("expected %s", expected).isNotNull();
        assertThat(node.isNumber()).as("%s is a JSON number", node).isTrue();
        assertThat(node.decimalValue()).isEqualByComparingTo(new BigDecimal(expected));
    }
}
