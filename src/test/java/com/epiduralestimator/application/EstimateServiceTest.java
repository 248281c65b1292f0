package com.epiduralestimator.application;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.SessionSettings;
import com.epiduralestimator.domain.Assignment;
import java.util.Set;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.adapter.memory.InMemoryFeeSchedule;
import com.epiduralestimator.adapter.memory.InMemorySessionLedger;
import com.epiduralestimator.domain.rules.CoverageChecks;
import com.epiduralestimator.domain.DeclaredRegion;
import com.epiduralestimator.domain.Documentation;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ImagingGuidance;
import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.UnsupportedRequestException;
import com.epiduralestimator.domain.ZipCode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import com.epiduralestimator.adapter.memory.InMemoryFacilitySchedule;
import com.epiduralestimator.cmsdata.BundledFacility;
import org.junit.jupiter.api.Test;

/** The estimate's orchestration: fee, history, cap, checks and payment together. */
class EstimateServiceTest {
    private static final Documentation COMPLETE = new Documentation(Optional.of(6), Optional.of(8),
            Optional.of(new BigDecimal("7")), Optional.of(true), Optional.of(2), Optional.of(new BigDecimal("60")),
            Optional.of(16));
    private final InMemorySessionLedger ledger = new InMemorySessionLedger();
    private final PatientKeys keys = new PatientKeys("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), Set.of());
    private final Clock clock = Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);
    private final FeeLookup fees = new FeeLookup(new InMemoryFeeSchedule(List.of(TestSchedules.year2025())));
    private final EstimateService service = new EstimateService(fees, ledger, keys,
            new CoverageChecks(SupportingDiagnosesResource.load(),
                new com.epiduralestimator.application.ClaimEditsCatalog(new com.epiduralestimator.cmsdata.BundledEdits(),
                        com.epiduralestimator.application.EditSource.NONE)),
            new WholeBillService(new InMemoryFacilitySchedule(BundledFacility.loadAll())));
    private final SessionRecorder recorder = new SessionRecorder(ledger, keys, clock, SessionSettings.DEFAULT_RETENTION_YEARS);

    private static EstimateInput input(String date, Setting setting, Participation participation,
                                       Optional<Money> deductible, SessionLine... lines) {
        return new EstimateInput(LocalDate.parse(date), setting, List.of(lines), Optional.empty(),
                Optional.of(ImagingGuidance.FLUOROSCOPY), false, Optional.empty(), Optional.empty(),
                List.of("M54.12", "M54.16"), participation, deductible, COMPLETE, Assignment.ACCEPTED);
    }

    /** An estimate as a request without other sessions or a whole bill asks for one (no APM conversion factor). */
    private EstimateResult estimate(String tenant, String patientId, EstimateInput input, Optional<LocalityId> locality,
                                    Optional<ZipCode> zip) {
        return service.estimate(tenant, patientId, input, locality, zip, false, List.of(), BillOptions.NONE);
    }

    private static SessionLine line(String code) {
        return new SessionLine(new HcpcsCode(code), 1, List.of());
    }

    private void record(String patient, String... dates) {
        for (String date : dates) {
            recorder.record("clinic-a", patient, LocalDate.parse(date), List.of(line("62321")), PerformedBy.THIS_PRACTICE, "local");
        }
    }

    @Test
    void theContractsExampleWithThreePriorSessions() {
        record("MRN-0042", "2024-07-01", "2024-10-01", "2025-01-15");
        EstimateResult result = estimate("clinic-a", "MRN-0042",
                input("2025-06-01", Setting.FACILITY, Participation.PARTICIPATING, Optional.of(Money.ZERO),
                        line("62321")), Optional.of(new LocalityId("0111205")), Optional.empty());
        assertThat(result.eligible()).isTrue();
        assertThat(result.frequency().priorSessions()).isEqualTo(3);
        assertThat(result.frequency().remainingAfterThis()).isZero();
        assertThat(result.payment().allowed()).isEqualByComparingTo(dollars("120.79"));
        assertThat(result.payment().coinsurance()).isEqualByComparingTo(dollars("24.16"));
        assertThat(result.payment().medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("94.70"));
        // the facility's own claim is not asked for (no facilityType): said, not silently left out
        assertThat(result.findings()).extracting(Finding::code).containsExactly("FACILITY-SEPARATE");
    }

    @Test
    void overTheCapIsNotCoveredWithTheNextEligibleDateAndAnAbnFinding() {
        record("MRN-0042", "2024-07-01", "2024-10-01", "2025-01-15", "2025-04-01");
        EstimateResult result = estimate("clinic-a", "MRN-0042",
                input("2025-06-01", Setting.FACILITY, Participation.PARTICIPATING, Optional.of(Money.ZERO),
                        line("62321")), Optional.empty(), Optional.empty());
        assertThat(result.eligible()).isFalse();
        assertThat(result.frequency().nextEligibleDate()).contains(LocalDate.parse("2025-07-01"));
        assertThat(result.findings()).extracting(Finding::code).contains("FREQ-CAP", "ABN");
        assertThat(result.payment().medicarePays()).isEqualByComparingTo(dollars("0"));
        assertThat(result.payment().patientPays()).isEqualByComparingTo(dollars("103.83"));
    }

