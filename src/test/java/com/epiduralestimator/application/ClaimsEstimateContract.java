package com.epiduralestimator.application;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.cmsdata.BundledFacility;
import com.epiduralestimator.domain.Assignment;
import com.epiduralestimator.domain.DeclaredRegion;
import com.epiduralestimator.domain.Documentation;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.FacilityClaim;
import com.epiduralestimator.domain.FacilityLine;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.ImagingGuidance;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.PricedLine;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.SpinalRegion;
import com.epiduralestimator.domain.Supplemental;
import com.epiduralestimator.domain.UnsupportedRequestException;
import com.epiduralestimator.domain.rules.CoverageChecks;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 18, the estimate engine: line-level coverage, spinal levels, each claim coded for its payer, the modifiers
 * that do not belong, rounding, and the supplement's assumptions, through the estimate use case with the fee
 * schedule, the facility data and the session ledger of the subclass's store. CY2026 national rows of CMS's
 * PPRRVU2026_Jul (CF 33.4009): non-facility 62321 8.28 → 276.56, 62323 8.18 → 273.22, 64479 8.54 → 285.24,
 * 64483 7.93 → 264.87, 64484 3.52 → 117.57, 99213 2.85 → 95.19; facility 64483 2.98 → 99.53, 64484 1.31 → 43.76.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ClaimsEstimateContract {
    private static final Documentation COMPLETE = new Documentation(Optional.of(6), Optional.of(8),
            Optional.of(new BigDecimal("7")), Optional.of(true), Optional.of(2), Optional.of(new BigDecimal("60")),
            Optional.of(16));
    static final ScheduleData Y2026 = new ScheduleData(TestSchedules.PARAMETERS_2026, List.of(
            TestSchedules.row("62321", "1.90", "6.20", "0.78", "0.18", 2, 9),
            TestSchedules.row("62323", "1.76", "6.25", "0.74", "0.17", 2, 9),
            TestSchedules.row("64479", "2.23", "6.11", "1.06", "0.20", 2, 1),
            TestSchedules.row("64480", "1.17", "3.00", "0.31", "0.11", 0, 1),
            TestSchedules.row("64483", "1.85", "5.91", "0.96", "0.17", 2, 1),
            TestSchedules.row("64484", "0.98", "2.46", "0.25", "0.08", 0, 1),
            TestSchedules.row("99213", "1.30", "1.46", "0.33", "0.09", 0, 9)),
            List.of(TestSchedules.SAN_FRANCISCO), List.of(), List.of(), List.of());
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private EstimateService service;
    private SessionLedger ledger;
    private PatientKeys keys;

    protected abstract FeeSchedule feesLoadedWith(List<ScheduleData> years);

    protected abstract FacilitySchedule facilitiesLoadedWith(List<FacilityData> years);

    protected abstract SessionLedger newLedger();

    @BeforeAll
    void wire() {
        ledger = newLedger();
        keys = new PatientKeys(SECRET, Set.of());
        service = new EstimateService(new FeeLookup(feesLoadedWith(List.of(Y2026))), ledger, keys,
                new CoverageChecks(SupportingDiagnosesResource.load(),
                        new ClaimEditsCatalog(new com.epiduralestimator.cmsdata.BundledEdits(), EditSource.NONE)),
                new WholeBillService(facilitiesLoadedWith(BundledFacility.loadAll())));
    }

    /** "64483+RT+LT@T12-L1" = code, modifiers after +, levels after @ (comma-separated); "x2" for units. */
    static SessionLine line(String spec) {
        String[] at = spec.split("@");
        String[] parts = at[0].split("\\+");
        String[] codeUnits = parts[0].split("x");
        return new SessionLine(new HcpcsCode(codeUnits[0]), codeUnits.length > 1 ? Integer.parseInt(codeUnits[1]) : 1,
                Arrays.asList(parts).subList(1, parts.length),
                at.length > 1 ? List.of(at[1].split(",")) : List.of());
    }

    private static EstimateInput input(Setting setting, DeclaredRegion region, String... lines) {
        return new EstimateInput(LocalDate.parse("2026-03-02"), setting,
                Arrays.stream(lines).map(ClaimsEstimateContract::line).toList(), Optional.ofNullable(region),
                Optional.of(ImagingGuidance.FLUOROSCOPY), false, Optional.empty(), Optional.empty(),
                List.of("M54.12", "M54.16"), Participation.PARTICIPATING, Optional.of(dollars("0")), COMPLETE,
                Assignment.ACCEPTED);
    }

    private EstimateResult estimate(String patient, EstimateInput input, Optional<FacilityType> facility,
                                    Supplemental plan) {
        BillOptions bill = new BillOptions(facility, Optional.empty(), Optional.empty(), plan, Optional.empty(),
                Optional.empty());
        return service.estimate("clinic-a", patient, input, Optional.empty(), Optional.empty(), false, List.of(), bill);
    }

    private EstimateResult office(String... lines) {
        return estimate("MRN-" + UUID.randomUUID(), input(Setting.NON_FACILITY, null, lines), Optional.empty(),
                Supplemental.NONE);
    }

    private static List<String> coverage(List<PricedLine> lines) {
        return lines.stream().map(l -> l.line().code() + ":" + l.notCoveredBy().orElse("covered")).toList();
    }

    private static List<String> coded(List<FacilityLine> lines) {
        return lines.stream().map(l -> l.line().code() + String.join("", l.line().modifiers().stream()
                .map(m -> "-" + m).toList()) + "=" + l.allowed()).toList();
    }

    @Test
    void twoRegionsInOneRequestCoverTheFirstAndBillTheSecondOnlyUnderAnAbn() {
        // was a 422: 62321 covered at 100% (no MPPR beside a line not covered) = 276.56; 62323 alone at 273.22
        EstimateResult r = office("62321", "62323");
        assertThat(r.eligible()).isTrue();
        assertThat(r.region()).isEqualTo(SpinalRegion.CERVICAL_THORACIC);
        assertThat(coverage(r.lines())).containsExactly("62321:covered", "62323:FREQ-ONE-REGION");
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("276.56"));
        assertThat(r.notCovered()).isEqualByComparingTo(dollars("273.22"));
        // 20% × 276.56 = 55.312 → 55.31; Medicare 221.25 × 0.98 = 216.825 → 216.83
        assertThat(r.payment().coinsurance()).isEqualByComparingTo(dollars("55.31"));
        assertThat(r.payment().medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("216.83"));
        assertThat(r.findings()).extracting(Finding::code).contains("FREQ-ONE-REGION", "ABN");
    }

    @Test
    void acrossRequestsTheRegionRecordedFirstOnTheDayStaysCovered() {
        String patient = "MRN-" + UUID.randomUUID();
        LocalDate d = LocalDate.parse("2026-03-02");
        Instant t1 = Instant.parse("2026-03-02T15:00:00Z");
        new SessionRecorder(ledger, keys, Clock.fixed(t1, ZoneOffset.UTC), 7)
                .record("clinic-a", patient, d, List.of(line("62321")), PerformedBy.THIS_PRACTICE, "test");
        new SessionRecorder(ledger, keys, Clock.fixed(t1.plusSeconds(600), ZoneOffset.UTC), 7)
                .record("clinic-a", patient, d, List.of(line("62323")), PerformedBy.THIS_PRACTICE, "test");
        // was: both not covered, the patient billed 276.56 + 273.22 under an ABN
        EstimateResult first = estimate(patient, input(Setting.NON_FACILITY, null, "62321"), Optional.empty(),
                Supplemental.NONE);
        assertThat(first.eligible()).isTrue();
        assertThat(first.findings()).extracting(Finding::code).doesNotContain("FREQ-ONE-REGION", "ABN");
        assertThat(first.payment().allowed()).isEqualByComparingTo(dollars("276.56"));
        EstimateResult second = estimate(patient, input(Setting.NON_FACILITY, null, "62323"), Optional.empty(),
                Supplemental.NONE);
        assertThat(second.eligible()).isFalse();
        assertThat(coverage(second.lines())).containsExactly("62323:FREQ-ONE-REGION");
        assertThat(second.payment().patientPays()).isEqualByComparingTo(dollars("273.22"));
        assertThat(second.notCovered()).isEqualByComparingTo(dollars("273.22"));
        // Which sessions count: the lumbar session not covered on 2026-03-02 still counts toward the cap
        EstimateInput later = new EstimateInput(LocalDate.parse("2026-04-01"), Setting.NON_FACILITY,
                List.of(line("62323")), Optional.empty(), Optional.of(ImagingGuidance.FLUOROSCOPY), false,
                Optional.empty(), Optional.empty(), List.of("M54.16"), Participation.PARTICIPATING,
                Optional.of(dollars("0")), COMPLETE, Assignment.ACCEPTED);
        EstimateResult next = estimate(patient, later, Optional.empty(), Supplemental.NONE);
        assertThat(next.frequency().priorSessions()).isEqualTo(1);
        assertThat(next.assumptions()).anyMatch(a -> a.contains("2026-03-02 was the second region of its day, not"
                + " covered, and is counted"));
    }

    @Test
    void theFacilitysLinesCarryTheCoverageOfThePhysiciansLines() {
        // hospital, national: 62321 T 721.17 covered (alone at 100%); 62323 T 721.17 not covered, its own rate;
        // coinsurance 20% × 721.17 = 144.234 → 144.24 (a hospital's rounds up). Physician (facility rates):
        // 62321 2.86 × 33.4009 = 95.53 covered; 62323 2.67 × 33.4009 = 89.18 not covered
        EstimateResult r = estimate("MRN-" + UUID.randomUUID(), input(Setting.FACILITY, null, "62321", "62323"),
                Optional.of(FacilityType.HOSPITAL_OUTPATIENT), Supplemental.NONE);
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("95.53"));
        assertThat(r.notCovered()).isEqualByComparingTo(dollars("89.18"));
        FacilityClaim h = r.bill().facility().orElseThrow();
        assertThat(h.lines()).extracting(l -> l.line().code() + ":" + l.notCoveredBy().orElse("covered"))
                .containsExactly("62321:covered", "62323:FREQ-ONE-REGION");
        assertThat(h.payment().allowed()).isEqualByComparingTo(dollars("721.17"));
        assertThat(h.payment().coinsurance()).isEqualByComparingTo(dollars("144.24"));
        assertThat(h.notCovered()).isEqualByComparingTo(dollars("721.17"));
        // the whole bill: 95.53 + 721.17 allowed; 89.18 + 721.17 = 810.35 only with an ABN
        assertThat(r.bill().total().allowed()).isEqualByComparingTo(dollars("816.70"));
    }

    @Test
    void theCapDeniesTheSessionsLinesNotAVisitBesideThem() {
        String patient = "MRN-" + UUID.randomUUID();
        SessionRecorder recorder = new SessionRecorder(ledger, keys,
                Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC), 7);
        for (String date : List.of("2025-04-01", "2025-07-01", "2025-10-01", "2026-01-05")) {
            recorder.record("clinic-a", patient, LocalDate.parse(date), List.of(line("62321")),
                    PerformedBy.THIS_PRACTICE, "test");
        }
        // 4 prior cervical sessions: 62321 is FREQ-CAP (276.56 with an ABN); 99213-25 stays covered, 95.19
        EstimateResult r = estimate(patient, input(Setting.NON_FACILITY, null, "62321", "99213+25"),
                Optional.empty(), Supplemental.NONE);
        assertThat(coverage(r.lines())).containsExactly("62321:FREQ-CAP", "99213:covered");
        assertThat(r.eligible()).isTrue();
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("95.19"));
        assertThat(r.notCovered()).isEqualByComparingTo(dollars("276.56"));
    }

    @Test
    void aThirdTransforaminalLevelIsALineNotCoveredNotDropped() {
        // 64483 264.87 + 64484 117.57 covered = 382.44; the third level 64484 x1 at 117.57 under an ABN
        EstimateResult r = office("64483", "64484x2");
        assertThat(coverage(r.lines())).containsExactly("64483:covered", "64484:covered", "64484:LEVELS");
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("382.44"));
        assertThat(r.notCovered()).isEqualByComparingTo(dollars("117.57"));
        assertThat(r.findings()).extracting(Finding::code).contains("LEVELS").doesNotContain("UNITS");
    }

    @Test
    void levelsDecideTheRegionAtT12L1() {
        // 64483 at T12-L1 is 64479 (A58993): 285.24, not 264.87, and counted cervical-thoracic
        EstimateResult fixed = estimate("MRN-" + UUID.randomUUID(),
                input(Setting.NON_FACILITY, DeclaredRegion.LUMBAR, "64483@T12-L1"), Optional.empty(),
                Supplemental.NONE);
        assertThat(fixed.lines().get(0).line().code().value()).isEqualTo("64479");
        assertThat(fixed.payment().allowed()).isEqualByComparingTo(dollars("285.24"));
        assertThat(fixed.region()).isEqualTo(SpinalRegion.CERVICAL_THORACIC);
        assertThat(fixed.findings()).extracting(Finding::code).contains("REGION-MISMATCH");
        // 64479 at T12-L1 with region lumbar: the junction's either side is no contradiction
        EstimateResult junction = estimate("MRN-" + UUID.randomUUID(),
                input(Setting.NON_FACILITY, DeclaredRegion.LUMBAR, "64479@T12-L1"), Optional.empty(),
                Supplemental.NONE);
        assertThat(junction.findings()).extracting(Finding::code).doesNotContain("REGION-MISMATCH");
        assertThat(junction.payment().allowed()).isEqualByComparingTo(dollars("285.24"));
        // 64479 (T12-L1) + 64483 (L1-L2): two regions, the second not covered (was a 422)
        EstimateResult two = office("64479@T12-L1", "64483@L1-L2");
        assertThat(coverage(two.lines())).containsExactly("64479:covered", "64483:FREQ-ONE-REGION");
        assertThat(two.payment().allowed()).isEqualByComparingTo(dollars("285.24"));
        assertThat(two.notCovered()).isEqualByComparingTo(dollars("264.87"));
    }

    @Test
    void aBilateralProcedureIsOneLineWithFiftyForTheHospitalAndRtAndLtLinesForAnAsc() {
        // physician (facility rate): 64483-50 = 150% × 99.53 = 149.295 → 149.30
        // hospital: one line 64483-50, T: 903.63 + 50% = 1355.445 → 1355.45 (was 903.63)
        EstimateResult hospital = estimate("MRN-" + UUID.randomUUID(), input(Setting.FACILITY, null, "64483+RT+LT"),
                Optional.of(FacilityType.HOSPITAL_OUTPATIENT), Supplemental.NONE);
        assertThat(hospital.lines()).extracting(l -> l.line().modifiers()).containsExactly(List.of("50"));
        assertThat(hospital.payment().allowed()).isEqualByComparingTo(dollars("149.30"));
        FacilityClaim h = hospital.bill().facility().orElseThrow();
        assertThat(coded(h.lines())).containsExactly("64483-50=1355.45");
        // ASC: no 50; RT 485.51 at 100%, LT at 50% = 242.755 → 242.76; 728.27 (was 485.51)
        EstimateResult asc = estimate("MRN-" + UUID.randomUUID(), input(Setting.FACILITY, null, "64483+RT+LT"),
                Optional.of(FacilityType.ASC), Supplemental.NONE);
        FacilityClaim a = asc.bill().facility().orElseThrow();
        assertThat(coded(a.lines())).containsExactly("64483-RT=485.51", "64483-LT=242.76");
        assertThat(a.payment().allowed()).isEqualByComparingTo(dollars("728.27"));
        assertThat(asc.lines()).extracting(l -> l.line().modifiers()).containsExactly(List.of("50"));
    }

    @Test
    void aCodingFixOnThePhysiciansClaimIsMadeOnTheFacilitysToo() {
        // 64483-RT twice = 64483-RT + 64484-RT on both claims: physician 99.53 + 43.76 = 143.29 (was 149.30);
        // hospital 903.63 + 64484 packaged (N) 0 = 903.63 (was 1355.45)
        EstimateResult r = estimate("MRN-" + UUID.randomUUID(), input(Setting.FACILITY, null, "64483+RT", "64483+RT"),
                Optional.of(FacilityType.HOSPITAL_OUTPATIENT), Supplemental.NONE);
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("143.29"));
        FacilityClaim h = r.bill().facility().orElseThrow();
        assertThat(coded(h.lines())).containsExactly("64483-RT=903.63", "64484-RT=0.00");
        assertThat(h.payment().allowed()).isEqualByComparingTo(dollars("903.63"));
    }

    @Test
    void rtAndLtOnTwoPhysicianLinesIsACodingErrorPricedAsTheOneLineForm() {
        // 64483-50 non-facility: 150% × 264.87 = 397.305 → 397.31
        EstimateResult r = office("64483+RT", "64483+LT");
        assertThat(r.claimReady()).isFalse();
        assertThat(r.findings()).filteredOn(f -> f.code().equals("BILATERAL-SIDES"))
                .singleElement().satisfies(f -> assertThat(f.isError()).isTrue());
        assertThat(r.lines()).extracting(l -> l.line().code().value() + l.line().modifiers()).containsExactly("64483[50]");
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("397.31"));
    }

    @Test
    void eachLineIsRoundedThenSummed() {
        // 64483-50 + 64484-50: 397.305 → 397.31 + 150% × 117.57 = 176.355 → 176.36 = 573.67
        EstimateResult r = office("64483+50", "64484+50");
        assertThat(r.lines()).extracting(l -> l.allowed().toString()).containsExactly("397.31", "176.36");
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("573.67"));
    }

    @Test
    void aVisitBesideTheSessionIsPricedByTheFeeScheduleAndNeverCounted() {
        // 62321 276.56 + 99213-25 (MPPR 0, 100%) 95.19 = 371.75; was a 422 (CODE-SCOPE)
        EstimateResult r = office("62321", "99213+25");
        assertThat(coverage(r.lines())).containsExactly("62321:covered", "99213:covered");
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("371.75"));
        assertThat(r.frequency().remainingAfterThis()).isEqualTo(3);
        assertThatThrownBy(() -> office("99213")).isInstanceOfSatisfying(UnsupportedRequestException.class,
                e -> assertThat(e.rule()).isEqualTo("CODE-SCOPE"));
    }

    @Test
    void modifiersThatDoNotBelong() {
        // 64483-26: PC/TC indicator 0 → a coding error, priced as 64483 (264.87)
        EstimateResult pctc = office("64483+26");
        assertThat(pctc.findings()).extracting(f -> f.code() + ":" + f.severity().wireName())
                .contains("MODIFIER-PCTC:error");
        assertThat(pctc.lines().get(0).line().modifiers()).isEmpty();
        assertThat(pctc.payment().allowed()).isEqualByComparingTo(dollars("264.87"));
        // a lone 59: nothing to be distinct from, an audit flag
        assertThat(office("62321+59").findings()).extracting(f -> f.code() + ":" + f.severity().wireName())
                .contains("MODIFIER-DISTINCT:warning");
        assertThat(office("62321+59", "99213+25").findings()).extracting(Finding::code)
                .doesNotContain("MODIFIER-DISTINCT");
    }

    @Test
    void anAscsCoinsuranceIsHalfUpAndTheSupplementsAssumptionsAreSaid() {
        // ASC 62321 387.46: 20% = 77.492 → 77.49 (was 77.50)
        EstimateResult asc = estimate("MRN-" + UUID.randomUUID(), input(Setting.FACILITY, null, "62321"),
                Optional.of(FacilityType.ASC), Supplemental.MEDICAID_QMB);
        assertThat(asc.bill().facility().orElseThrow().payment().coinsurance()).isEqualByComparingTo(dollars("77.49"));
        assertThat(asc.assumptions()).anyMatch(a -> a.startsWith("supplementalPays for Medicaid (QMB) is an upper"
                + " bound"));
        EstimateResult c = estimate("MRN-" + UUID.randomUUID(), input(Setting.NON_FACILITY, null, "62321"),
                Optional.empty(), Supplemental.MEDIGAP_C);
        assertThat(c.assumptions()).anyMatch(a -> a.contains("before 1 January 2020"));
        List<String> none = new ArrayList<>(office("62321").assumptions());
        assertThat(none).noneMatch(a -> a.contains("before 1 January 2020"));
    }
}
