package com.epiduralestimator.domain;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The facility's claim: every figure of the cms-facility README, worked by hand beside each case. */
class FacilityPricerTest {
    private static final Money PART_A_2025 = dollars("1676");
    private static final Money PART_A_2026 = dollars("1736");
    private static final BigDecimal SEQUESTRATION = new BigDecimal("0.02");

    /** The ESI family's national rates (esi_facility_rates_derived.csv). */
    static Map<String, FacilityRate> rates(int year) {
        boolean y25 = year == 2025;
        String level2 = y25 ? "692.52" : "721.17";
        String level3 = y25 ? "890.29" : "903.63";
        String asc2 = y25 ? "371.75" : "387.46";
        String asc3 = y25 ? "477.94" : "485.51";
        return Map.of(
                "62321", rate("62321", "T", "5442", level2, "G2", asc2, true),
                "62323", rate("62323", "T", "5442", level2, "G2", asc2, true),
                "64483", rate("64483", "T", "5443", level3, "A2", asc3, true),
                "64484", rate("64484", "N", null, "0", "N1", "0", false),
                "64480", rate("64480", "N", null, "0", "N1", "0", false));
    }

    static FacilityRate rate(String code, String si, String apc, String rate, String pi, String ascRate,
                             boolean discounted) {
        return new FacilityRate(code, Optional.of(new FacilityRate.Opps(si, Optional.ofNullable(apc),
                new BigDecimal(rate))), Optional.of(new FacilityRate.Asc(pi, new BigDecimal(ascRate), discounted)));
    }

    private static List<SessionLine> lines(String spec) {
        return Arrays.stream(spec.trim().split(" +")).map(s -> {
            String[] parts = s.split("\\+");
            String[] codeUnits = parts[0].split("x");
            return new SessionLine(new HcpcsCode(codeUnits[0]), codeUnits.length > 1 ? Integer.parseInt(codeUnits[1]) : 1,
                    Arrays.asList(parts).subList(1, parts.length));
        }).toList();
    }

    private static Optional<FacilityWageIndex.Choice> index(String wi) {
        return wi.isBlank() ? Optional.empty()
                : Optional.of(new FacilityWageIndex.Choice(new BigDecimal(wi), Optional.of("TX"), List.of()));
    }

    private static FacilityClaim claim(FacilityType type, int year, String lines, String wi, String deductible) {
        return FacilityPricer.claim(type, lines(lines), rates(year), Optional.empty(), index(wi),
                dollars(deductible), year == 2025 ? PART_A_2025 : PART_A_2026, SEQUESTRATION, true);
    }

    @ParameterizedTest(name = "{0} {1} {2} wage index [{3}] → {4}")
    @CsvSource(delimiter = '|', value = {
            // national, unadjusted (README table)
            "HOSPITAL_OUTPATIENT | 2025 | 62321 |        | 692.52",
            "HOSPITAL_OUTPATIENT | 2026 | 62321 |        | 721.17",
            "ASC                 | 2025 | 62321 |        | 371.75",
            "ASC                 | 2026 | 62321 |        | 387.46",
            "HOSPITAL_OUTPATIENT | 2025 | 64483 |        | 890.29",
            "HOSPITAL_OUTPATIENT | 2026 | 64483 |        | 903.63",
            "ASC                 | 2025 | 64483 |        | 477.94",
            "ASC                 | 2026 | 64483 |        | 485.51",
            // off-campus, non-excepted: 721.17 × 0.40 = 288.468 → 288.47; 692.52 × 0.40 = 277.008 → 277.01
            "HOSPITAL_OUTPATIENT_OFF_CAMPUS | 2026 | 62321 |  | 288.47",
            "HOSPITAL_OUTPATIENT_OFF_CAMPUS | 2025 | 62321 |  | 277.01",
            // Austin HOPD 2026: max(0.9229, TX floor 0.9721) = 0.9721; 721.17 × (0.6 × 0.9721 + 0.4)
            //   = 721.17 × 0.98326 = 709.0976 → 709.10; 903.63 × 0.98326 = 888.5033 → 888.50
            "HOSPITAL_OUTPATIENT | 2026 | 62321 | 0.9721 | 709.10",
            "HOSPITAL_OUTPATIENT | 2026 | 64483 | 0.9721 | 888.50",
            // Austin HOPD 2025: max(0.9485, TX floor 0.8957) = 0.9485; factor 0.6 × 0.9485 + 0.4 = 0.9691
            //   692.52 × 0.9691 = 671.1211 → 671.12; 890.29 × 0.9691 = 862.7800 → 862.78
            "HOSPITAL_OUTPATIENT | 2025 | 62321 | 0.9485 | 671.12",
            "HOSPITAL_OUTPATIENT | 2025 | 64483 | 0.9485 | 862.78",
            // Austin ASC (ASC wage index 0.988 in 2025, 0.9660 in 2026; labour share 50%)
            //   2025: factor 0.5 × 0.988 + 0.5 = 0.994: 371.75 × 0.994 = 369.5195 → 369.52; 477.94 × 0.994 = 475.0724 → 475.07
            //   2026: factor 0.5 × 0.9660 + 0.5 = 0.983: 387.46 × 0.983 = 380.8732 → 380.87; 485.51 × 0.983 = 477.2563 → 477.26
            "ASC | 2025 | 62321 | 0.988  | 369.52",
            "ASC | 2025 | 64483 | 0.988  | 475.07",
            "ASC | 2026 | 62321 | 0.9660 | 380.87",
            "ASC | 2026 | 64483 | 0.9660 | 477.26",
            // off-campus Austin 2026: 721.17 × 0.98326 × 0.40 = 283.6390 → 283.64
            "HOSPITAL_OUTPATIENT_OFF_CAMPUS | 2026 | 62321 | 0.9721 | 283.64"})
    void oneLineIsPaidTheRateWageAdjusted(FacilityType type, int year, String code, String wi, String allowed) {
        FacilityClaim claim = claim(type, year, code, wi == null ? "" : wi, "0");

        assertThat(claim.lines()).singleElement().satisfies(l -> assertThat(l.allowed()).isEqualByComparingTo(dollars(allowed)));
        assertThat(claim.payment().allowed()).isEqualByComparingTo(dollars(allowed));
    }