    @Test
    void regionsAndPatientsAndTenantsAreCountedApart() {
        record("MRN-0042", "2024-07-01", "2024-10-01", "2025-01-15", "2025-04-01");
        EstimateInput lumbar = input("2025-06-01", Setting.FACILITY, Participation.PARTICIPATING,
                Optional.of(Money.ZERO), line("62323"));
        assertThat(estimate("clinic-a", "MRN-0042", lumbar, Optional.empty(), Optional.empty())
                .frequency().priorSessions()).isZero();
        EstimateInput cervical = input("2025-06-01", Setting.FACILITY, Participation.PARTICIPATING,
                Optional.of(Money.ZERO), line("62321"));
        assertThat(estimate("clinic-a", "MRN-0043", cervical, Optional.empty(), Optional.empty())
                .frequency().priorSessions()).isZero();
        assertThat(estimate("clinic-b", "MRN-0042", cervical, Optional.empty(), Optional.empty())
                .frequency().priorSessions()).isZero();
    }

    @Test
    void aCodeThatDoesNotCountIsNeitherRefusedByTheCapNorConsumesIt() {
        record("MRN-0042", "2024-07-01", "2024-10-01", "2025-01-15", "2025-04-01");
        EstimateResult result = estimate("clinic-a", "MRN-0042",
                input("2025-06-01", Setting.FACILITY, Participation.PARTICIPATING, Optional.of(Money.ZERO),
                        line("62325")), Optional.empty(), Optional.empty());
        assertThat(result.countsTowardCap()).isFalse();
        assertThat(result.findings()).extracting(Finding::code).doesNotContain("FREQ-CAP").contains("NOT-COUNTED");
        assertThat(result.frequency().nextEligibleDate()).isEmpty();
    }

    @Test
    void withoutDeductibleRemainingTheWholeYearsDeductibleIsAssumedAndSaid() {
        EstimateResult result = estimate("clinic-a", "MRN-1",
                input("2025-06-01", Setting.NON_FACILITY, Participation.PARTICIPATING, Optional.empty(),
                        line("62321")), Optional.empty(), Optional.empty());
        assertThat(result.payment().deductibleApplied()).isEqualByComparingTo(dollars("251.01"));
        assertThat(result.payment().medicarePays()).isEqualByComparingTo(dollars("0"));
        assertThat(result.assumptions()).anyMatch(a -> a.contains("$257.00"));
    }

    @Test
    void aDeductibleAboveTheYearsOwnIsRejected() {
        // 300 > the 2025 Part B deductible, $257
        assertThatThrownBy(() -> estimate("clinic-a", "MRN-1", input("2025-06-01", Setting.FACILITY,
                Participation.PARTICIPATING, Optional.of(dollars("300")), line("62321")), Optional.empty(),
                Optional.empty())).isInstanceOf(InvalidFieldException.class).hasMessageContaining("$257.00");
    }

    @Test
    void aDateInAYearNotLoadedIsAnEstimateWithEveryParameterOfTheLatestLoadedYearNamed() {
        // Only CY2025 loaded; a 2026 date without deductibleRemaining. National facility 62321 at the 2025 CF:
        // 3.21 x 32.3465 = 103.832 -> $103.83; the borrowed 2025 deductible $257 exceeds it: deductibleApplied
        // 103.83, coinsurance 0, Medicare 0.
        EstimateResult result = estimate("clinic-a", "MRN-1", input("2026-03-01", Setting.FACILITY,
                Participation.PARTICIPATING, Optional.empty(), line("62321")), Optional.empty(), Optional.empty());
        assertThat(result.fee().year()).isEqualTo(TestSchedules.PARAMETERS_2025);
        assertThat(result.fee().parameters().borrowed()).isTrue();
        assertThat(result.findings()).extracting(Finding::code).contains("FEE-YEAR");
        assertThat(result.payment().allowed()).isEqualByComparingTo(dollars("103.83"));
        assertThat(result.payment().deductibleApplied()).isEqualByComparingTo(dollars("103.83"));
        assertThat(result.assumptions()).contains(
                "The 2026 PFS conversion factor is not known; the 2025 amount, $32.3465, is assumed.",
                "The 2026 Part B deductible is not known; the 2025 amount, $257, is assumed.",
                "The 2026 sequestration rate is not known; the 2025 rate, 2%, is assumed.");
    }

