package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.http.LambdaHarness.Response;
import com.epiduralestimator.domain.NotCoveredBilling;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Medicare Advantage through the estimate handler on both stores (issue 20; medicare-rules.md section 8): the two
 * events the docs print (an office injection, a hospital outpatient one), the LCD's cap binding a plan's member
 * against sessions recorded in the store, and what is refused, naming the field.
 */
class AdvantageEstimatesTest {
    @BeforeAll
    static void quiet() {
        RequestLog.mute(true);
    }

    @AfterAll
    static void loud() {
        RequestLog.mute(false);
    }

    private static void assertMoney(JsonNode node, String expected) {
        assertThat(node).as("missing").isNotNull();
        assertThat(node.decimalValue()).isEqualByComparingTo(expected);
    }

    private static List<String> codes(JsonNode body) {
        return body.get("findings").findValuesAsText("code");
    }

    @ParameterizedTest(name = "[{0}] office: SF 2026 62321 364.04, copay 40 → member 40.00, plan 324.04")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void theOfficeExample(String store) {
        // 62321 non-facility, locality 0111205, CY2026: 364.04 (as the fee route); copay $40: member 40.00, plan
        // 364.04 − 40.00 = 324.04; MOOP 1,200.00 to go → 1,160.00 after; no Part B deductible though none was given
        Response r = StoreHarnesses.get(store).invoke("estimates-medicare-advantage-office.json",
                LambdaHarness.event("estimates-medicare-advantage-office.json"));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
        JsonNode b = r.body();
        JsonNode p = b.get("payment");
        assertMoney(p.get("allowed"), "364.04");
        assertMoney(p.get("deductibleApplied"), "0");
        assertMoney(p.get("copay"), "40.00");
        assertMoney(p.get("patientPays"), "40.00");
        assertMoney(p.get("patientOwes"), "40.00");
        assertMoney(p.get("planPays"), "324.04");
        assertMoney(p.get("medicarePays"), "0");
        assertMoney(b.at("/total/planPays"), "324.04");
        assertMoney(b.at("/medicareAdvantage/outOfPocketRemainingAfter"), "1160.00");
        assertThat(b.get("coverageKind").asText()).isEqualTo("medicare-advantage");
        assertThat(codes(b)).contains("PRIOR-AUTH-PLAN");
    }

    @ParameterizedTest(name = "[{0}] hospital: deductible 100 of 108.78 physician first, hospital copay 250 of 1020.34")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void theHospitalExample(String store) {
        // physician 62321 facility SF 2026 108.78: plan deductible 100.00 first, then the $0 copay: member 100.00,
        // plan 8.78. Hospital CBSA 41884: 721.17 × (0.6 × 1.6914 + 0.4) = 1020.3402 → 1020.34; deductible met,
        // copay 250.00, plan 770.34. Total 1129.12: member 350.00, plan 779.12; Medicare 0.
        Response r = StoreHarnesses.get(store).invoke("estimates-medicare-advantage-hospital.json",
                LambdaHarness.event("estimates-medicare-advantage-hospital.json"));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
        JsonNode b = r.body();
        assertMoney(b.at("/payment/deductibleApplied"), "100.00");
        assertMoney(b.at("/payment/patientOwes"), "100.00");
        assertMoney(b.at("/payment/planPays"), "8.78");
        assertMoney(b.at("/facilityPayment/allowed"), "1020.34");
        assertMoney(b.at("/facilityPayment/deductibleApplied"), "0");
        assertMoney(b.at("/facilityPayment/copay"), "250.00");
        assertMoney(b.at("/facilityPayment/planPays"), "770.34");
        assertMoney(b.at("/facilityPayment/medicarePaysAfterSequestration"), "0");
        assertMoney(b.at("/total/allowed"), "1129.12");
        assertMoney(b.at("/total/patientOwes"), "350.00");
        assertMoney(b.at("/total/planPays"), "779.12");
        assertMoney(b.at("/total/medicarePaysAfterSequestration"), "0");
        assertThat(codes(b)).doesNotContain("PRIOR-AUTH-PLAN");
    }

