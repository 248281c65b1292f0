package com.epiduralestimator.application;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.domain.Assignment;
import java.util.Set;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.adapter.memory.InMemorySessionLedger;
import com.epiduralestimator.cmsdata.BundledFacility;
import com.epiduralestimator.domain.BillTotal;
import com.epiduralestimator.domain.Documentation;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.FacilityClaim;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ImagingGuidance;
import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.Payment;
import com.epiduralestimator.domain.SessionLine;
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
import org.junit.jupiter.api.Test;

/**
 * The whole bill through the estimate use case, on the bundled facility data: the physician's claim (CY2025 test
 * schedule, and CY2026 62321/64483/64484 rows from CMS's PPRRVU2026_Jul), the facility's, supplements and totals.
 * Run on both stores: subclasses supply the fee schedule and the facility data loaded into theirs.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
public abstract class WholeBillEstimateContract {
    private static final Documentation COMPLETE = new Documentation(Optional.of(6), Optional.of(8),
            Optional.of(new BigDecimal("7")), Optional.of(true), Optional.of(2), Optional.of(new BigDecimal("60")),
            Optional.of(16));
    /** CY2026 PPRRVU: 62321 work 1.90, PE nf 6.20, PE f 0.78, MP 0.18; facility 2.86 × 33.4009 = 95.5266 → 95.53. */
    public static final ScheduleData Y2026 = new ScheduleData(TestSchedules.PARAMETERS_2026, List.of(
            TestSchedules.row("62321", "1.90", "6.20", "0.78", "0.18", 2, 9),
            TestSchedules.row("64483", "1.85", "5.91", "0.96", "0.17", 2, 1),
            TestSchedules.row("64484", "0.98", "2.46", "0.25", "0.08", 0, 1)),
            List.of(TestSchedules.SAN_FRANCISCO), List.of(), List.of(), List.of());
    private EstimateService service;
    private EstimateService drugs;

    /** A fee schedule holding these years, in the subclass's store. */
    protected abstract FeeSchedule feesLoadedWith(List<ScheduleData> years);

    /** The facility data holding these years, in the subclass's store. */
    protected abstract FacilitySchedule facilitiesLoadedWith(List<FacilityData> years);

    @org.junit.jupiter.api.BeforeAll
    void wire() {
        service = new EstimateService(new FeeLookup(feesLoadedWith(List.of(TestSchedules.year2025(), Y2026))),
                new InMemorySessionLedger(),
                new PatientKeys("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), Set.of()),
                new CoverageChecks(SupportingDiagnosesResource.load(),
                new com.epiduralestimator.application.ClaimEditsCatalog(new com.epiduralestimator.cmsdata.BundledEdits(),
                        com.epiduralestimator.application.EditSource.NONE)),
                new WholeBillService(facilitiesLoadedWith(BundledFacility.loadAll())));
        // the facility rates of every code the families and drugs use (J3300 among them), with the ASP edits
        ClaimEditsCatalog edits = new ClaimEditsCatalog(new com.epiduralestimator.cmsdata.BundledEdits(),
                EditSource.NONE);
        drugs = new EstimateService(new FeeLookup(feesLoadedWith(List.of(Y2026))), new InMemorySessionLedger(),
                new PatientKeys("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), Set.of()),
                new CoverageChecks(SupportingDiagnosesResource.load(), edits),
                new WholeBillService(facilitiesLoadedWith(FamiliesEstimateContract.withCodes(
                        FamiliesEstimateContract.FACILITY_CODES)), edits));
    }

    private static EstimateInput input(String date, Setting setting, String deductible, String... codes) {
        List<SessionLine> lines = Arrays.stream(codes).map(c -> new SessionLine(new HcpcsCode(c), 1, List.of())).toList();
        return new EstimateInput(LocalDate.parse(date), setting, lines, Optional.empty(),
                Optional.of(ImagingGuidance.FLUOROSCOPY), false, Optional.empty(), Optional.empty(),
                List.of("M54.12", "M54.16"), Participation.PARTICIPATING,
                deductible == null ? Optional.empty() : Optional.of(dollars(deductible)), COMPLETE, Assignment.ACCEPTED);
    }

    private static BillOptions facility(FacilityType type, String cbsa, String state, Supplemental plan) {
        return new BillOptions(Optional.ofNullable(type), Optional.ofNullable(cbsa), Optional.ofNullable(state), plan,
                Optional.empty(), Optional.empty());
    }

    private EstimateResult estimate(EstimateInput input, BillOptions bill) {
        return service.estimate("clinic-a", "MRN-1", input, Optional.empty(), Optional.empty(), false, List.of(), bill);
    }

    @Test
    void theDeductibleIsSharedPhysicianFirst() {
        // 2026, $283 remaining: the physician's 95.53 takes 95.53, the hospital's 721.17 the other 187.47;
        // hospital coinsurance 20% × (721.17 − 187.47) = 106.74, patient 294.21, Medicare 426.96 → × 0.98 = 418.42
        EstimateResult r = estimate(input("2026-03-02", Setting.FACILITY, "283", "62321"),
                facility(FacilityType.HOSPITAL_OUTPATIENT, null, null, Supplemental.NONE));

        Payment physician = r.payment();
        assertThat(physician.allowed()).isEqualByComparingTo(dollars("95.53"));
        assertThat(physician.deductibleApplied()).isEqualByComparingTo(dollars("95.53"));
        assertThat(physician.patientPays()).isEqualByComparingTo(dollars("95.53"));
        FacilityClaim hospital = r.bill().facility().orElseThrow();
        assertThat(hospital.payment().allowed()).isEqualByComparingTo(dollars("721.17"));
        assertThat(hospital.payment().deductibleApplied()).isEqualByComparingTo(dollars("187.47"));
        assertThat(hospital.payment().coinsurance()).isEqualByComparingTo(dollars("106.74"));
        assertThat(hospital.payment().patientPays()).isEqualByComparingTo(dollars("294.21"));
        assertThat(hospital.payment().medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("418.42"));
        // total: allowed 95.53 + 721.17 = 816.70; patient 95.53 + 294.21 = 389.74; Medicare 0 + 418.42
        BillTotal total = r.bill().total();
        assertThat(total.allowed()).isEqualByComparingTo(dollars("816.70"));
        assertThat(total.patientPays()).isEqualByComparingTo(dollars("389.74"));
        assertThat(total.patientOwes()).isEqualByComparingTo(dollars("389.74"));
        assertThat(total.supplementalPays()).isEqualByComparingTo(dollars("0"));
        assertThat(total.medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("418.42"));
        assertThat(r.assumptions()).contains("No facilityCbsa given: the facility's national unadjusted rate is used.");
    }

    @Test
    void aHospitalsDrugWithAReducedCoinsuranceTakesTheDeductibleAfterTheProcedureInEitherOrder() {
        // 2026, $283 remaining, national: physician 64483 facility 2.98 × 33.4009 = 99.53, all deductible; the
        // hospital's claim gets 183.47, from 64483 (T 903.63) first whichever line is listed first:
        // 20% × (903.63 − 183.47 = 720.16) = 144.032 → 144.04 (rounded up); J3300 (G) × 40 = 24.491 × 40 = 979.64,
        // 3.892% × 979.64 = 38.1276 → 38.13; hospital patient 183.47 + 144.04 + 38.13 = 365.64; total 99.53 + 365.64
        // = 465.17 (J3300 first used to take the deductible from the drug: 183.47 + 30.99 + 180.73 = 395.19)
        for (List<String> order : List.of(List.of("64483", "J3300"), List.of("J3300", "64483"))) {
            List<SessionLine> lines = order.stream().map(c -> new SessionLine(new HcpcsCode(c),
                    c.equals("J3300") ? 40 : 1, List.of())).toList();
            EstimateInput in = input("2026-03-02", Setting.FACILITY, "283", "62321");
            in = new EstimateInput(in.dateOfService(), in.setting(), lines, in.declaredRegion(),
                    in.imagingGuidance(), in.contrastContraindicated(), in.purpose(), in.substance(),
                    in.diagnosisCodes(), in.participation(), in.deductibleRemaining(), in.documentation(),
                    in.assignment(), in.medicareAdvantage());
            EstimateResult r = drugs.estimate("clinic-a", "MRN-1", in, Optional.empty(), Optional.empty(), false,
                    List.of(), facility(FacilityType.HOSPITAL_OUTPATIENT, null, null, Supplemental.NONE));
            assertThat(r.payment().patientPays()).isEqualByComparingTo(dollars("99.53"));
            Payment hospital = r.bill().facility().orElseThrow().payment();
            assertThat(hospital.allowed()).isEqualByComparingTo(dollars("1883.27"));
            assertThat(hospital.deductibleApplied()).isEqualByComparingTo(dollars("183.47"));
            assertThat(hospital.coinsurance()).isEqualByComparingTo(dollars("182.17"));
            assertThat(hospital.patientPays()).isEqualByComparingTo(dollars("365.64"));
            assertThat(r.bill().total().patientPays()).isEqualByComparingTo(dollars("465.17"));
            // the claims' order can change the share once a line has a lower coinsurance: no "the total is the same"
            assertThat(r.assumptions()).contains("The Part B deductible is applied to the physician's claim first,"
                    + " then the facility's (Medicare applies it in the order claims arrive), within a claim to the"
                    + " lines at 20% before a drug with a lower coinsurance: where it reaches such a drug, the order"
                    + " the claims arrive in can change the patient's share.")
                    .noneMatch(a -> a.contains("the total is the same"));
        }
    }

    @Test
    void theIssuesPatientOwesAbout163InAHospital() {
        // deductible met, 2026: physician 20% × 95.53 = 19.106 → 19.11; hospital 20% × 721.17 = 144.234 → 144.24
        // (rounded up, CMS's published copayment); 19.11 + 144.24 = 163.35
        EstimateResult r = estimate(input("2026-03-02", Setting.FACILITY, "0", "62321"),
                facility(FacilityType.HOSPITAL_OUTPATIENT, null, null, Supplemental.NONE));
        assertThat(r.payment().patientPays()).isEqualByComparingTo(dollars("19.11"));
        assertThat(r.bill().total().patientPays()).isEqualByComparingTo(dollars("163.35"));
    }

    @Test
    void austinHospitalAndAscBothYears() {
        // HOPD 2026: 721.17 × (0.6 × 0.9721 + 0.4) = 709.10; ASC 2026: 387.46 × (0.5 × 0.9660 + 0.5) = 380.87
        EstimateResult hopd = estimate(input("2026-03-02", Setting.FACILITY, "0", "62321"),
                facility(FacilityType.HOSPITAL_OUTPATIENT, "12420", null, Supplemental.NONE));
        assertThat(hopd.bill().facility().orElseThrow().wageIndex().orElseThrow()).isEqualByComparingTo("0.9721");
        assertThat(hopd.bill().facility().orElseThrow().payment().allowed()).isEqualByComparingTo(dollars("709.10"));
        assertThat(hopd.assumptions()).anyMatch(a -> a.startsWith("Facility wage index 0.9721: geographic wage index"
                + " 0.9229 (CBSA 12420); TX rural floor 0.9721"));
        EstimateResult asc = estimate(input("2026-03-02", Setting.FACILITY, "0", "62321"),
                facility(FacilityType.ASC, "12420", null, Supplemental.NONE));
        assertThat(asc.bill().facility().orElseThrow().payment().allowed()).isEqualByComparingTo(dollars("380.87"));
        // 2025: HOPD 692.52 × (0.6 × 0.9485 + 0.4) = 671.12; ASC 371.75 × (0.5 × 0.988 + 0.5) = 369.52
        assertThat(estimate(input("2025-06-02", Setting.FACILITY, "0", "62321"),
                facility(FacilityType.HOSPITAL_OUTPATIENT, "12420", null, Supplemental.NONE)).bill().facility()
                .orElseThrow().payment().allowed()).isEqualByComparingTo(dollars("671.12"));
        assertThat(estimate(input("2025-06-02", Setting.FACILITY, "0", "62321"),
                facility(FacilityType.ASC, "12420", null, Supplemental.NONE)).bill().facility()
                .orElseThrow().payment().allowed()).isEqualByComparingTo(dollars("369.52"));
        // 64483 Austin 2026: HOPD 903.63 × 0.98326 = 888.50; ASC 485.51 × 0.983 = 477.26
        assertThat(estimate(input("2026-03-02", Setting.FACILITY, "0", "64483"),
                facility(FacilityType.HOSPITAL_OUTPATIENT, "12420", null, Supplemental.NONE)).bill().facility()
                .orElseThrow().payment().allowed()).isEqualByComparingTo(dollars("888.50"));
        assertThat(estimate(input("2026-03-02", Setting.FACILITY, "0", "64483"),
                facility(FacilityType.ASC, "12420", null, Supplemental.NONE)).bill().facility()
                .orElseThrow().payment().allowed()).isEqualByComparingTo(dollars("477.26"));
    }

    @Test
    void offCampusIsFortyPercentAndPackagedAddOnsPayNothing() {
        // 721.17 × 0.40 = 288.468 → 288.47; 64484 (N) 0
        EstimateResult r = estimate(input("2026-03-02", Setting.FACILITY, "0", "62321"),
                facility(FacilityType.HOSPITAL_OUTPATIENT_OFF_CAMPUS, null, null, Supplemental.NONE));
        assertThat(r.bill().facility().orElseThrow().payment().allowed()).isEqualByComparingTo(dollars("288.47"));
        EstimateResult addOn = estimate(input("2026-03-02", Setting.FACILITY, "0", "64483", "64484"),
                facility(FacilityType.ASC, null, null, Supplemental.NONE));
        assertThat(addOn.bill().facility().orElseThrow().lines().get(1).allowed()).isEqualByComparingTo(dollars("0"));
        assertThat(addOn.bill().facility().orElseThrow().payment().allowed()).isEqualByComparingTo(dollars("485.51"));
    }

    @Test
    void aFacilityEstimateWithoutTheFacilitySaysItBillsSeparately() {
        EstimateResult r = estimate(input("2025-06-02", Setting.FACILITY, "0", "62321"), BillOptions.NONE);
        assertThat(r.findings()).extracting(Finding::code).contains("FACILITY-SEPARATE");
        assertThat(r.bill().facility()).isEmpty();
        assertThat(r.bill().total().allowed()).isEqualByComparingTo(r.payment().allowed());
        EstimateResult office = estimate(input("2025-06-02", Setting.NON_FACILITY, "0", "62321"), BillOptions.NONE);
        assertThat(office.findings()).extracting(Finding::code).doesNotContain("FACILITY-SEPARATE");
    }

    @Test
    void medigapGPaysTheCoinsuranceOfBothClaimsNotTheDeductible() {
        // 2026, $283 remaining: the patient owes the deductible 95.53 + 187.47 = 283.00; plan G pays 0 + 106.74
        EstimateResult r = estimate(input("2026-03-02", Setting.FACILITY, "283", "62321"),
                facility(FacilityType.HOSPITAL_OUTPATIENT, null, null, Supplemental.MEDIGAP_G));
        assertThat(r.bill().total().supplementalPays()).isEqualByComparingTo(dollars("106.74"));
        assertThat(r.bill().total().patientOwes()).isEqualByComparingTo(dollars("283.00"));
        // plan F pays all 389.74
        EstimateResult f = estimate(input("2026-03-02", Setting.FACILITY, "283", "62321"),
                facility(FacilityType.HOSPITAL_OUTPATIENT, null, null, Supplemental.MEDIGAP_F));
        assertThat(f.bill().total().patientOwes()).isEqualByComparingTo(dollars("0.00"));
    }

    @Test
    void qmbOwesNothing() {
        EstimateResult r = estimate(input("2026-03-02", Setting.FACILITY, "283", "62321"),
                facility(FacilityType.ASC, "12420", null, Supplemental.MEDICAID_QMB));
        assertThat(r.bill().physicianShare().patientOwes()).isEqualByComparingTo(dollars("0"));
        assertThat(r.bill().facilityShare().orElseThrow().patientOwes()).isEqualByComparingTo(dollars("0"));
        assertThat(r.bill().total().patientOwes()).isEqualByComparingTo(dollars("0"));
        assertThat(r.bill().total().supplementalPays()).isEqualByComparingTo(r.bill().total().patientPays());
    }

    @Test
    void planKDefaultsToTheYearsWholeLimitAndSaysSo() {
        EstimateResult r = estimate(input("2026-03-02", Setting.FACILITY, "0", "62321"),
                facility(FacilityType.HOSPITAL_OUTPATIENT, null, null, Supplemental.MEDIGAP_K));
        assertThat(r.assumptions()).contains("supplementalOutOfPocketRemaining not given: the whole 2026 Medigap plan"
                + " K out-of-pocket limit ($8,000) is assumed to remain.");
        // K pays 50%: physician 19.11 → 9.555 → 9.56 (patient 9.55); hospital 144.24 → 72.12 (patient 72.12)
        assertThat(r.bill().total().patientOwes()).isEqualByComparingTo(dollars("81.67"));
    }

    @Test
    void aMedigapPlanInMinnesotaGetsTheWarning() {
        EstimateResult r = estimate(input("2026-03-02", Setting.FACILITY, "0", "62321"),
                facility(FacilityType.ASC, "31860", null, Supplemental.MEDIGAP_N));
        assertThat(r.findings()).extracting(Finding::code).contains("SUPPLEMENTAL-STATE-PLANS");
        EstimateResult texas = estimate(input("2026-03-02", Setting.FACILITY, "0", "62321"),
                facility(FacilityType.ASC, "12420", null, Supplemental.MEDIGAP_N));
        assertThat(texas.findings()).extracting(Finding::code).doesNotContain("SUPPLEMENTAL-STATE-PLANS");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "a hospital in CBSA {0} ({1}), no locality: WISeR names {2}")
    @org.junit.jupiter.params.provider.CsvSource({"12420, , Texas", "35084, , New Jersey", "35614, NJ, New Jersey"})
    void wiserFollowsTheFacilitysStateWhenThePhysicianFeeIsNational(String cbsa, String state, String named) {
        // The facility is the place of service (medicare-rules §4: the state from the locality, the ZIP or
        // facilityState): Austin's CBSA lies in Texas; Newark's in New Jersey; New York-Newark spans NY-NJ, so its
        // state is facilityState. A reviewer saw "place of service not known" at info level for all three.
        EstimateResult r = estimate(input("2026-06-01", Setting.FACILITY, "0", "62321"),
                facility(FacilityType.HOSPITAL_OUTPATIENT, cbsa, state, Supplemental.NONE));
        assertThat(r.findings()).filteredOn(f -> f.code().equals("PRIOR-AUTH-WISER")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(com.epiduralestimator.domain.Severity.WARNING);
                    assertThat(f.message()).contains(named).contains("prior authorization");
                });
    }

    @Test
    void whatIsRefused() {
        assertThatThrownBy(() -> estimate(input("2026-03-02", Setting.FACILITY, "0", "62321"),
                facility(null, null, null, Supplemental.MEDICARE_ADVANTAGE)))
                .isInstanceOf(UnsupportedRequestException.class).hasMessageContaining("not original Medicare");
        assertThatThrownBy(() -> estimate(input("2026-03-02", Setting.NON_FACILITY, "0", "62321"),
                facility(FacilityType.ASC, null, null, Supplemental.NONE)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("setting facility");
        assertThatThrownBy(() -> estimate(input("2026-03-02", Setting.FACILITY, "0", "62321"),
                facility(FacilityType.HOSPITAL_OUTPATIENT, "48864", null, Supplemental.NONE)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("spans DE, MD, NJ");
        assertThatThrownBy(() -> estimate(input("2026-03-02", Setting.FACILITY, "0", "62321"),
                new BillOptions(Optional.empty(), Optional.empty(), Optional.empty(), Supplemental.MEDIGAP_G,
                        Optional.of(dollars("10")), Optional.empty())))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("medigap-k or medigap-l");
        assertThatThrownBy(() -> estimate(input("2026-03-02", Setting.FACILITY, "0", "62321"),
                new BillOptions(Optional.empty(), Optional.empty(), Optional.empty(), Supplemental.MEDIGAP_K,
                        Optional.of(dollars("8000.01")), Optional.empty())))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("exceeds the 2026");
    }

    @Test
    void aCbsaNotInTheTableIsPricedNationallyWithAWarning() {
        EstimateResult r = estimate(input("2026-03-02", Setting.FACILITY, "0", "62321"),
                facility(FacilityType.HOSPITAL_OUTPATIENT, "00000", null, Supplemental.NONE));
        assertThat(r.findings()).extracting(Finding::code).contains("FACILITY-NATIONAL-DEFAULT");
        assertThat(r.bill().facility().orElseThrow().payment().allowed()).isEqualByComparingTo(dollars("721.17"));
    }

    @Test
    void qmbWithAssignmentNotAcceptedIsA400() {
        EstimateInput unassigned = new EstimateInput(LocalDate.parse("2025-06-02"), Setting.NON_FACILITY,
                List.of(new SessionLine(new HcpcsCode("62321"), 1, List.of())), Optional.empty(),
                Optional.of(ImagingGuidance.FLUOROSCOPY), false, Optional.empty(), Optional.empty(),
                List.of("M54.12"), Participation.NON_PARTICIPATING, Optional.of(Money.ZERO), COMPLETE,
                com.epiduralestimator.domain.Assignment.NOT_ACCEPTED);
        assertThatThrownBy(() -> estimate(unassigned, facility(null, null, null, Supplemental.MEDICAID_QMB)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("mandatory assignment")
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("assignment");
        // the same claim with plan G: G pays the coinsurance 47.69 and the excess charge 35.77
        EstimateResult g = estimate(unassigned, facility(null, null, null, Supplemental.MEDIGAP_G));
        assertThat(g.payment().patientPays()).isEqualByComparingTo(dollars("87.28"));
        assertThat(g.bill().physicianShare().supplementalPays()).isEqualByComparingTo(dollars("83.46"));
        assertThat(g.bill().total().patientOwes()).isEqualByComparingTo(dollars("3.82"));
    }

    @Test
    void aYearWithoutFacilityRatesBorrowsTheLatestAndSaysSo() {
        // 2027: the fee and every parameter come from 2026 (FEE-YEAR), the facility rates too (FACILITY-YEAR):
        // 721.17, Part A cap 1,736 borrowed and named
        EstimateResult r = estimate(input("2027-02-01", Setting.FACILITY, "0", "62321"),
                facility(FacilityType.HOSPITAL_OUTPATIENT, null, null, Supplemental.NONE));
        assertThat(r.findings()).extracting(Finding::code).contains("FEE-YEAR", "FACILITY-YEAR");
        assertThat(r.bill().facility().orElseThrow().payment().allowed()).isEqualByComparingTo(dollars("721.17"));
        assertThat(r.assumptions()).contains("The 2027 Part A deductible is not known; the 2026 amount, $1,736,"
                + " is assumed.");
    }
}