    @Test
    void coinsuranceRoundsUpAsCmsPublishesItsCopayments() {
        // 20% × 692.52 = 138.504: CMS lists 138.51 (minimum unadjusted copayment); Medicare 692.52 − 138.51 = 554.01,
        // after sequestration 554.01 × 0.98 = 542.9298 → 542.93
        Payment p = claim(FacilityType.HOSPITAL_OUTPATIENT, 2025, "62321", "", "0").payment();
        assertThat(p.coinsurance()).isEqualByComparingTo(dollars("138.51"));
        assertThat(p.medicarePays()).isEqualByComparingTo(dollars("554.01"));
        assertThat(p.medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("542.93"));
        // 20% × 721.17 = 144.234 → 144.24 (CMS 144.24); 20% × 903.63 = 180.726 → 180.73 (CMS 180.73)
        assertThat(claim(FacilityType.HOSPITAL_OUTPATIENT, 2026, "62321", "", "0").payment().coinsurance())
                .isEqualByComparingTo(dollars("144.24"));
        assertThat(claim(FacilityType.HOSPITAL_OUTPATIENT, 2026, "64483", "", "0").payment().coinsurance())
                .isEqualByComparingTo(dollars("180.73"));
    }

    @Test
    void anAscsCoinsuranceIsTwentyPercentHalfUpNotRoundedUp() {
        // issue 18: ASC 2026 62321 national 387.46; 20% = 77.492 → 77.49 (not 77.50); Medicare 387.46 − 77.49 =
        // 309.97, × 0.98 = 303.7706 → 303.77. Only CMS's published national OPPS copayment is rounded up.
        Payment p = claim(FacilityType.ASC, 2026, "62321", "", "0").payment();
        assertThat(p.coinsurance()).isEqualByComparingTo(dollars("77.49"));
        assertThat(p.medicarePays()).isEqualByComparingTo(dollars("309.97"));
        assertThat(p.medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("303.77"));
    }

    @Test
    void theDeductibleLeftByThePhysiciansClaimComesFirst() {
        // 2026: $283 remaining, the physician's 95.53 took 95.53 → 187.47 left for the hospital's 721.17:
        // coinsurance 20% × (721.17 − 187.47) = 20% × 533.70 = 106.74; patient 187.47 + 106.74 = 294.21;
        // Medicare 721.17 − 294.21 = 426.96, after sequestration × 0.98 = 418.4208 → 418.42
        Payment p = claim(FacilityType.HOSPITAL_OUTPATIENT, 2026, "62321", "", "187.47").payment();
        assertThat(p.deductibleApplied()).isEqualByComparingTo(dollars("187.47"));
        assertThat(p.coinsurance()).isEqualByComparingTo(dollars("106.74"));
        assertThat(p.patientPays()).isEqualByComparingTo(dollars("294.21"));
        assertThat(p.medicarePays()).isEqualByComparingTo(dollars("426.96"));
        assertThat(p.medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("418.42"));
    }