    @ParameterizedTest(name = "[{0}] the cap binds a plan member: 4 recorded sessions, the fifth not covered")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void theCapBindsAPlanMember(String store) {
        // four cervical-thoracic sessions recorded in the store inside the 12 months before 2025-06-01: the fifth is
        // not covered for a plan's member (42 CFR 422.101(b)); next eligible 2025-07-01 (2024-07-01 + 12 months);
        // the plan pays 0 and the member would owe its allowed amount 329.63 (62321 SF 2025 non-facility) only
        // after an organization determination: no ABN
        LambdaHarness h = StoreHarnesses.get(store);
        String patient = "MA-CAP-" + store;
        for (String date : List.of("2024-07-01", "2024-10-01", "2025-01-15", "2025-03-03")) {
            Response recorded = h.invoke("record", StoreHarnesses.session("{\"patientId\":\"" + patient
                    + "\",\"dateOfService\":\"" + date + "\",\"code\":\"62321\"}"));
            assertThat(recorded.status()).as(recorded.rawBody()).isEqualTo(201);
        }
        Response r = h.invoke("capped", StoreHarnesses.estimate("{\"patientId\":\"" + patient + "\","
                + "\"dateOfService\":\"2025-06-01\",\"setting\":\"non-facility\",\"locality\":\"0111205\","
                + "\"code\":\"62321\",\"imagingGuidance\":\"fluoroscopy\",\"diagnosisCodes\":[\"M54.12\"],"
                + "\"medicareAdvantage\":{\"physician\":{\"copay\":40},\"priorAuthorization\":\"obtained\"}}"));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
        JsonNode b = r.body();
        assertThat(b.get("eligible").asBoolean()).isFalse();
        assertThat(b.at("/frequency/nextEligibleDate").asText()).isEqualTo("2025-07-01");
        assertThat(codes(b)).contains("FREQ-CAP", "ORGANIZATION-DETERMINATION").doesNotContain("ABN");
        assertThat(b.get("findings").toString()).doesNotContain("ABN").doesNotContain("Advance Beneficiary")
                .contains("42 CFR 422.566");
        assertMoney(b.at("/payment/patientOwes"), "329.63");
        assertMoney(b.at("/payment/planPays"), "0");
        assertThat(b.at("/payment/copay").decimalValue()).isZero();
    }

    @ParameterizedTest(name = "[{0}] line-level coverage for a member: 62321 split by the plan, 62323 the member's")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void aLineNotCoveredIsTheMembersOnlyAfterAnOrganizationDetermination(String store) {
        // CY2026 national office: 62321 276.56 (the session's region, covered) and 62323 273.22 (the other region,
        // FREQ-ONE-REGION). The plan splits the covered 276.56: copay 40.00, plan 236.56; 62323 at its own fee,
        // 273.22, is the member's only after the plan's organization determination
        Response r = StoreHarnesses.get(store).invoke("two regions", StoreHarnesses.estimate("{\"patientId\":"
                + "\"MA-2R-" + store + "\",\"dateOfService\":\"2026-06-01\",\"setting\":\"non-facility\","
                + "\"lines\":[{\"code\":\"62321\"},{\"code\":\"62323\"}],\"imagingGuidance\":\"fluoroscopy\","
                + "\"medicareAdvantage\":{\"physician\":{\"copay\":40},\"priorAuthorization\":\"obtained\"}}"));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
        JsonNode b = r.body();
        assertThat(b.get("eligible").asBoolean()).isTrue();
        assertThat(b.at("/lines/1/notCoveredBy").asText()).isEqualTo("FREQ-ONE-REGION");
        assertMoney(b.at("/payment/allowed"), "276.56");
        assertMoney(b.at("/payment/copay"), "40.00");
        assertMoney(b.at("/payment/planPays"), "236.56");
        assertMoney(b.at("/payment/notCovered"), "273.22");
        assertMoney(b.at("/total/patientOwes"), "40.00");
        assertThat(codes(b)).contains("FREQ-ONE-REGION", "ORGANIZATION-DETERMINATION").doesNotContain("ABN");
        assertThat(b.toString()).doesNotContain("ABN").contains("The member can be billed $273.22 for them only"
                + " after the plan's pre-service organization determination (42 CFR 422.566)");
    }

