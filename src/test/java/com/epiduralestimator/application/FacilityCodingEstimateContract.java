package com.epiduralestimator.application;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.cmsdata.BundledEdits;
import com.epiduralestimator.domain.Assignment;
import com.epiduralestimator.domain.Documentation;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.FacilityClaim;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ImagingGuidance;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.Payment;
import com.epiduralestimator.domain.PricedLine;
import com.epiduralestimator.domain.Purpose;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.Supplemental;
import com.epiduralestimator.domain.UnsupportedRequestException;
import com.epiduralestimator.domain.rules.CoverageChecks;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 19: the facility's claim coded as the facility bills it (docs/facility-rates.md, "Coding the facility's
 * claim"), through the estimate use case with the fee schedule, the facility rates (Addendum B and AA, read from the
 * bundled every-code files) and the sessions in the store of the subclass. Date of service 2026-03-02 (Addendum B's
 * January quarter: J3300 $24.491 per mg), national, deductible met unless said.
 * Physician's facility amounts (CF 33.4009): 62321 1.90 + 0.78 + 0.18 = 2.86 → 95.53; 64479 2.23 + 1.06 + 0.20 =
 * 3.49 → 116.57; 99213 1.30 + 0.33 + 0.09 = 1.72 → 57.45; 27096 1.44 + 0.63 + 0.14 = 2.21 → 73.82;
 * 64635 3.24 + 1.65 + 0.29 = 5.18 → 173.02.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FacilityCodingEstimateContract {
    static final LocalDate D = LocalDate.parse("2026-03-02");
    private static final Documentation COMPLETE = new Documentation(Optional.of(6), Optional.of(8),
            Optional.of(new BigDecimal("7")), Optional.of(true), Optional.of(2), Optional.of(new BigDecimal("60")),
            Optional.of(16));
    static final ScheduleData Y2026 = new ScheduleData(TestSchedules.PARAMETERS_2026, List.of(
            TestSchedules.row("62321", "1.90", "6.20", "0.78", "0.18", 2, 9),
            TestSchedules.row("64479", "2.23", "6.11", "1.06", "0.20", 2, 1),
            TestSchedules.row("99213", "1.30", "1.46", "0.33", "0.09", 0, 9),
            TestSchedules.row("27096", "1.44", "3.68", "0.63", "0.14", 2, 1),
            TestSchedules.row("64635", "3.24", "10.39", "1.65", "0.29", 2, 1),
            TestSchedules.row("77003", "0.60", "2.20", "0.22", "0.04", 0, 0),
            TestSchedules.row("64483", "1.85", "5.91", "0.96", "0.17", 2, 1),
            TestSchedules.row("64493", "1.48", "4.08", "0.82", "0.14", 2, 1)),
            List.of(TestSchedules.SAN_FRANCISCO), List.of(), List.of(), List.of());
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final Optional<FacilityType> HOSPITAL = Optional.of(FacilityType.HOSPITAL_OUTPATIENT);
    private static final Optional<FacilityType> ASC = Optional.of(FacilityType.ASC);
    private static final Optional<Purpose> THERAPEUTIC = Optional.of(Purpose.THERAPEUTIC);
    private static final Optional<Purpose> DIAGNOSTIC = Optional.of(Purpose.DIAGNOSTIC);
    private EstimateService service;
    private SessionRecorder recorder;

    protected abstract FeeSchedule feesLoadedWith(List<ScheduleData> years);

    protected abstract FacilitySchedule facilitiesLoadedWith(List<FacilityData> years);

    protected abstract SessionLedger newLedger();

    @BeforeAll
    void wire() {
        ClaimEditsCatalog edits = new ClaimEditsCatalog(new BundledEdits(), EditSource.NONE);
        SessionLedger ledger = newLedger();
        PatientKeys keys = new PatientKeys(SECRET, Set.of());
        recorder = new SessionRecorder(ledger, keys, java.time.Clock.fixed(java.time.Instant.parse(
                "2026-03-01T12:00:00Z"), java.time.ZoneOffset.UTC), 7);
        service = new EstimateService(new FeeLookup(feesLoadedWith(List.of(Y2026))), ledger,
                keys, new CoverageChecks(SupportingDiagnosesResource.load(), edits),
                new WholeBillService(facilitiesLoadedWith(FamiliesEstimateContract.withCodes(
                        FamiliesEstimateContract.FACILITY_CODES)), edits));
    }

    private EstimateResult withDeductible(String deductible, Optional<FacilityType> facility,
                                          Optional<Purpose> purpose, String... lines) {
        return estimate("MRN-" + UUID.randomUUID(), deductible, facility, purpose, lines);
    }

    private EstimateResult estimate(String patient, String deductible, Optional<FacilityType> facility,
                                    Optional<Purpose> purpose, String... lines) {
        EstimateInput input = new EstimateInput(D, Setting.FACILITY,
                Arrays.stream(lines).map(ClaimsEstimateContract::line).toList(), Optional.empty(),
                Optional.of(ImagingGuidance.FLUOROSCOPY), false, purpose, Optional.empty(),
                List.of("M54.16", "M47.816"), Participation.PARTICIPATING, Optional.of(dollars(deductible)), COMPLETE,
                Assignment.ACCEPTED);
        BillOptions bill = new BillOptions(facility, Optional.empty(), Optional.empty(), Supplemental.NONE,
                Optional.empty(), Optional.empty());
        return service.estimate("clinic-a", patient, input, Optional.empty(), Optional.empty(),
                false, List.of(), bill);
    }

    private EstimateResult estimate(Optional<FacilityType> facility, Optional<Purpose> purpose, String... lines) {
        return withDeductible("0", facility, purpose, lines);
    }

    private static FacilityClaim facility(EstimateResult r) {
        return r.bill().facility().orElseThrow();
    }

    /** "code-modifiers xunits:indicator=allowed" per facility line. */
    private static List<String> facilityLines(EstimateResult r) {
        return facility(r).lines().stream().map(l -> l.line().code() + String.join("", l.line().modifiers().stream()
                .map(m -> "-" + m).toList()) + "x" + l.line().units() + ":" + l.indicator() + "=" + l.allowed())
                .toList();
    }

    private static List<String> physicianLines(EstimateResult r) {
        return r.lines().stream().map(PricedLine::line).map(l -> l.code() + String.join("", l.modifiers().stream()
                .map(m -> "-" + m).toList())).toList();
    }

    private static List<String> codes(EstimateResult r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    @Test
    void aSacroiliacInjectionInAHospitalIsThePhysicians27096AndTheHospitalsG0260() {
        // Before issue 19 the physician's 27096 reached the hospital's claim: OPPS status B, a 422.
        // physician 27096 at its facility amount 73.82; hospital G0260 T (APC 5442) 721.17;
        // hospital coinsurance 20% × 721.17 = 144.234 → 144.24 (rounded up)
        EstimateResult r = estimate(HOSPITAL, THERAPEUTIC, "27096");
        assertThat(r.eligible()).isTrue();
        assertThat(physicianLines(r)).containsExactly("27096");
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("73.82"));
        assertThat(facilityLines(r)).containsExactly("G0260x1:T=721.17");
        assertThat(facility(r).payment().coinsurance()).isEqualByComparingTo(dollars("144.24"));
        assertThat(r.assumptions()).anyMatch(a -> a.contains("27096 as G0260"));
    }

    @Test
    void aBilateralSacroiliacInjectionIsG0260With50InAHospitalAndRtAndLtInAnAsc() {
        // physician 27096-50: 150% × 73.82 = 110.73
        // hospital G0260-50, status T: two procedures, 721.17 + 50% × 721.17 = 1081.755 → 1081.76
        EstimateResult hospital = estimate(HOSPITAL, THERAPEUTIC, "27096+RT", "27096+LT");
        assertThat(physicianLines(hospital)).containsExactly("27096-50");
        assertThat(hospital.payment().allowed()).isEqualByComparingTo(dollars("110.73"));
        assertThat(facilityLines(hospital)).containsExactly("G0260-50x1:T=1081.76");
        // ASC (Addendum AA, A2 387.46, discounted): RT 387.46 + LT 50% = 193.73; 581.19;
        // coinsurance 20% × 387.46 = 77.492 → 77.49, 20% × 193.73 = 38.746 → 38.75: 116.24
        EstimateResult asc = estimate(ASC, THERAPEUTIC, "27096+50");
        assertThat(facilityLines(asc)).containsExactly("G0260-RTx1:A2=387.46", "G0260-LTx1:A2=193.73");
        assertThat(facility(asc).payment().allowed()).isEqualByComparingTo(dollars("581.19"));
        assertThat(facility(asc).payment().coinsurance()).isEqualByComparingTo(dollars("116.24"));
    }

    @Test
    void aVisitInAHospitalIsTheHospitalsG0463PaidAtItsRateAndAnAscBillsNoVisit() {
        // physician: 62321 95.53 + 99213-25 57.45 = 152.98 (facility amounts)
        // hospital: 62321 T 721.17 + G0463-25 J2 136.02 (paid by its own APC, not discounted) = 857.19;
        // coinsurance 20% × 721.17 = 144.234 → 144.24, 20% × 136.02 = 27.204 → 27.21: 171.45;
        // Medicare 857.19 − 171.45 = 685.74, less 2%: 672.0252 → 672.03
        EstimateResult hospital = estimate(HOSPITAL, Optional.empty(), "62321", "99213+25");
        assertThat(physicianLines(hospital)).containsExactly("62321", "99213-25");
        assertThat(hospital.payment().allowed()).isEqualByComparingTo(dollars("152.98"));
        assertThat(facilityLines(hospital)).containsExactly("62321x1:T=721.17", "G0463-25x1:J2=136.02");
        // G0463's APC: the clinic-visit APC 5012 (the APC rates file's one APC at 136.02), not null
        assertThat(facility(hospital).lines().get(1).apc()).contains("5012");
        Payment p = facility(hospital).payment();
        assertThat(p.allowed()).isEqualByComparingTo(dollars("857.19"));
        assertThat(p.coinsurance()).isEqualByComparingTo(dollars("171.45"));
        assertThat(p.medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("672.03"));
        assertThat(hospital.assumptions()).anyMatch(a -> a.contains("G0463"));
        // ASC: no visit line; the physician's visit stays on the physician's claim at the facility amount
        EstimateResult asc = estimate(ASC, Optional.empty(), "62321", "99213+25");
        assertThat(physicianLines(asc)).containsExactly("62321", "99213-25");
        assertThat(asc.payment().allowed()).isEqualByComparingTo(dollars("152.98"));
        assertThat(facilityLines(asc)).containsExactly("62321x1:G2=387.46");
        assertThat(asc.assumptions()).anyMatch(a -> a.contains("An ASC bills no visit"));
    }

    @Test
    void aPassThroughDrugIsPaidSeparatelyOnAHospitalsComprehensiveRfaClaimWithItsInflationAdjustedCoinsurance() {
        // physician: 64635 173.02; the drug is not on the physician's claim (the hospital supplies and bills it)
        // hospital: 64635 J1 1995.02 (one payment for the claim); J3300 G × 40 = 24.491 × 40 = 979.64, paid beside it
        // allowed 2974.66; coinsurance 20% × 1995.02 = 399.004 → 399.01 (rounded up) + 3.892% × 979.64 =
        // 38.1275888 → 38.13 = 437.14 (ASP file 2025Q4, the newest); Medicare 2974.66 − 437.14 = 2537.52,
        // less 2%: 2537.52 × 0.98 = 2486.7696 → 2486.77
        EstimateResult r = estimate(HOSPITAL, Optional.empty(), "64635", "J3300x40");
        assertThat(physicianLines(r)).containsExactly("64635");
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("173.02"));
        assertThat(facilityLines(r)).containsExactly("64635x1:J1=1995.02", "J3300x40:G=979.64");
        Payment p = facility(r).payment();
        assertThat(p.allowed()).isEqualByComparingTo(dollars("2974.66"));
        assertThat(p.coinsurance()).isEqualByComparingTo(dollars("437.14"));
        assertThat(p.medicarePays()).isEqualByComparingTo(dollars("2537.52"));
        assertThat(p.medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("2486.77"));
        assertThat(r.assumptions()).anyMatch(a -> a.contains("J3300 (G)") && a.contains("3.892%")
                && a.contains("2025Q4"));
    }

    @Test
    void theDeductibleLeftByThePhysiciansClaimIsTakenLineByLineBeforeTheDrugsCoinsurance() {
        // deductible 283: the physician's claim takes 173.02 (64635), leaving 109.98 for the hospital's claim,
        // applied to its first line: 64635 coinsurance 20% × (1995.02 − 109.98) = 20% × 1885.04 = 377.008 → 377.01;
        // J3300 3.892% × 979.64 = 38.13; patient 109.98 + 377.01 + 38.13 = 525.12;
        // Medicare 2974.66 − 525.12 = 2449.54, less 2%: 2400.5492 → 2400.55
        EstimateResult r = withDeductible("283", HOSPITAL, Optional.empty(), "64635", "J3300x40");
        Payment p = facility(r).payment();
        assertThat(p.deductibleApplied()).isEqualByComparingTo(dollars("109.98"));
        assertThat(p.coinsurance()).isEqualByComparingTo(dollars("415.14"));
        assertThat(p.patientPays()).isEqualByComparingTo(dollars("525.12"));
        assertThat(p.medicarePays()).isEqualByComparingTo(dollars("2449.54"));
        assertThat(p.medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("2400.55"));
    }

    @Test
    void inAnAscThePassThroughDrugIsK2AtTheOppsRate() {
        // ASC: 64635 G2 948.66 + J3300 K2 × 40 979.64 = 1928.30; coinsurance 20% × 948.66 = 189.732 → 189.73,
        // 3.892% × 979.64 → 38.13: 227.86; Medicare 1928.30 − 227.86 = 1700.44, less 2%: 1666.4312 → 1666.43
        EstimateResult r = estimate(ASC, Optional.empty(), "64635", "J3300x40");
        assertThat(facilityLines(r)).containsExactly("64635x1:G2=948.66", "J3300x40:K2=979.64");
        Payment p = facility(r).payment();
        assertThat(p.allowed()).isEqualByComparingTo(dollars("1928.30"));
        assertThat(p.coinsurance()).isEqualByComparingTo(dollars("227.86"));
        assertThat(p.medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("1666.43"));
    }

    @Test
    void statusNDrugsArePackagedShownAsCoveredLinesAtZero() {
        // J3301, J1100, J1010 (2026: N) are packaged: lines at $0, covered; the claim is 62321's 721.17 alone
        // (imaging guidance 77003 is the physician's only: the facility packages it)
        EstimateResult hospital = estimate(HOSPITAL, Optional.empty(), "62321", "77003", "J3301x4", "J1100x10",
                "J1010x40");
        assertThat(facilityLines(hospital)).containsExactly("62321x1:T=721.17", "J3301x4:N=0.00",
                "J1100x10:N=0.00", "J1010x40:N=0.00");
        assertThat(facility(hospital).lines()).allMatch(l -> l.covered());
        assertThat(facility(hospital).payment().allowed()).isEqualByComparingTo(dollars("721.17"));
        EstimateResult asc = estimate(ASC, Optional.empty(), "62321", "J3301x4");
        assertThat(facilityLines(asc)).containsExactly("62321x1:G2=387.46", "J3301x4:N1=0.00");
        assertThat(facility(asc).payment().allowed()).isEqualByComparingTo(dollars("387.46"));
    }

    @Test
    void theHospitalsClaimIsEditedWithTheHospitalNcciTableAndAnAscsWithThePractitioners() {
        // 62321 + 64479 is a pair of the practitioner PTP table only (modifier indicator 1, no 59 here): the
        // physician's claim loses 64479 (NCCI-PTP, the provider's liability), and so does the ASC's (CMS applies
        // the practitioner edits to ASCs); the hospital's table has no such pair: both lines stay.
        // hospital: 64479 T 903.63 at 100%, 62321 T 721.17 at 50% = 360.585 → 360.59; 1264.22;
        // coinsurance 20% × 360.59 = 72.118 → 72.12, 20% × 903.63 = 180.726 → 180.73: 252.85
        EstimateResult hospital = estimate(HOSPITAL, Optional.empty(), "62321", "64479");
        assertThat(codes(hospital)).contains("NCCI-PTP");
        assertThat(physicianLines(hospital)).containsExactly("62321");
        assertThat(hospital.payment().allowed()).isEqualByComparingTo(dollars("95.53"));
        assertThat(facilityLines(hospital)).containsExactly("62321x1:T=360.59", "64479x1:T=903.63");
        assertThat(facility(hospital).payment().allowed()).isEqualByComparingTo(dollars("1264.22"));
        assertThat(facility(hospital).payment().coinsurance()).isEqualByComparingTo(dollars("252.85"));
        assertThat(hospital.assumptions()).anyMatch(a -> a.contains("hospital NCCI") && a.contains("64479"));
        EstimateResult asc = estimate(ASC, Optional.empty(), "62321", "64479");
        assertThat(facilityLines(asc)).containsExactly("62321x1:G2=387.46");
        assertThat(facility(asc).payment().allowed()).isEqualByComparingTo(dollars("387.46"));
    }

    @Test
    void aCodeOnlyTheFacilityBillsIsRefusedNamingWhatToSend() {
        // the request describes what was done in the physician's codes; G0463 and G0260 are the facility's
        assertThatThrownBy(() -> estimate(HOSPITAL, Optional.empty(), "62321", "G0463"))
                .isInstanceOf(UnsupportedRequestException.class).hasMessageContaining("99202-99215")
                .extracting(e -> ((UnsupportedRequestException) e).field()).isEqualTo("lines");
        assertThatThrownBy(() -> estimate(ASC, THERAPEUTIC, "G0260"))
                .isInstanceOf(UnsupportedRequestException.class).hasMessageContaining("send 27096")
                .extracting(e -> ((UnsupportedRequestException) e).rule()).isEqualTo("FACILITY-CODE");
    }

    @Test
    void aLaterDayVisitInAnRfasGlobalPeriodLeavesThePhysiciansClaimButStaysOnTheHospitals() {
        // an RFA on 2026-02-25 by this practice: on 2026-03-02 (day 5 of its 10-day global period) the physician's
        // visit is included (GLOBAL-VISIT, priced without it) and the ESI carries 79 (GLOBAL-79); OPPS has no global
        // package: the hospital's claim keeps its clinic visit. physician: 62321-79 95.53; hospital: 62321 T
        // 721.17 + G0463-25 J2 136.02 = 857.19
        String patient = "MRN-" + UUID.randomUUID();
        assertThat(recorder.record("clinic-a", patient, LocalDate.parse("2026-02-25"),
                List.of(ClaimsEstimateContract.line("64635")), PerformedBy.THIS_PRACTICE, Optional.empty(), "test")
                .created()).isTrue();
        EstimateResult r = estimate(patient, "0", HOSPITAL, Optional.empty(), "62321", "99213+25");
        assertThat(codes(r)).contains("GLOBAL-VISIT", "GLOBAL-79");
        assertThat(physicianLines(r)).containsExactly("62321-79");
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("95.53"));
        assertThat(facilityLines(r)).containsExactly("62321x1:T=721.17", "G0463-25x1:J2=136.02");
        assertThat(facility(r).payment().allowed()).isEqualByComparingTo(dollars("857.19"));
        assertThat(facility(r).lines()).allMatch(l -> l.covered());
    }

    @Test
    void aVisitTheRfasGlobalPeriodDropsIsNotSaidToBeDeniedByThePractitionersTable() {
        // the reviewer's case five days after the RFA (there 2026-02-20 → 02-25; here 02-25 → 03-02): 64483 +
        // 99213-25 in a hospital. The physician's claim loses the visit by GLOBAL-VISIT (the RFA's global period), not
        // by the practitioner's NCCI table (64483 + 99213-25 is allowed with 25); G0463 is never the physician's.
        String patient = "MRN-" + UUID.randomUUID();
        assertThat(recorder.record("clinic-a", patient, LocalDate.parse("2026-02-25"),
                List.of(ClaimsEstimateContract.line("64635")), PerformedBy.THIS_PRACTICE, Optional.empty(), "test")
                .created()).isTrue();
        EstimateResult r = estimate(patient, "0", HOSPITAL, Optional.empty(), "64483", "99213+25");
        assertThat(codes(r)).contains("GLOBAL-VISIT").doesNotContain("NCCI-PTP");
        assertThat(physicianLines(r)).containsExactly("64483-79");
        assertThat(facility(r).lines()).extracting(l -> l.line().code().value()).containsExactly("64483", "G0463");
        assertThat(r.assumptions()).noneMatch(a -> a.contains("practitioner's table"))
                .noneMatch(a -> a.contains("denied on the physician's claim"));
        // the hospital does bill its clinic visit: that note stays
        assertThat(r.assumptions()).anyMatch(a -> a.contains("The hospital bills its clinic visit as G0463"));
    }

    @Test
    void aVisitEm25DropsFromBothClaimsHasNoG0463Note() {
        // 64493 (diagnostic, KX) + 99213 without 25: EM-25 drops the visit from the physician's claim and the
        // hospital's; the response must not describe a G0463 "paid at its own rate" that is on no claim
        EstimateResult r = estimate(HOSPITAL, DIAGNOSTIC, "64493+KX", "99213");
        assertThat(codes(r)).contains("EM-25");
        assertThat(physicianLines(r)).containsExactly("64493-KX");
        assertThat(facility(r).lines()).extracting(l -> l.line().code().value()).containsExactly("64493");
        assertThat(r.assumptions()).noneMatch(a -> a.contains("G0463"));
    }

    @Test
    void anAscSaysItBillsNoVisitOnlyWhenTheVisitIsOnThePhysiciansClaim() {
        // 64493 (diagnostic, KX) + 99213 without 25 in an ASC: EM-25 drops the visit from the physician's claim, so no
        // claim has it and nothing is to say of who bills it
        EstimateResult r = estimate(ASC, DIAGNOSTIC, "64493+KX", "99213");
        assertThat(codes(r)).contains("EM-25");
        assertThat(physicianLines(r)).containsExactly("64493-KX");
        assertThat(facility(r).lines()).extracting(l -> l.line().code().value()).containsExactly("64493");
        assertThat(r.assumptions()).noneMatch(a -> a.contains("An ASC bills no visit"));
        // with 25 the visit is the physician's: said (as in aVisitInAHospitalIsTheHospitalsG0463...)
        assertThat(estimate(ASC, DIAGNOSTIC, "64493+KX", "99213+25").assumptions())
                .anyMatch(a -> a.startsWith("An ASC bills no visit: a visit (99213) is the physician's to bill only"));
    }
}