    @Test
    void severalProceduresHighestAtFullOthersAtHalfAndPackagedAddOnsPayNothing() {
        // HOPD 2026: 64483 903.63 (highest, 100%), 62321 721.17 × 50% = 360.585 → 360.59, 64484 packaged 0
        FacilityClaim claim = claim(FacilityType.HOSPITAL_OUTPATIENT, 2026, "62321 64483 64484", "", "0");
        assertThat(claim.lines()).extracting(FacilityLine::allowed)
                .containsExactly(dollars("360.59"), dollars("903.63"), dollars("0.00"));
        assertThat(claim.lines().get(0).adjustments()).contains("multiple procedure 50%");
        assertThat(claim.lines().get(2).indicator()).isEqualTo("N");
        assertThat(claim.lines().get(2).adjustments()).containsExactly("packaged (N): no separate payment");
        // 360.59 + 903.63 + 0 = 1264.22; coinsurance per line rounded up: 72.118 → 72.12, 180.726 → 180.73 = 252.85
        assertThat(claim.payment().allowed()).isEqualByComparingTo(dollars("1264.22"));
        assertThat(claim.payment().coinsurance()).isEqualByComparingTo(dollars("252.85"));
        // ASC 2026: 64483 485.51 at 100%, two units of 64484 (N1) nothing, 62321 387.46 × 50% = 193.73
        FacilityClaim asc = claim(FacilityType.ASC, 2026, "64483 64484x2 62321", "", "0");
        assertThat(asc.lines()).extracting(FacilityLine::allowed)
                .containsExactly(dollars("485.51"), dollars("0"), dollars("193.73"));
        assertThat(asc.lines().get(1).indicator()).isEqualTo("N1");
    }

    @Test
    void unitsAndBilateralCountAsProceduresInTheDiscount() {
        // HOPD 2025 64483 × 2 units: 890.29 + 445.145 = 1335.435 → 1335.44
        assertThat(claim(FacilityType.HOSPITAL_OUTPATIENT, 2025, "64483x2", "", "0").payment().allowed())
                .isEqualByComparingTo(dollars("1335.44"));
        // ASC 2025 64483-50: two procedures, 477.94 + 238.97 = 716.91
        FacilityClaim bilateral = claim(FacilityType.ASC, 2025, "64483+50", "", "0");
        assertThat(bilateral.payment().allowed()).isEqualByComparingTo(dollars("716.91"));
        assertThat(bilateral.lines().get(0).adjustments()).contains("bilateral (modifier 50): two procedures");
    }

    @Test
    void aHospitalLinesCoinsuranceIsCappedAtThePartADeductible() {
        // hand-made rate 10,000.00: 20% = 2,000.00 > the 2026 Part A deductible 1,736 → 1,736.00;
        // Medicare 10,000 − 1,736 = 8,264.00, after sequestration 8,098.72
        Map<String, FacilityRate> big = Map.of("62321", rate("62321", "T", "9999", "10000.00", "G2", "10000.00", true));
        FacilityClaim claim = FacilityPricer.claim(FacilityType.HOSPITAL_OUTPATIENT, lines("62321"), big,
                Optional.empty(), Optional.empty(), Money.ZERO, PART_A_2026, SEQUESTRATION, true);
        assertThat(claim.payment().coinsurance()).isEqualByComparingTo(dollars("1736.00"));
        assertThat(claim.payment().medicarePays()).isEqualByComparingTo(dollars("8264.00"));
        assertThat(claim.payment().medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("8098.72"));
        assertThat(claim.lines().get(0).adjustments()).contains("coinsurance capped at the Part A deductible ($1736.00)");
        // an ASC line has no such cap: 20% of 10,000 = 2,000.00
        FacilityClaim asc = FacilityPricer.claim(FacilityType.ASC, lines("62321"), big, Optional.empty(),
                Optional.empty(), Money.ZERO, PART_A_2026, SEQUESTRATION, true);
        assertThat(asc.payment().coinsurance()).isEqualByComparingTo(dollars("2000.00"));
    }