    @ParameterizedTest(name = "[{0}] the claim edits' messages name no ABN for a member: NCCI pair, axial pain alone")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void theClaimEditsNameNoAbnForAMember(String store) {
        // 62323 + 64483 (an NCCI pair: the provider's liability) with axial pain alone (M54.50: not covered)
        Response r = StoreHarnesses.get(store).invoke("edits", StoreHarnesses.estimate("{\"patientId\":"
                + "\"MA-ED-" + store + "\",\"dateOfService\":\"2026-06-01\",\"setting\":\"non-facility\","
                + "\"lines\":[{\"code\":\"62323\"},{\"code\":\"64483\"}],\"imagingGuidance\":\"fluoroscopy\","
                + "\"diagnosisCodes\":[\"M54.50\"],"
                + "\"medicareAdvantage\":{\"physician\":{\"copay\":40},\"priorAuthorization\":\"obtained\"}}"));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
        assertThat(codes(r.body())).contains("NCCI-PTP", "DIAGNOSIS-SUPPORT", "ORGANIZATION-DETERMINATION");
        assertThat(r.body().toString()).doesNotContain("ABN").contains("whatever the plan determines");
    }

    @ParameterizedTest(name = "[{0}] refused, naming the field")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void whatIsRefused(String store) {
        LambdaHarness h = StoreHarnesses.get(store);
        String head = "{\"patientId\":\"MA-1\",\"dateOfService\":\"2025-06-01\",\"setting\":\"non-facility\","
                + "\"code\":\"62321\"";
        String plan = ",\"medicareAdvantage\":{\"physician\":{\"copay\":40}}";
        List<String[]> bad = List.of(
                new String[] {plan + ",\"supplemental\":\"medigap-g\"}", "supplemental", "no Medigap plan"},
                new String[] {plan + ",\"supplemental\":\"medicare-advantage\"}", "supplemental", "medicaid-qmb"},
                new String[] {plan + ",\"deductibleRemaining\":0}", "deductibleRemaining", "Part B deductible"},
                new String[] {",\"participation\":\"non-participating\"" + plan + "}", "participation",
                        "allowedPercentOfMedicare"},
                new String[] {",\"medicareAdvantage\":{}}", "medicareAdvantage.physician", "is required"},
                new String[] {",\"medicareAdvantage\":{\"physician\":{\"copay\":40,\"coinsurancePercent\":20}}}",
                        "medicareAdvantage.physician", "exactly one"},
                new String[] {",\"medicareAdvantage\":{\"physician\":{\"coinsurancePercent\":120}}}",
                        "medicareAdvantage.physician.coinsurancePercent", "between 0 and 100"},
                new String[] {",\"medicareAdvantage\":{\"physician\":{\"copay\":40},\"priorAuthorization\":\"yes\"}}",
                        "medicareAdvantage.priorAuthorization", "obtained, not-obtained, unknown"},
                new String[] {",\"medicareAdvantage\":{\"physician\":{\"copay\":40},\"moop\":10}}",
                        "medicareAdvantage", "not a field"},
                new String[] {",\"medicareAdvantage\":{\"physician\":{\"copay\":40},\"facility\":{\"copay\":1}}}",
                        "medicareAdvantage.facility", "only given with facilityType"});
        for (String[] c : bad) {
            Response r = h.invoke("bad", StoreHarnesses.estimate(head + c[0]));
            assertThat(r.status()).as(c[0] + " " + r.rawBody()).isEqualTo(400);
            assertThat(r.body().at("/errors/0/field").asText()).as(r.rawBody()).isEqualTo(c[1]);
            assertThat(r.rawBody()).contains(c[2]);
        }
        Response alone = h.invoke("alone", StoreHarnesses.estimate(head + ",\"supplemental\":\"medicare-advantage\"}"));
        assertThat(alone.status()).isEqualTo(422);
        assertThat(alone.body().get("detail").asText()).contains("give medicareAdvantage");
    }