    @Test
    void aDeductibleGivenForAYearNotLoadedIsNotHeldToTheBorrowedOne() {
        // 270 > the borrowed 2025 deductible ($257), but the 2026 one is not known here: taken as given.
        // allowed 251.01 (7.76 x 32.3465 = 251.0088); deductibleApplied min(270, 251.01) = 251.01
        EstimateResult result = estimate("clinic-a", "MRN-1", input("2026-03-01", Setting.NON_FACILITY,
                Participation.PARTICIPATING, Optional.of(dollars("270")), line("62321")), Optional.empty(),
                Optional.empty());
        assertThat(result.payment().deductibleApplied()).isEqualByComparingTo(dollars("251.01"));
        assertThat(result.assumptions()).noneMatch(a -> a.contains("Part B deductible is not known"));
    }

    @Test
    void nonParticipatingIsAllowed95PercentWithTheLimitingCharge() {
        EstimateResult result = estimate("clinic-a", "MRN-1", input("2025-06-01", Setting.NON_FACILITY,
                Participation.NON_PARTICIPATING, Optional.of(Money.ZERO), line("62321")), Optional.empty(),
                Optional.empty());
        assertThat(result.payment().allowed()).isEqualByComparingTo(dollars("238.46"));
        assertThat(result.payment().limitingCharge()).contains(dollars("274.23"));
        assertThat(result.findings()).extracting(Finding::code).contains("LIMITING-CHARGE");
    }

    @Test
    void bothRegionsInOneRequestCoverTheFirstRegionAndNotTheSecondsLines() {
        // issue 18 (was a 422): the first line's region is the session's; 62323's line is not covered.
        // 2025 facility, national: 62321 (1.95 + 1.08 + 0.18) × 32.3465 = 103.83 allowed, at 100% (no MPPR with a
        // line that is not covered); 62323 (1.80 + 1.00 + 0.17) × 32.3465 = 96.069 → 96.07 at its own fee, 100%.
        EstimateResult r = estimate("clinic-a", "MRN-1", input("2025-06-01", Setting.FACILITY,
                Participation.PARTICIPATING, Optional.of(Money.ZERO), line("62321"), line("62323")), Optional.empty(),
                Optional.empty());
        assertThat(r.eligible()).isTrue();
        assertThat(r.lines()).extracting(l -> l.notCoveredBy().orElse("covered"))
                .containsExactly("covered", "FREQ-ONE-REGION");
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("103.83"));
        assertThat(r.notCovered()).isEqualByComparingTo(dollars("96.07"));
        assertThat(r.findings()).extracting(Finding::code).contains("FREQ-ONE-REGION", "ABN");
    }

    @Test
    void aDeclaredRegionIsCheckedAgainstTheCode() {
        EstimateInput lumbarDeclared = new EstimateInput(LocalDate.parse("2025-06-01"), Setting.FACILITY,
                List.of(line("62321")), Optional.of(DeclaredRegion.LUMBAR), Optional.of(ImagingGuidance.CT), false,
                Optional.empty(), Optional.empty(), List.of("M54.12"), Participation.PARTICIPATING,
                Optional.of(Money.ZERO), COMPLETE, Assignment.ACCEPTED);
        EstimateResult result = estimate("clinic-a", "MRN-1", lumbarDeclared, Optional.empty(),
                Optional.empty());
        // a coding error: the patient stays eligible, the claim is not ready, and no ABN shifts cost to them
        assertThat(result.eligible()).isTrue();
        assertThat(result.claimReady()).isFalse();
        assertThat(result.findings()).extracting(Finding::code).contains("REGION-MISMATCH").doesNotContain("ABN");
    }

    @Test
    void theRetryExceptionReadsTheApproachOfTheRecordedSession() {
        recorder.record("clinic-a", "MRN-9", LocalDate.parse("2025-05-01"), List.of(line("62321")), PerformedBy.THIS_PRACTICE, "local");
        EstimateInput retry = new EstimateInput(LocalDate.parse("2025-06-01"), Setting.FACILITY,
                List.of(line("64479")), Optional.empty(), Optional.of(ImagingGuidance.FLUOROSCOPY), false,
                Optional.empty(), Optional.empty(), List.of("M54.12"), Participation.PARTICIPATING,
                Optional.of(Money.ZERO), new Documentation(Optional.of(6), Optional.of(8),
                Optional.of(BigDecimal.ONE), Optional.of(true), Optional.of(2), Optional.of(new BigDecimal("10")),
                Optional.of(2)), Assignment.ACCEPTED);
        EstimateResult result = estimate("clinic-a", "MRN-9", retry, Optional.empty(), Optional.empty());
        assertThat(result.findings().stream().filter(f -> !f.code().equals("FACILITY-SEPARATE")))
                .singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("REPEAT-RESPONSE");
            assertThat(f.severity().wireName()).isEqualTo("info");
        });
    }
}
