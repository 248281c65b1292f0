package com.epiduralestimator.application;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.cmsdata.BundledFacility;
import com.epiduralestimator.cmsdata.BundledFacilityCodes;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.SupersededFacilityRate;
import com.epiduralestimator.domain.Assignment;
import com.epiduralestimator.domain.CapPurpose;
import com.epiduralestimator.domain.CapWindow;
import com.epiduralestimator.domain.Documentation;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FindingKind;
import com.epiduralestimator.domain.ImagingGuidance;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.PricedLine;
import com.epiduralestimator.domain.Purpose;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.Severity;
import com.epiduralestimator.domain.SpinalRegion;
import com.epiduralestimator.domain.Supplemental;
import com.epiduralestimator.domain.UnsupportedRequestException;
import com.epiduralestimator.domain.rules.CoverageChecks;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 19, priority 1: the facet, facet RFA and sacroiliac families drive the estimate engine (caps per family,
 * per region, per purpose; level limits; KX; prior authorization by program), through the estimate use case and the
 * session recorder with the store of the subclass. CY2026 national non-facility rows of PPRRVU2026_Jul (CF 33.4009):
 * 64493 1.48 + 4.08 + 0.14 = 5.70 → 190.39; 64494 2.87 → 95.86; 64495 2.96 → 98.87; 64635 13.92 → 464.94;
 * 64636 7.53 → 251.51; 99213 2.85 → 95.19; 64633 13.74 → 458.93; 27096 5.26 → 175.69; 62323 8.18 → 273.22.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FamiliesEstimateContract {
    static final LocalDate D = LocalDate.parse("2026-03-02");
    static final ScheduleData Y2026 = new ScheduleData(TestSchedules.PARAMETERS_2026, List.of(
            TestSchedules.row("62323", "1.76", "6.25", "0.74", "0.17", 2, 9),
            TestSchedules.row("64493", "1.48", "4.08", "0.82", "0.14", 2, 1), // facility 2.44
            TestSchedules.row("64494", "0.98", "1.81", "0.25", "0.08", 0, 1),
            TestSchedules.row("64495", "0.98", "1.90", "0.29", "0.08", 0, 1),
            TestSchedules.row("64635", "3.24", "10.39", "1.65", "0.29", 2, 1),
            TestSchedules.row("64636", "1.13", "6.29", "0.28", "0.11", 0, 1),
            TestSchedules.row("64633", "3.24", "10.20", "1.63", "0.30", 2, 1),
            TestSchedules.row("27096", "1.44", "3.68", "0.63", "0.14", 2, 1),
            TestSchedules.row("64451", "1.48", "5.61", "0.55", "0.14", 2, 1),
            TestSchedules.row("99213", "1.30", "1.46", "0.33", "0.09", 0, 9),
            TestSchedules.row("99152", "0.25", "1.26", "0.05", "0.03", 0, 9)),
            List.of(TestSchedules.SAN_FRANCISCO), List.of(), List.of(), List.of());
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private EstimateService service;
    private SessionLedger ledger;
    private PatientKeys keys;
    private SessionRecorder recorder;
    private FeeLookup feeLookup;
    private CoverageChecks checks;
    private WholeBillService bills;

    protected abstract FeeSchedule feesLoadedWith(List<ScheduleData> years);

    protected abstract FacilitySchedule facilitiesLoadedWith(List<FacilityData> years);

    protected abstract SessionLedger newLedger();

    @BeforeAll
    void wire() {
        ledger = newLedger();
        keys = new PatientKeys(SECRET, Set.of());
        feeLookup = new FeeLookup(feesLoadedWith(List.of(Y2026)));
        checks = new CoverageChecks(SupportingDiagnosesResource.load(),
                new ClaimEditsCatalog(new com.epiduralestimator.cmsdata.BundledEdits(), EditSource.NONE));
        bills = new WholeBillService(facilitiesLoadedWith(withCodes(FACILITY_CODES)));
        service = new EstimateService(feeLookup, ledger, keys, checks, bills);
        recorder = new SessionRecorder(ledger, keys, Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"),
                ZoneOffset.UTC), 7);
    }

    /** The facility codes of the families and the encounter besides the bundled ESI rates (Addendum B and AA). */
    static final List<String> FACILITY_CODES = List.of("64490", "64491", "64492", "64493", "64494", "64495",
            "64633", "64634", "64635", "64636", "27096", "G0260", "64451", "99213", "G0463", "J3301", "J1100",
            "J1010", "J3300", "77003");

    /** The bundled years with the rates of {@code extra} codes read from the bundled every-code files. */
    static List<FacilityData> withCodes(List<String> extra) {
        BundledFacilityCodes codes = new BundledFacilityCodes();
        return BundledFacility.loadAll().stream().map(y -> {
            List<FacilityRate> rates = new ArrayList<>(y.rates());
            List<SupersededFacilityRate> superseded = new ArrayList<>(y.superseded());
            Set<String> have = new HashSet<>();
            rates.forEach(r -> have.add(r.code()));
            for (String code : extra) {
                codes.rates(y.year(), code).filter(q -> !have.contains(code)).ifPresent(q -> {
                    rates.add(q.latest());
                    superseded.addAll(q.earlier());
                });
            }
            return new FacilityData(y.year(), y.types(), rates, y.areas(), y.floors(), superseded);
        }).toList();
    }

    private static SessionLine line(String spec) {
        return ClaimsEstimateContract.line(spec);
    }

    private static EstimateInput input(Optional<Purpose> purpose, Setting setting, String... lines) {
        return new EstimateInput(D, setting, Arrays.stream(lines).map(FamiliesEstimateContract::line).toList(),
                Optional.empty(), Optional.of(ImagingGuidance.FLUOROSCOPY), false, purpose, Optional.empty(),
                List.of("M47.816"), Participation.PARTICIPATING, Optional.of(dollars("0")), Documentation.NONE,
                Assignment.ACCEPTED);
    }

    private EstimateResult estimate(String patient, Optional<Purpose> purpose, String... lines) {
        return estimate(patient, purpose, Optional.empty(), lines);
    }

    private EstimateResult estimate(String patient, Optional<Purpose> purpose, Optional<FacilityType> facility,
                                    String... lines) {
        BillOptions bill = new BillOptions(facility, Optional.empty(), Optional.empty(), Supplemental.NONE,
                Optional.empty(), Optional.empty());
        Setting setting = facility.isPresent() ? Setting.FACILITY : Setting.NON_FACILITY;
        return service.estimate("clinic-a", patient, input(purpose, setting, lines), Optional.empty(),
                Optional.empty(), false, List.of(), bill);
    }

    private void record(String patient, String date, Optional<Purpose> purpose, String... lines) {
        RecordOutcome outcome = recorder.record("clinic-a", patient, LocalDate.parse(date),
                Arrays.stream(lines).map(FamiliesEstimateContract::line).toList(), PerformedBy.THIS_PRACTICE, purpose,
                "test");
        assertThat(outcome.created()).as(date + " " + String.join(" ", lines)).isTrue();
    }

    private static String patient() {
        return "MRN-" + UUID.randomUUID();
    }

    private static List<String> coverage(List<PricedLine> lines) {
        return lines.stream().map(l -> l.line().code() + ":" + l.notCoveredBy().orElse("covered")).toList();
    }

    private static List<String> codes(EstimateResult r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    static final Optional<Purpose> DIAGNOSTIC = Optional.of(Purpose.DIAGNOSTIC);
    static final Optional<Purpose> THERAPEUTIC = Optional.of(Purpose.THERAPEUTIC);

    @Test
    void facetDiagnosticCapReachedWithTheNextEligibleDateAndTherapeuticAndEsiCountedApart() {
        String p = patient();
        for (String date : List.of("2025-04-01", "2025-07-01", "2025-10-01", "2026-01-05")) {
            record(p, date, DIAGNOSTIC, "64493+KX");
        }
        // 4 diagnostic lumbar facet sessions in the window 2025-03-03..2026-03-01: the fifth is not covered; the
        // earliest drops out of the window once D - 1 year + 1 day > 2025-04-01, i.e. on 2026-04-01.
        EstimateResult capped = estimate(p, DIAGNOSTIC, "64493+KX");
        assertThat(capped.eligible()).isFalse();
        assertThat(capped.frequency().family()).isEqualTo("facet");
        assertThat(capped.frequency().purpose()).contains(CapPurpose.DIAGNOSTIC);
        assertThat(capped.frequency().priorSessions()).isEqualTo(4);
        assertThat(capped.frequency().limit()).isEqualTo(4);
        assertThat(capped.frequency().windowStart()).isEqualTo(LocalDate.parse("2025-03-03"));
        assertThat(capped.frequency().nextEligibleDate()).contains(LocalDate.parse("2026-04-01"));
        assertThat(coverage(capped.lines())).containsExactly("64493:FREQ-CAP");
        assertThat(capped.notCovered()).isEqualByComparingTo(dollars("190.39"));
        assertThat(capped.findings()).filteredOn(f -> f.code().equals("FREQ-CAP")).extracting(Finding::message)
                .singleElement().asString().contains("4 diagnostic lumbar-sacral Facet joint injection / medial"
                        + " branch block sessions").contains("Next eligible on 2026-04-01");
        // therapeutic facet sessions are counted apart: none yet, covered, 3 left after this one
        EstimateResult therapeutic = estimate(p, THERAPEUTIC, "64493");
        assertThat(therapeutic.eligible()).isTrue();
        assertThat(therapeutic.frequency().purpose()).contains(CapPurpose.THERAPEUTIC);
        assertThat(therapeutic.frequency().priorSessions()).isZero();
        assertThat(therapeutic.frequency().remainingAfterThis()).isEqualTo(3);
        assertThat(therapeutic.payment().allowed()).isEqualByComparingTo(dollars("190.39"));
        // an ESI never counts toward a facet cap, nor the reverse
        EstimateResult esi = estimate(p, Optional.empty(), "62323");
        assertThat(esi.frequency().family()).isEqualTo("esi");
        assertThat(esi.frequency().purpose()).isEmpty();
        assertThat(esi.frequency().priorSessions()).isZero();
        assertThat(esi.eligible()).isTrue();
    }

    @Test
    void facetTherapeuticCapOfFour() {
        String p = patient();
        for (String date : List.of("2025-03-10", "2025-06-10", "2025-09-10", "2025-12-10")) {
            record(p, date, THERAPEUTIC, "64493", "64494");
        }
        EstimateResult r = estimate(p, THERAPEUTIC, "64493", "64494");
        assertThat(r.eligible()).isFalse();
        assertThat(r.frequency().nextEligibleDate()).contains(LocalDate.parse("2026-03-10"));
        // both lines are the capped session's: 190.39 + 95.86 = 286.25 only with an ABN
        assertThat(coverage(r.lines())).containsExactly("64493:FREQ-CAP", "64494:FREQ-CAP");
        assertThat(r.notCovered()).isEqualByComparingTo(dollars("286.25"));
        // the diagnostic cap is untouched
        assertThat(estimate(p, DIAGNOSTIC, "64493+KX").frequency().priorSessions()).isZero();
    }

    @Test
    void anEsiAndAFacetBlockOnOneDayAreTwoSessionsEachCountedInItsFamily() {
        String p = patient();
        record(p, "2026-02-02", Optional.empty(), "62323");
        record(p, "2026-02-02", THERAPEUTIC, "64493");
        assertThat(estimate(p, Optional.empty(), "62323").frequency().priorSessions()).isEqualTo(1);
        assertThat(estimate(p, THERAPEUTIC, "64493").frequency().priorSessions()).isEqualTo(1);
        assertThat(estimate(p, DIAGNOSTIC, "64493+KX").frequency().priorSessions()).isZero();
        assertThat(estimate(p, Optional.empty(), "64635").frequency().priorSessions()).isZero();
    }

    @Test
    void rfaTwoSessionsPerRegionThenTheNextEligibleDate() {
        String p = patient();
        record(p, "2025-06-01", Optional.empty(), "64635", "64636");
        record(p, "2025-12-01", Optional.empty(), "64635");
        EstimateResult r = estimate(p, Optional.empty(), "64635", "64636");
        assertThat(r.frequency().family()).isEqualTo("facet-rfa");
        assertThat(r.frequency().purpose()).isEmpty();
        assertThat(r.frequency().limit()).isEqualTo(2);
        assertThat(r.eligible()).isFalse();
        assertThat(r.frequency().nextEligibleDate()).contains(LocalDate.parse("2026-06-01"));
        // 464.94 + 251.51 = 716.45 only with an ABN
        assertThat(r.notCovered()).isEqualByComparingTo(dollars("716.45"));
        // the other region is counted apart: a first cervical-thoracic RFA is covered
        assertThat(estimate(p, Optional.empty(), "64633").frequency().priorSessions()).isZero();
    }

    @Test
    void sacroiliacDiagnosticSessionsCountOverTheWholeHistoryWithNoNextEligibleDate() {
        String p = patient();
        record(p, "2022-05-10", DIAGNOSTIC, "27096+KX");
        record(p, "2024-01-10", DIAGNOSTIC, "27096+KX");
        EstimateResult r = estimate(p, DIAGNOSTIC, "27096+KX");
        assertThat(r.region()).isEqualTo(SpinalRegion.SACROILIAC);
        assertThat(r.frequency().family()).isEqualTo("sacroiliac");
        assertThat(r.frequency().window()).isEqualTo(CapWindow.WHOLE_HISTORY);
        assertThat(r.frequency().priorSessions()).isEqualTo(2); // both, though 2022 is years outside 12 months
        assertThat(r.frequency().limit()).isEqualTo(2);
        assertThat(r.eligible()).isFalse();
        assertThat(r.frequency().nextEligibleDate()).isEmpty();
        assertThat(r.frequency().windowStart()).isEqualTo(LocalDate.parse("2022-05-10"));
        assertThat(r.notCovered()).isEqualByComparingTo(dollars("175.69"));
        // therapeutic SI injections have their own cap of 4 in 12 months
        EstimateResult therapeutic = estimate(p, THERAPEUTIC, "27096");
        assertThat(therapeutic.eligible()).isTrue();
        assertThat(therapeutic.frequency().limit()).isEqualTo(4);
        assertThat(therapeutic.frequency().window()).isEqualTo(CapWindow.ROLLING_12_MONTHS);
    }

    @Test
    void aBilateralSacroiliacSessionCountsOnce() {
        String p = patient();
        record(p, "2025-05-01", THERAPEUTIC, "27096+RT", "27096+LT");
        record(p, "2025-08-01", THERAPEUTIC, "27096+50");
        record(p, "2025-11-01", THERAPEUTIC, "27096", "64451");
        EstimateResult r = estimate(p, THERAPEUTIC, "27096+50");
        assertThat(r.frequency().priorSessions()).isEqualTo(3); // three dates, three sessions
        assertThat(r.eligible()).isTrue();
        assertThat(r.frequency().remainingAfterThis()).isZero();
        // 27096-50: bilateral indicator 1, 150% × 175.69 = 263.535 → 263.54
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("263.54"));
    }

    @Test
    void purposeIsRequiredWhereTheFamilyCountsPurposesApart() {
        String p = patient();
        assertThatThrownBy(() -> estimate(p, Optional.empty(), "64493"))
                .isInstanceOf(UnsupportedRequestException.class).hasMessageContaining("purpose")
                .extracting(e -> ((UnsupportedRequestException) e).rule()).isEqualTo("PURPOSE-REQUIRED");
        assertThatThrownBy(() -> estimate(p, Optional.empty(), "27096"))
                .extracting(e -> ((UnsupportedRequestException) e).field()).isEqualTo("purpose");
        assertThatThrownBy(() -> record(p, "2026-01-02", Optional.empty(), "64493"))
                .isInstanceOf(UnsupportedRequestException.class)
                .extracting(e -> ((UnsupportedRequestException) e).rule()).isEqualTo("PURPOSE-REQUIRED");
        // one family per estimate
        assertThatThrownBy(() -> estimate(p, THERAPEUTIC, "62323", "64493"))
                .extracting(e -> ((UnsupportedRequestException) e).rule()).isEqualTo("FAMILIES");
    }

    @Test
    void aDiagnosticFacetOrSiBlockWithoutKxIsACodingErrorPricedOnceFixed() {
        EstimateResult facet = estimate(patient(), DIAGNOSTIC, "64493");
        Finding kx = facet.findings().stream().filter(f -> f.code().equals("KX-DIAGNOSTIC")).findFirst()
                .orElseThrow();
        assertThat(kx.kind()).isEqualTo(FindingKind.CODING);
        assertThat(kx.severity()).isEqualTo(Severity.ERROR);
        assertThat(facet.eligible()).isTrue();
        assertThat(facet.claimReady()).isFalse();
        assertThat(facet.payment().allowed()).isEqualByComparingTo(dollars("190.39"));
        assertThat(facet.lines().get(0).line().modifiers()).contains("KX");
        assertThat(facet.assumptions()).anyMatch(a -> a.contains("once its coding errors are fixed: 64493 x1 KX"));
        // with KX: no KX finding, and KX is no longer "unexpected"
        EstimateResult withKx = estimate(patient(), DIAGNOSTIC, "64493+KX");
        assertThat(codes(withKx)).doesNotContain("KX-DIAGNOSTIC", "KX-UNEXPECTED");
        assertThat(codes(estimate(patient(), DIAGNOSTIC, "27096"))).contains("KX-DIAGNOSTIC");
        // a therapeutic block needs none, and KX there is unexpected
        assertThat(codes(estimate(patient(), THERAPEUTIC, "64493"))).doesNotContain("KX-DIAGNOSTIC");
        assertThat(codes(estimate(patient(), THERAPEUTIC, "64493+KX"))).contains("KX-UNEXPECTED");
        // an RFA has no KX rule
        assertThat(codes(estimate(patient(), Optional.empty(), "64635"))).doesNotContain("KX-DIAGNOSTIC");
    }

    @Test
    void theThirdFacetLevelIsALineNotCovered() {
        // 64493 190.39 + 64494 95.86 = 286.25 covered; 64495 98.87 only with an ABN (appeal only, L38803)
        EstimateResult r = estimate(patient(), THERAPEUTIC, "64493", "64494", "64495");
        assertThat(coverage(r.lines())).containsExactly("64493:covered", "64494:covered", "64495:APPEAL-ONLY");
        assertThat(r.eligible()).isTrue();
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("286.25"));
        assertThat(r.notCovered()).isEqualByComparingTo(dollars("98.87"));
        assertThat(codes(r)).contains("APPEAL-ONLY", "ABN").doesNotContain("LEVELS");
        // a third level as a second unit of the add-on: the claim edits come first (64494's practitioner MUE is 1,
        // MAI 2: MUE finding, the provider's liability; the claim as it should be sent: 64493 + 64494 x1 = 286.25
        EstimateResult units = estimate(patient(), THERAPEUTIC, "64493", "64494x2");
        assertThat(coverage(units.lines())).containsExactly("64493:covered", "64494:covered");
        assertThat(codes(units)).contains("MUE");
        assertThat(units.payment().allowed()).isEqualByComparingTo(dollars("286.25"));
    }

    @Test
    void opdPriorAuthorizationForFacetProceduresInAHospitalOutpatientDepartmentOnly() {
        EstimateResult hospital = estimate(patient(), THERAPEUTIC, Optional.of(FacilityType.HOSPITAL_OUTPATIENT),
                "64493");
        Finding opd = hospital.findings().stream().filter(f -> f.code().equals("PRIOR-AUTH-OPD")).findFirst()
                .orElseThrow();
        assertThat(opd.kind()).isEqualTo(FindingKind.COVERAGE);
        assertThat(opd.severity()).isEqualTo(Severity.WARNING);
        assertThat(opd.message()).contains("condition of payment");
        assertThat(codes(hospital)).doesNotContain("PRIOR-AUTH-WISER");
        // not in an ASC, not in an office; never for an ESI
        assertThat(codes(estimate(patient(), Optional.empty(), Optional.of(FacilityType.ASC), "64635")))
                .doesNotContain("PRIOR-AUTH-OPD");
        assertThat(codes(estimate(patient(), Optional.empty(), "64635"))).doesNotContain("PRIOR-AUTH-OPD");
        assertThat(codes(estimate(patient(), Optional.empty(), Optional.of(FacilityType.HOSPITAL_OUTPATIENT),
                "62323"))).doesNotContain("PRIOR-AUTH-OPD");
        // WISeR (national: its info finding) names ESIs only, never a facet procedure
        assertThat(codes(estimate(patient(), Optional.empty(), "64635"))).doesNotContain("PRIOR-AUTH-WISER");
        assertThat(codes(estimate(patient(), Optional.empty(), "62323"))).contains("PRIOR-AUTH-WISER");
    }

    @Test
    void aVisitBesideAFacetBlockIsPaidOnlyWithModifier25() {
        // with 25: 64493 190.39 + 99213-25 95.19 (MPPR indicator 0: 100%) = 285.58
        EstimateResult with25 = estimate(patient(), THERAPEUTIC, "64493", "99213+25");
        assertThat(codes(with25)).doesNotContain("EM-25");
        assertThat(with25.payment().allowed()).isEqualByComparingTo(dollars("285.58"));
        // without: a coding error, provider's liability: priced as 64493 alone (190.39), no ABN
        EstimateResult without = estimate(patient(), THERAPEUTIC, "64493", "99213");
        Finding em = without.findings().stream().filter(f -> f.code().equals("EM-25")).findFirst().orElseThrow();
        assertThat(em.kind()).isEqualTo(FindingKind.CODING);
        assertThat(without.payment().allowed()).isEqualByComparingTo(dollars("190.39"));
        assertThat(without.eligible()).isTrue();
        assertThat(codes(without)).doesNotContain("ABN");
        // an RFA's 10-day global period includes the visit
        EstimateResult rfa = estimate(patient(), Optional.empty(), "64635", "99213");
        assertThat(rfa.findings()).filteredOn(f -> f.code().equals("EM-25")).extracting(Finding::message)
                .singleElement().asString().contains("10-day global period");
        assertThat(rfa.payment().allowed()).isEqualByComparingTo(dollars("464.94"));
    }

    @Test
    void aSedationLineIsACoverageWarningPricedAsBilled() {
        // 99152: 0.25 + 1.26 + 0.03 = 1.54 × 33.4009 = 51.437 → 51.44; 64493 190.39 + 51.44 = 241.83
        EstimateResult r = estimate(patient(), THERAPEUTIC, "64493", "99152");
        Finding sedation = r.findings().stream().filter(f -> f.code().equals("SEDATION")).findFirst().orElseThrow();
        assertThat(sedation.kind()).isEqualTo(FindingKind.COVERAGE);
        assertThat(sedation.severity()).isEqualTo(Severity.WARNING);
        assertThat(sedation.source()).contains("A58745");
        assertThat(r.eligible()).isTrue();
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("241.83"));
        assertThat(codes(estimate(patient(), THERAPEUTIC, "64493"))).doesNotContain("SEDATION");
    }

    private static List<String> facility(EstimateResult r) {
        return r.bill().facility().orElseThrow().lines().stream().map(l -> l.line().code() + ":" + l.indicator()
                + "=" + l.allowed()).toList();
    }

    @Test
    void anRfaInAHospitalIsOneComprehensivePaymentWithTheOtherLinesPackagedIntoIt() {
        // Addendum B 2026: 64635 J1 APC 5431 1995.02; 64636 N. National (no CBSA): J1 paid once at 1995.02, the
        // add-on packaged into it; coinsurance 20% × 1995.02 = 399.004 → 399.01 (a hospital's rounds up).
        // Physician at facility rates: 64635 5.18 × 33.4009 = 173.02, 64636 1.52 → 50.77 (add-on, 100%): 223.79
        EstimateResult r = estimate(patient(), Optional.empty(), Optional.of(FacilityType.HOSPITAL_OUTPATIENT),
                "64635", "64636");
        assertThat(facility(r)).containsExactly("64635:J1=1995.02", "64636:N=0.00");
        assertThat(r.bill().facility().orElseThrow().lines().get(1).adjustments())
                .contains("packaged into the comprehensive (J1) line 64635: no separate payment");
        assertThat(r.bill().facility().orElseThrow().payment().allowed()).isEqualByComparingTo(dollars("1995.02"));
        assertThat(r.bill().facility().orElseThrow().payment().coinsurance()).isEqualByComparingTo(dollars("399.01"));
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("223.79"));
        assertThat(codes(r)).contains("PRIOR-AUTH-OPD");
        // a bilateral J1 line gets no uplift: still 1995.02
        EstimateResult bilateral = estimate(patient(), Optional.empty(),
                Optional.of(FacilityType.HOSPITAL_OUTPATIENT), "64635+50");
        assertThat(bilateral.bill().facility().orElseThrow().payment().allowed())
                .isEqualByComparingTo(dollars("1995.02"));
    }

    @Test
    void aFacetBlockInAnAscPaysItsFirstLevelAndPackagesTheAddOn() {
        // Addendum AA 2026: 64493 G2 485.51, 64494 N1 packaged; national: 485.51, coinsurance 20% = 97.102 → 97.10
        EstimateResult r = estimate(patient(), THERAPEUTIC, Optional.of(FacilityType.ASC), "64493", "64494");
        assertThat(facility(r)).containsExactly("64493:G2=485.51", "64494:N1=0.00");
        assertThat(r.bill().facility().orElseThrow().payment().coinsurance()).isEqualByComparingTo(dollars("97.10"));
        assertThat(codes(r)).doesNotContain("PRIOR-AUTH-OPD");
    }

    @Test
    void aRecordedSessionKeepsItsPurposeAndFamily() {
        String p = patient();
        record(p, "2026-02-02", DIAGNOSTIC, "64493+KX");
        RecordedSession s = recorder.search("clinic-a", p, Optional.empty(), Optional.empty(), false).get(0);
        assertThat(s.purpose()).isEqualTo(DIAGNOSTIC);
        assertThat(s.family()).isEqualTo("facet");
        // a correction keeps the purpose
        RecordedSession corrected = recorder.correct("clinic-a", s.sessionId(), List.of(line("64493+KX"),
                line("64494+KX")), ChangeReason.WRONG_CODE, "test");
        assertThat(corrected.purpose()).isEqualTo(DIAGNOSTIC);
        assertThat(estimate(p, DIAGNOSTIC, "64493+KX").frequency().priorSessions()).isEqualTo(1);
    }

    // ---- The RFA's global period on later days, its documentation warnings, otherSessions of every family ----

    private EstimateResult estimateOn(String patient, String date, Optional<Purpose> purpose,
                                      List<OtherSession> others, String... lines) {
        BillOptions bill = new BillOptions(Optional.empty(), Optional.empty(), Optional.empty(), Supplemental.NONE,
                Optional.empty(), Optional.empty());
        EstimateInput at = new EstimateInput(LocalDate.parse(date), Setting.NON_FACILITY,
                Arrays.stream(lines).map(FamiliesEstimateContract::line).toList(), Optional.empty(),
                Optional.of(ImagingGuidance.FLUOROSCOPY), false, purpose, Optional.empty(), List.of("M47.816"),
                Participation.PARTICIPATING, Optional.of(dollars("0")), Documentation.NONE, Assignment.ACCEPTED);
        return service.estimate("clinic-a", patient, at, Optional.empty(), Optional.empty(), false, others, bill);
    }

    private void recordBy(String patient, String date, PerformedBy by, Optional<Purpose> purpose, String... lines) {
        RecordOutcome outcome = recorder.record("clinic-a", patient, LocalDate.parse(date),
                Arrays.stream(lines).map(FamiliesEstimateContract::line).toList(), by, purpose, "test");
        assertThat(outcome.created()).isTrue();
    }

    private static Optional<Finding> finding(EstimateResult r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    private static List<String> claim(EstimateResult r) {
        return r.lines().stream().map(l -> l.line().code() + String.join("", l.line().modifiers().stream()
                .map(m -> "-" + m).toList())).toList();
    }

    /** An RFA on 2026-02-20: its 10-day global period is 2026-02-20 and the 10 days after, through 2026-03-02. */
    private String patientWithAnRfaOn20February(PerformedBy by) {
        String p = patient();
        recordBy(p, "2026-02-20", by, Optional.empty(), "64635");
        return p;
    }

    @Test
    void aVisitOnALaterDayWithinAnRfasGlobalPeriodIsIncludedAndPricedWithoutIt() {
        String p = patientWithAnRfaOn20February(PerformedBy.THIS_PRACTICE);
        // 2026-03-02 is day 10 after 2026-02-20, the period's last day: the visit (even with 25, which answers the
        // same-day block, not the RFA's global) is included: a coding error, the provider's liability, no ABN;
        // priced as 64493-79 alone: 190.39
        EstimateResult inside = estimateOn(p, "2026-03-02", THERAPEUTIC, List.of(), "64493+79", "99213+25");
        Finding visit = finding(inside, "GLOBAL-VISIT").orElseThrow();
        assertThat(visit.kind()).isEqualTo(FindingKind.CODING);
        assertThat(visit.severity()).isEqualTo(Severity.ERROR);
        assertThat(visit.message()).contains("99213", "10-day global period", "2026-02-20", "through 2026-03-02",
                "not billable to the patient", "modifier 24");
        assertThat(visit.source()).contains("Global Surgery");
        assertThat(claim(inside)).containsExactly("64493-79");
        assertThat(inside.payment().allowed()).isEqualByComparingTo(dollars("190.39"));
        assertThat(inside.eligible()).isTrue();
        assertThat(codes(inside)).doesNotContain("ABN", "GLOBAL-79", "EM-25");
        // 2026-03-03 is day 11: outside; 64493 190.39 + 99213-25 95.19 = 285.58
        EstimateResult after = estimateOn(p, "2026-03-03", THERAPEUTIC, List.of(), "64493", "99213+25");
        assertThat(codes(after)).doesNotContain("GLOBAL-VISIT", "GLOBAL-79");
        assertThat(after.payment().allowed()).isEqualByComparingTo(dollars("285.58"));
        // inside, a visit unrelated to the RFA carries 24: paid, 285.58
        EstimateResult unrelated = estimateOn(p, "2026-03-02", THERAPEUTIC, List.of(), "64493+79",
                "99213+25+24");
        assertThat(codes(unrelated)).doesNotContain("GLOBAL-VISIT");
        assertThat(unrelated.payment().allowed()).isEqualByComparingTo(dollars("285.58"));
        // another provider's RFA opens no global period for this practice
        String other = patientWithAnRfaOn20February(PerformedBy.OTHER_PROVIDER);
        EstimateResult byOther = estimateOn(other, "2026-02-25", THERAPEUTIC, List.of(), "64493", "99213+25");
        assertThat(codes(byOther)).doesNotContain("GLOBAL-VISIT", "GLOBAL-79");
        assertThat(byOther.payment().allowed()).isEqualByComparingTo(dollars("285.58"));
    }

    @Test
    void aBlockOrAnEsiWithinAnRfasGlobalPeriodNeedsModifier79BothEdgesOfThePeriod() {
        String p = patientWithAnRfaOn20February(PerformedBy.THIS_PRACTICE);
        // day 1 and day 10 are in the period: 79 is added (a coding error naming its fix; 79 changes no price)
        for (String date : List.of("2026-02-21", "2026-03-02")) {
            EstimateResult block = estimateOn(p, date, THERAPEUTIC, List.of(), "64493");
            Finding f = finding(block, "GLOBAL-79").orElseThrow();
            assertThat(f.kind()).isEqualTo(FindingKind.CODING);
            assertThat(f.message()).contains("64493", "add 79");
            assertThat(block.claimReady()).isFalse();
            assertThat(claim(block)).containsExactly("64493-79");
            assertThat(block.payment().allowed()).isEqualByComparingTo(dollars("190.39"));
        }
        // an ESI too: 62323-79 at 273.22
        EstimateResult esi = estimateOn(p, "2026-02-25", Optional.empty(), List.of(), "62323");
        assertThat(codes(esi)).contains("GLOBAL-79");
        assertThat(claim(esi)).containsExactly("62323-79");
        assertThat(esi.payment().allowed()).isEqualByComparingTo(dollars("273.22"));
        // with 79 no finding; day 11 and the RFA's own day are outside the later-day period
        assertThat(codes(estimateOn(p, "2026-02-25", THERAPEUTIC, List.of(), "64493+79")))
                .doesNotContain("GLOBAL-79");
        assertThat(codes(estimateOn(p, "2026-03-03", THERAPEUTIC, List.of(), "64493"))).doesNotContain("GLOBAL-79");
        assertThat(codes(estimateOn(p, "2026-02-20", THERAPEUTIC, List.of(), "64493"))).doesNotContain("GLOBAL-79");
        // a voided RFA opens no period
        String voided = patientWithAnRfaOn20February(PerformedBy.THIS_PRACTICE);
        RecordedSession rfa = recorder.search("clinic-a", voided, Optional.empty(), Optional.empty(), false).get(0);
        recorder.voidSession("clinic-a", rfa.sessionId(), ChangeReason.ENTERED_IN_ERROR, "test");
        assertThat(codes(estimateOn(voided, "2026-02-25", THERAPEUTIC, List.of(), "64493")))
                .doesNotContain("GLOBAL-79");
    }

    @Test
    void aFirstRfaWarnsWhereFewerThanTwoDiagnosticBlocksOfTheRegionAreOnFile() {
        String none = patient();
        Finding warning = finding(estimate(none, Optional.empty(), "64635"), "RFA-DIAGNOSTIC-BLOCKS").orElseThrow();
        assertThat(warning.kind()).isEqualTo(FindingKind.DOCUMENTATION);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.message()).contains("lumbar-sacral", "80%", "none is on file", "done elsewhere");
        assertThat(warning.source()).contains("L38803");
        // one diagnostic lumbar block on file; a therapeutic one and a cervical-thoracic diagnostic one do not count
        String one = patient();
        record(one, "2025-12-01", DIAGNOSTIC, "64493+KX");
        record(one, "2025-12-15", THERAPEUTIC, "64493");
        record(one, "2026-01-05", DIAGNOSTIC, "64490+KX");
        assertThat(finding(estimate(one, Optional.empty(), "64635"), "RFA-DIAGNOSTIC-BLOCKS").orElseThrow()
                .message()).contains("only 1 is on file (2025-12-01)");
        // the second, done elsewhere and given in otherSessions: no warning
        List<OtherSession> elsewhere = List.of(new OtherSession(LocalDate.parse("2026-01-10"),
                SpinalRegion.LUMBAR_SACRAL, "facet", DIAGNOSTIC));
        assertThat(codes(estimateOn(one, "2026-03-02", Optional.empty(), elsewhere, "64635")))
                .doesNotContain("RFA-DIAGNOSTIC-BLOCKS", "RFA-REPEAT");
        // two recorded: no warning
        record(one, "2026-01-20", DIAGNOSTIC, "64493+KX");
        assertThat(codes(estimate(one, Optional.empty(), "64635"))).doesNotContain("RFA-DIAGNOSTIC-BLOCKS");
        // a facet block is not an RFA: neither warning
        assertThat(codes(estimate(none, THERAPEUTIC, "64493"))).doesNotContain("RFA-DIAGNOSTIC-BLOCKS",
                "RFA-REPEAT");
    }

    @Test
    void aRepeatRfaOfTheRegionWarnsThatItNeedsHalfReliefForSixMonthsReadOverTheWholeHistory() {
        String p = patient();
        assertThat(codes(estimate(p, Optional.empty(), "64635"))).doesNotContain("RFA-REPEAT");
        // an RFA two years ago: outside the 12-month cap window (0 prior sessions) but a repeat all the same
        record(p, "2024-01-10", Optional.empty(), "64635");
        EstimateResult r = estimate(p, Optional.empty(), "64635");
        assertThat(r.frequency().priorSessions()).isZero();
        Finding repeat = finding(r, "RFA-REPEAT").orElseThrow();
        assertThat(repeat.kind()).isEqualTo(FindingKind.DOCUMENTATION);
        assertThat(repeat.severity()).isEqualTo(Severity.WARNING);
        assertThat(repeat.message()).contains("lumbar-sacral", "2024-01-10", "50%", "6 months",
                "LCD text not retrieved");
        assertThat(codes(r)).doesNotContain("RFA-DIAGNOSTIC-BLOCKS"); // a repeat is not a first RFA
        assertThat(r.eligible()).isTrue();
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("464.94"));
        // the other region's first RFA is not a repeat
        assertThat(codes(estimate(p, Optional.empty(), "64633"))).doesNotContain("RFA-REPEAT")
                .contains("RFA-DIAGNOSTIC-BLOCKS");
        // an RFA elsewhere, given in otherSessions, makes it a repeat too
        List<OtherSession> elsewhere = List.of(new OtherSession(LocalDate.parse("2025-09-01"),
                SpinalRegion.CERVICAL_THORACIC, "facet-rfa", Optional.empty()));
        assertThat(finding(estimateOn(p, "2026-03-02", Optional.empty(), elsewhere, "64633"), "RFA-REPEAT")
                .orElseThrow().message()).contains("cervical-thoracic", "2025-09-01");
    }

    @Test
    void otherSessionsCountTowardTheirOwnFamilysCap() {
        String p = patient();
        List<OtherSession> facet = new ArrayList<>();
        for (String date : List.of("2025-04-01", "2025-07-01", "2025-10-01", "2026-01-05")) {
            facet.add(new OtherSession(LocalDate.parse(date), SpinalRegion.LUMBAR_SACRAL, "facet", THERAPEUTIC));
        }
        // four therapeutic lumbar facet sessions elsewhere: the fifth is capped, next eligible 2026-04-01
        EstimateResult capped = estimateOn(p, "2026-03-02", THERAPEUTIC, facet, "64493");
        assertThat(capped.frequency().family()).isEqualTo("facet");
        assertThat(capped.frequency().priorSessions()).isEqualTo(4);
        assertThat(capped.priorSessionsElsewhere()).isEqualTo(4);
        assertThat(capped.eligible()).isFalse();
        assertThat(capped.frequency().nextEligibleDate()).contains(LocalDate.parse("2026-04-01"));
        // counted apart: not toward the diagnostic cap, the RFA's, or the ESI's
        assertThat(estimateOn(p, "2026-03-02", DIAGNOSTIC, facet, "64493+KX").frequency().priorSessions()).isZero();
        EstimateResult esi = estimateOn(p, "2026-03-02", Optional.empty(), facet, "62323");
        assertThat(esi.frequency().priorSessions()).isZero();
        assertThat(esi.assumptions()).anyMatch(a -> a.contains("otherSessions of other families are not counted"));
        // an ESI session elsewhere (no family) counts for the ESI family only, as before
        List<OtherSession> esiElsewhere = List.of(new OtherSession(LocalDate.parse("2026-01-05"),
                SpinalRegion.LUMBAR_SACRAL));
        assertThat(estimateOn(p, "2026-03-02", Optional.empty(), esiElsewhere, "62323").frequency().priorSessions())
                .isEqualTo(1);
        assertThat(estimateOn(p, "2026-03-02", THERAPEUTIC, esiElsewhere, "64493").frequency().priorSessions())
                .isZero();
        // two RFAs elsewhere: the RFA cap of 2 is reached
        List<OtherSession> rfa = List.of(
                new OtherSession(LocalDate.parse("2025-06-01"), SpinalRegion.LUMBAR_SACRAL, "facet-rfa",
                        Optional.empty()),
                new OtherSession(LocalDate.parse("2025-12-01"), SpinalRegion.LUMBAR_SACRAL, "facet-rfa",
                        Optional.empty()));
        EstimateResult rfaCapped = estimateOn(p, "2026-03-02", Optional.empty(), rfa, "64635");
        assertThat(rfaCapped.eligible()).isFalse();
        assertThat(rfaCapped.frequency().nextEligibleDate()).contains(LocalDate.parse("2026-06-01"));
    }

    /** The estimate use case on the contract's store, with every ledger read's {@code from} noted in {@code reads}. */
    private EstimateService countingReads(List<LocalDate> reads) {
        SessionLedger counting = (SessionLedger) java.lang.reflect.Proxy.newProxyInstance(
                SessionLedger.class.getClassLoader(), new Class<?>[] {SessionLedger.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sessionsFrom")) {
                        reads.add((LocalDate) args[1]);
                    }
                    try {
                        return method.invoke(ledger, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new EstimateService(feeLookup, counting, keys, checks, bills);
    }

    @Test
    void theGlobalPeriodRulesReadTheOneHistoryQueryAndAVisitAloneReadsNothing() {
        String p = patientWithAnRfaOn20February(PerformedBy.THIS_PRACTICE);
        List<LocalDate> reads = new ArrayList<>();
        EstimateService counted = countingReads(reads);
        // a block in the RFA's period: one read (the facet cap's window start), and GLOBAL-79 from it
        EstimateResult block = counted.estimate("clinic-a", p, new EstimateInput(LocalDate.parse("2026-03-02"),
                Setting.NON_FACILITY, List.of(line("64493")), Optional.empty(), Optional.of(ImagingGuidance.FLUOROSCOPY),
                false, THERAPEUTIC, Optional.empty(), List.of("M47.816"), Participation.PARTICIPATING,
                Optional.of(dollars("0")), Documentation.NONE, Assignment.ACCEPTED), Optional.empty(), Optional.empty(),
                false, List.of(), new BillOptions(Optional.empty(), Optional.empty(), Optional.empty(),
                        Supplemental.NONE, Optional.empty(), Optional.empty()));
        assertThat(reads).containsExactly(LocalDate.parse("2025-03-03"));
        assertThat(codes(block)).contains("GLOBAL-79");
        // a visit alone is still outside the estimator (CODE-SCOPE, before any read): not judged, nothing read
        reads.clear();
        assertThatThrownBy(() -> counted.estimate("clinic-a", p, new EstimateInput(LocalDate.parse("2026-03-02"),
                Setting.NON_FACILITY, List.of(line("99213")), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), List.of("M47.816"), Participation.PARTICIPATING,
                Optional.of(dollars("0")), Documentation.NONE, Assignment.ACCEPTED), Optional.empty(),
                Optional.empty(), false, List.of(), new BillOptions(Optional.empty(), Optional.empty(),
                        Optional.empty(), Supplemental.NONE, Optional.empty(), Optional.empty())))
                .isInstanceOfSatisfying(UnsupportedRequestException.class,
                        e -> assertThat(e.rule()).isEqualTo("CODE-SCOPE"));
        assertThat(reads).isEmpty();
    }
}