    /**
     * Every rule of the estimate applies to a plan's member: each 200 event of events/ (original Medicare) asked again
     * as a member's (its Part B and supplement fields taken off) has the same verdict, frequency, lines, facility lines
     * and findings, except the programs and notes of original Medicare (WISeR, ABN, the limiting charge, the
     * supplement's) and the plan's own (PRIOR-AUTH-PLAN, ORGANIZATION-DETERMINATION).
     */
    @ParameterizedTest(name = "[{0}] the same rules for a plan member")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void everyRuleAppliesToAPlanMember(String store) throws Exception {
        LambdaHarness h = StoreHarnesses.get(store);
        List<String> originalOnly = List.of("PRIOR-AUTH-WISER", "ABN", "LIMITING-CHARGE", "EXCESS-CHARGE-STATE",
                "SUPPLEMENTAL-STATE-PLANS", "SUPPLEMENTAL-QMB");
        int compared = 0;
        for (String file : LambdaHarness.eventFiles().filter(f -> f.startsWith("estimates-")
                && !f.contains("medicare-advantage")).toList()) {
            com.fasterxml.jackson.databind.node.ObjectNode event = LambdaHarness.event(file);
            if (event.get("body").asText().isBlank() || !event.get("body").asText().startsWith("{")) {
                continue;
            }
            Response original = h.invoke(file, event);
            if (original.status() != 200) {
                continue;
            }
            com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode)
                    LambdaHarness.JSON.readTree(event.get("body").asText());
            boolean nonParticipating = body.path("participation").asText().equals("non-participating");
            List.of("deductibleRemaining", "supplemental", "supplementalOutOfPocketRemaining",
                    "supplementalDeductibleRemaining", "participation", "assignment").forEach(body::remove);
            if (body.has("patientId")) { // an estimate without a patient id (issue 21) stays without one
                body.put("patientId", body.get("patientId").asText() + "-MA");
            }
            com.fasterxml.jackson.databind.node.ObjectNode plan = body.putObject("medicareAdvantage");
            plan.putObject("physician").put("copay", 40);
            if (body.has("facilityType") || body.has("facilityCcn") || body.has("facilityZip")) {
                plan.putObject("facility").put("coinsurancePercent", 20);
            }
            com.fasterxml.jackson.databind.node.ObjectNode asked = LambdaHarness.event(file);
            asked.put("body", body.toString());
            Response member = h.invoke(file + " as a plan member", asked);
            assertThat(member.status()).as(file + " " + member.rawBody()).isEqualTo(200);
            JsonNode o = original.body();
            JsonNode m = member.body();
            // a non-participating practice's lines are priced at 95%: a plan pays its contracted rate instead
            for (String same : nonParticipating ? List.of("/eligible", "/claimReady", "/frequency")
                    : List.of("/eligible", "/claimReady", "/frequency", "/lines", "/facilityPayment/lines")) {
                // a line not covered is the member's only after an organization determination, never with an ABN
                assertThat(m.at(same).toString()).as(file + same).isEqualTo(
                        NotCoveredBilling.ORGANIZATION_DETERMINATION.reword(o.at(same).toString()));
            }
            List<String> expected = new java.util.ArrayList<>(codes(o));
            expected.removeAll(originalOnly);
            // the organization determination's advice where original Medicare's answer has the ABN's (a line or all)
            List<String> got = new java.util.ArrayList<>(codes(m));
            assertThat(got.remove("ORGANIZATION-DETERMINATION")).as(file).isEqualTo(codes(o).contains("ABN"));
            got.remove("PRIOR-AUTH-PLAN");
            assertThat(got).as(file).isEqualTo(expected);
            // never an ABN for a plan's member: not in a finding, a line's note or anywhere else in the answer
            assertThat(m.toString()).as(file).doesNotContain("ABN").doesNotContain("Advance Beneficiary");
            compared++;
        }
        assertThat(compared).as("events compared").isGreaterThanOrEqualTo(8);
    }

    @ParameterizedTest(name = "[{0}] a QMB member of a plan owes nothing: copay 40 of 329.63 paid by Medicaid")
    @MethodSource("com.epiduralestimator.adapter.http.StoreHarnesses#stores")
    void aQmbMemberOwesNothing(String store) {
        Response r = StoreHarnesses.get(store).invoke("qmb", StoreHarnesses.estimate("{\"patientId\":\"MA-Q\","
                + "\"dateOfService\":\"2025-06-01\",\"setting\":\"non-facility\",\"locality\":\"0111205\","
                + "\"code\":\"62321\",\"supplemental\":\"medicaid-qmb\","
                + "\"medicareAdvantage\":{\"physician\":{\"copay\":40}}}"));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
        assertMoney(r.body().at("/payment/patientPays"), "40.00");
        assertMoney(r.body().at("/payment/supplementalPays"), "40.00");
        assertMoney(r.body().at("/total/patientOwes"), "0");
        assertMoney(r.body().at("/total/planPays"), "289.63");
    }
}