    @Test
    void theCapIsPerLineNotPerClaim() {
        // two hand-made lines of 9,000 (T, discounted): 9,000 and 4,500; coinsurance 1,800 → capped 1,736 and 900
        Map<String, FacilityRate> big = Map.of("62321", rate("62321", "T", "9999", "9000.00", "G2", "1", true),
                "64483", rate("64483", "T", "9999", "9000.00", "A2", "1", true));
        Payment p = FacilityPricer.claim(FacilityType.HOSPITAL_OUTPATIENT, lines("62321 64483"), big,
                Optional.empty(), Optional.empty(), Money.ZERO, PART_A_2026, SEQUESTRATION, true).payment();
        assertThat(p.allowed()).isEqualByComparingTo(dollars("13500.00"));
        assertThat(p.coinsurance()).isEqualByComparingTo(dollars("2636.00"));
    }

    @Test
    void notCoveredMedicarePaysNothingAndThePatientWouldOweTheAllowedAmount() {
        Payment p = FacilityPricer.claim(FacilityType.ASC, lines("62321"), rates(2026), Optional.empty(),
                Optional.empty(), dollars("283"), PART_A_2026, SEQUESTRATION, false).payment();
        assertThat(p.patientPays()).isEqualByComparingTo(dollars("387.46"));
        assertThat(p.medicarePays()).isEqualByComparingTo(dollars("0"));
        assertThat(p.deductibleApplied()).isEqualByComparingTo(dollars("0"));
    }

    @Test
    void aCodeWithoutARateOfTheFacilitysTypeIsRefused() {
        Map<String, FacilityRate> hospitalOnly = Map.of("62321", new FacilityRate("62321",
                Optional.of(new FacilityRate.Opps("T", Optional.of("5442"), new BigDecimal("721.17"))),
                Optional.empty()));
        assertThatThrownBy(() -> FacilityPricer.claim(FacilityType.ASC, lines("62321"), hospitalOnly,
                Optional.empty(), Optional.empty(), Money.ZERO, PART_A_2026, SEQUESTRATION, true))
                .isInstanceOf(UnsupportedRequestException.class).hasMessageContaining("No ASC rate");
        // J1 and J2 are priced since issue 19; status B (27096, 99213: the hospital reports another code) is not
        Map<String, FacilityRate> statusB = Map.of("27096", rate("27096", "B", null, "0", "G2", "1", true));
        assertThatThrownBy(() -> FacilityPricer.claim(FacilityType.HOSPITAL_OUTPATIENT, lines("27096"),
                statusB, Optional.empty(), Optional.empty(), Money.ZERO, PART_A_2026, SEQUESTRATION, true))
                .isInstanceOf(UnsupportedRequestException.class).hasMessageContaining("status B")
                .hasMessageContaining("reports another code");
    }

    // --- issue 19: the facility's claim coded as the facility bills it (docs/facility-rates.md) ---

    private static FacilityRate drug(String code, String si, String rate) {
        return new FacilityRate(code, Optional.of(new FacilityRate.Opps(si, Optional.empty(), new BigDecimal(rate))),
                Optional.empty());
    }

    private static Map<String, FacilityRate> encounter() {
        Map<String, FacilityRate> r = new java.util.HashMap<>(rates(2026));
        r.put("64635", rate("64635", "J1", "5431", "1995.02", "G2", "948.66", true));
        r.put("G0463", new FacilityRate("G0463", Optional.of(new FacilityRate.Opps("J2", Optional.empty(),
                new BigDecimal("136.02"))), Optional.empty()));
        r.put("J3300", drug("J3300", "G", "24.491")); // Addendum B 2026 January quarter
        r.put("J3301", drug("J3301", "N", "0.00"));
        return r;
    }

    private static FacilityClaim encounter(FacilityType type, String lines, String wi, Map<String, Percent> asp) {
        return FacilityPricer.coveredClaim(type, lines(lines).stream().map(CoveredLine::covered).toList(), encounter(),
                Optional.empty(), index(wi), Money.ZERO, PART_A_2026, SEQUESTRATION, asp);
    }

    @Test
    void aPassThroughDrugIsPaidSeparatelyPerUnitEvenOnAComprehensiveClaimWithItsInflationAdjustedCoinsurance() {
        // 64635 J1 1995.02 (one payment for the claim); J3300 G × 40 = 24.491 × 40 = 979.64, paid beside it.
        // allowed 1995.02 + 979.64 = 2974.66; deductible met.
        // coinsurance: 64635 20% × 1995.02 = 399.004 → 399.01 (a hospital's rounds up);
        //              J3300 3.892% × 979.64 = 38.1275888 → 38.13; total 437.14
        // Medicare 2974.66 − 437.14 = 2537.52; less 2%: 2537.52 × 0.98 = 2486.7696 → 2486.77
        FacilityClaim c = encounter(FacilityType.HOSPITAL_OUTPATIENT, "64635 J3300x40", "",
                Map.of("J3300", Percent.of("3.892")));
        assertThat(c.lines()).extracting(l -> l.line().code().value() + ":" + l.indicator() + "=" + l.allowed())
                .containsExactly("64635:J1=1995.02", "J3300:G=979.64");
        assertThat(c.lines().get(1).adjustments()).anyMatch(a -> a.contains("even on a comprehensive (J1) claim"))
                .anyMatch(a -> a.contains("3.892%"));
        Payment p = c.payment();
        assertThat(p.allowed()).isEqualByComparingTo(dollars("2974.66"));
        assertThat(p.coinsurance()).isEqualByComparingTo(dollars("437.14"));
        assertThat(p.medicarePays()).isEqualByComparingTo(dollars("2537.52"));
        assertThat(p.medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("2486.77"));
        // without the ASP file's percentage: 20% × 979.64 = 195.928 → 195.93; 399.01 + 195.93 = 594.94
        assertThat(encounter(FacilityType.HOSPITAL_OUTPATIENT, "64635 J3300x40", "", Map.of()).payment()
                .coinsurance()).isEqualByComparingTo(dollars("594.94"));
    }

    @Test
    void aDrugIsNotWageAdjustedNorReducedOffCampusAndAPackagedDrugPaysNothing() {
        // Austin 0.9721: 62321 721.17 × 0.98326 = 709.0976 → 709.10; J3300 × 2 = 48.982 → 48.98 (national: ASP + 6%)
        FacilityClaim c = encounter(FacilityType.HOSPITAL_OUTPATIENT, "62321 J3300x2 J3301x4", "0.9721", Map.of());
        assertThat(c.lines()).extracting(l -> l.line().code().value() + ":" + l.indicator() + "=" + l.allowed())
                .containsExactly("62321:T=709.10", "J3300:G=48.98", "J3301:N=0.00");
        // off campus: 721.17 × 0.40 = 288.468 → 288.47; the drug still 48.98
        assertThat(encounter(FacilityType.HOSPITAL_OUTPATIENT_OFF_CAMPUS, "62321 J3300x2", "", Map.of()).lines())
                .extracting(FacilityLine::allowed).containsExactly(dollars("288.47"), dollars("48.98"));
    }

    @Test
    void anAscPaysAPassThroughDrugAsK2AtTheOppsRateAndPackagesAStatusNDrug() {
        // Addendum AA has no drugs (Addendum BB is not in the shared data): K2 is paid at the OPPS rate.
        // 62321 387.46 + J3300 × 40 979.64 = 1367.10; coinsurance (ASC, half-up): 20% × 387.46 = 77.492 → 77.49;
        // 3.892% × 979.64 = 38.1275888 → 38.13; 115.62
        FacilityClaim c = encounter(FacilityType.ASC, "62321 J3300x40 J3301", "", Map.of("J3300",
                Percent.of("3.892")));
        assertThat(c.lines()).extracting(l -> l.line().code().value() + ":" + l.indicator() + "=" + l.allowed())
                .containsExactly("62321:G2=387.46", "J3300:K2=979.64", "J3301:N1=0.00");
        assertThat(c.payment().allowed()).isEqualByComparingTo(dollars("1367.10"));
        assertThat(c.payment().coinsurance()).isEqualByComparingTo(dollars("115.62"));
    }

    @Test
    void aHospitalClinicVisitG0463IsPaidAtItsOwnRateBesideAProcedureAndPackagedIntoAComprehensiveLine() {
        // 62321 T 721.17 + G0463-25 J2 136.02 (not discounted) = 857.19; coinsurance 20% × 721.17 = 144.234 →
        // 144.24 (rounded up), 20% × 136.02 = 27.204 → 27.21: 171.45
        FacilityClaim c = encounter(FacilityType.HOSPITAL_OUTPATIENT, "62321 G0463+25", "", Map.of());
        assertThat(c.lines()).extracting(l -> l.line().code().value() + ":" + l.indicator() + "=" + l.allowed())
                .containsExactly("62321:T=721.17", "G0463:J2=136.02");
        assertThat(c.payment().allowed()).isEqualByComparingTo(dollars("857.19"));
        assertThat(c.payment().coinsurance()).isEqualByComparingTo(dollars("171.45"));
        // beside an RFA (J1): packaged into the comprehensive payment: 1995.02
        FacilityClaim rfa = encounter(FacilityType.HOSPITAL_OUTPATIENT, "64635 G0463+25", "", Map.of());
        assertThat(rfa.lines()).extracting(FacilityLine::allowed).containsExactly(dollars("1995.02"), Money.ZERO);
    }
}
