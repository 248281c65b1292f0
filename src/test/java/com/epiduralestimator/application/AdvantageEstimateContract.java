package com.epiduralestimator.application;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.adapter.memory.InMemorySessionLedger;
import com.epiduralestimator.cmsdata.BundledFacility;
import com.epiduralestimator.domain.AdvantagePlan;
import com.epiduralestimator.domain.Assignment;
import com.epiduralestimator.domain.CostSharing;
import com.epiduralestimator.domain.Documentation;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.ImagingGuidance;
import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.Payment;
import com.epiduralestimator.domain.Percent;
import com.epiduralestimator.domain.PriorAuthorization;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.SpinalRegion;
import com.epiduralestimator.domain.Supplemental;
import com.epiduralestimator.domain.UnsupportedRequestException;
import com.epiduralestimator.domain.rules.CoverageChecks;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Medicare Advantage (medicare-rules.md section 8; issue 20): the figures of the plan's split worked out by hand, on
 * the fee schedule and the facility data of the subclass's store. CY2026 national: 62321 non-facility
 * 8.28 × 33.4009 = 276.559 → 276.56, facility 2.86 × 33.4009 = 95.5266 → 95.53; hospital outpatient
 * 721.17 and ASC 387.46 national unadjusted (bundled facility data).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AdvantageEstimateContract {
    private static final Documentation COMPLETE = new Documentation(Optional.of(6), Optional.of(8),
            Optional.of(new BigDecimal("7")), Optional.of(true), Optional.of(2), Optional.of(new BigDecimal("60")),
            Optional.of(16));
    private EstimateService service;
    /** With the ASP file (bundled 2025Q4: J3300 $24.498 per mg, 3.892% coinsurance) and 62323's row. */
    private EstimateService drugs;

    protected abstract FeeSchedule feesLoadedWith(List<ScheduleData> years);

    protected abstract FacilitySchedule facilitiesLoadedWith(List<FacilityData> years);

    @BeforeAll
    void wire() {
        service = new EstimateService(new FeeLookup(feesLoadedWith(List.of(TestSchedules.year2025(),
                WholeBillEstimateContract.Y2026))), new InMemorySessionLedger(),
                new PatientKeys("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), Set.of()),
                new CoverageChecks(SupportingDiagnosesResource.load(), new ClaimEditsCatalog(
                        new com.epiduralestimator.cmsdata.BundledEdits(), EditSource.NONE)),
                new WholeBillService(facilitiesLoadedWith(BundledFacility.loadAll())));
        ClaimEditsCatalog edits = new ClaimEditsCatalog(new com.epiduralestimator.cmsdata.BundledEdits(),
                EditSource.NONE);
        drugs = new EstimateService(new FeeLookup(feesLoadedWith(List.of(EncounterEstimateContract.Y2026)), edits),
                new InMemorySessionLedger(), new PatientKeys("0123456789abcdef0123456789abcdef".getBytes(
                        StandardCharsets.UTF_8), Set.of()), new CoverageChecks(SupportingDiagnosesResource.load(),
                        edits), new WholeBillService(facilitiesLoadedWith(FamiliesEstimateContract.withCodes(
                        FamiliesEstimateContract.FACILITY_CODES)), edits));
    }

    private EstimateResult withDrug(AdvantagePlan plan, Setting setting, FacilityType type) {
        EstimateInput input = new EstimateInput(LocalDate.parse("2026-03-02"), setting,
                List.of(ClaimsEstimateContract.line("62323"), ClaimsEstimateContract.line("J3300x40+JZ")),
                Optional.empty(), Optional.of(ImagingGuidance.FLUOROSCOPY), false, Optional.empty(), Optional.empty(),
                List.of("M54.16"), Participation.PARTICIPATING, Optional.empty(), COMPLETE, Assignment.ACCEPTED,
                Optional.of(plan));
        return drugs.estimate("clinic-a", "MRN-MA-DRUG", input, Optional.empty(), Optional.empty(), false, List.of(),
                options(type, null, Supplemental.NONE));
    }

    @Test
    void aPlansCoinsuranceOnARebatableDrugIsAtMostTheAspFilesPercentage() {
        // CMS memo of 7 Nov 2022 (IRA cost sharing for Part B drugs, MA plans from 1 April 2023): a plan's
        // coinsurance on a Part B rebatable drug is at most Part B's. Office, 20% coinsurance, deductible 0:
        // 62323 273.22 + J3300 x40 40 × 24.498 = 979.92 → 1253.14 (20% of it all would be 250.63);
        // 20% × 273.22 = 54.644 → 54.64; J3300 3.892% × 979.92 = 38.138 → 38.14; member 92.78, plan
        // 1253.14 − 92.78 = 1160.36
        EstimateResult r = withDrug(plan(coinsurance("20")), Setting.NON_FACILITY, null);
        assertClaim(r.payment(), "1253.14", "0", "92.78", "92.78");
        assertThat(r.bill().total().patientOwes()).isEqualByComparingTo(dollars("92.78"));
        assertThat(r.assumptions()).noneMatch(a -> a.contains("Medicare pays the allowed amount less"))
                .anyMatch(a -> a.startsWith("Coinsurance from CMS's ASP file, lower than 20% for a drug under the"
                        + " inflation rebate (J3300 3.892%): the plan's 20% coinsurance is charged at most that"));
    }

    @Test
    void theFacilitysPassThroughDrugFollowsTheSameRule() {
        // hospital outpatient, physician and facility 20% coinsurance; the drug is the hospital's (G, paid
        // separately). Physician 62323 facility 2.67 × 33.4009 = 89.18; 20% × 89.18 = 17.836 → 17.84.
        // Hospital 62323 (T, APC 5442) 721.17 + J3300 G 40 × 24.491 = 979.64 → 1700.81 (20% of it all: 340.16);
        // 20% × 721.17 = 144.234 → 144.23; 3.892% × 979.64 = 38.1276 → 38.13; member 182.36, plan
        // 1700.81 − 182.36 = 1518.45; the member in all 17.84 + 182.36 = 200.20
        EstimateResult r = withDrug(plan(coinsurance("20"), coinsurance("20"), null, null, null,
                PriorAuthorization.OBTAINED), Setting.FACILITY, FacilityType.HOSPITAL_OUTPATIENT);
        assertClaim(r.payment(), "89.18", "0", "17.84", "17.84");
        assertClaim(r.bill().facility().orElseThrow().payment(), "1700.81", "0", "182.36", "182.36");
        assertThat(r.bill().total().patientOwes()).isEqualByComparingTo(dollars("200.20"));
        assertThat(r.assumptions()).anyMatch(a -> a.startsWith("J3300 (G) is paid separately") && a.endsWith(
                "For the plan's member: the plan's 20% coinsurance, at most that percentage (" + AdvantageEstimates
                        .IRA_MEMO + ")."));
        // a facility copay of $250 is the member's as it is: 250.00 of 1700.81
        EstimateResult copay = withDrug(plan(coinsurance("20"), copay("250"), null, null, null,
                PriorAuthorization.OBTAINED), Setting.FACILITY, FacilityType.HOSPITAL_OUTPATIENT);
        assertClaim(copay.bill().facility().orElseThrow().payment(), "1700.81", "0", "0", "250.00");
        assertThat(copay.assumptions()).anyMatch(a -> a.startsWith("J3300 (G) is paid separately") && a.endsWith(
                "For the plan's member: the plan's copay applies as it is (42 CFR 422.100)."));
    }

    @Test
    void aPlansLowerCoinsuranceStaysAndTheDeductibleIsTakenFromTheProcedureFirst() {
        // 2% coinsurance, below J3300's 3.892%: 2% of the whole, 1253.14 × 2% = 25.0628 → 25.06
        assertClaim(withDrug(plan(coinsurance("2")), Setting.NON_FACILITY, null).payment(), "1253.14", "0",
                "25.06", "25.06");
        // 10%, $300 deductible to go: 273.22 from 62323, then 26.78 from J3300; 10% × 0 = 0;
        // 3.892% × (979.92 − 26.78 = 953.14) = 37.0962 → 37.10; member 300.00 + 37.10 = 337.10
        assertClaim(withDrug(plan(coinsurance("10"), null, "300", null, null, PriorAuthorization.OBTAINED),
                Setting.NON_FACILITY, null).payment(), "1253.14", "300.00", "37.10", "337.10");
        // a $40 copay needs no adjustment (42 CFR 422.100): the member pays 40.00
        EstimateResult copay = withDrug(plan(copay("40")), Setting.NON_FACILITY, null);
        assertClaim(copay.payment(), "1253.14", "0", "0", "40.00");
        assertThat(copay.assumptions()).noneMatch(a -> a.contains("Medicare pays the allowed amount less"));
    }

    static CostSharing copay(String dollars) {
        return CostSharing.copayOf(dollars(dollars));
    }

    static CostSharing coinsurance(String percent) {
        return CostSharing.coinsuranceOf(Percent.of(percent));
    }

    static AdvantagePlan plan(CostSharing physician, CostSharing facility, String deductible, String outOfPocket,
                              String percent, PriorAuthorization priorAuthorization) {
        return new AdvantagePlan(physician, Optional.ofNullable(facility),
                Optional.ofNullable(deductible).map(d -> dollars(d)), Optional.ofNullable(outOfPocket).map(d -> dollars(d)),
                Optional.ofNullable(percent).map(Percent::of), priorAuthorization);
    }

    static AdvantagePlan plan(CostSharing physician) {
        return plan(physician, null, null, null, null, PriorAuthorization.OBTAINED);
    }

    private static EstimateInput input(Setting setting, Optional<AdvantagePlan> plan) {
        return new EstimateInput(LocalDate.parse("2026-03-02"), setting,
                List.of(new SessionLine(new HcpcsCode("62321"), 1, List.of())), Optional.empty(),
                Optional.of(ImagingGuidance.FLUOROSCOPY), false, Optional.empty(), Optional.empty(),
                List.of("M54.12"), Participation.PARTICIPATING, Optional.empty(), COMPLETE, Assignment.ACCEPTED, plan);
    }

    private static BillOptions options(FacilityType type, String cbsa, Supplemental supplemental) {
        return new BillOptions(Optional.ofNullable(type), Optional.ofNullable(cbsa), Optional.empty(), supplemental,
                Optional.empty(), Optional.empty());
    }

    private EstimateResult office(AdvantagePlan plan) {
        return service.estimate("clinic-a", "MRN-MA", input(Setting.NON_FACILITY, Optional.of(plan)),
                Optional.empty(), Optional.empty(), false, List.of(), BillOptions.NONE);
    }

    private EstimateResult facility(AdvantagePlan plan, FacilityType type, Supplemental supplemental) {
        return service.estimate("clinic-a", "MRN-MA", input(Setting.FACILITY, Optional.of(plan)),
                Optional.empty(), Optional.empty(), false, List.of(), options(type, null, supplemental));
    }

    private static void assertClaim(Payment p, String allowed, String deductible, String coinsurance,
                                    String memberPays) {
        assertThat(p.allowed()).isEqualByComparingTo(dollars(allowed));
        assertThat(p.deductibleApplied()).isEqualByComparingTo(dollars(deductible));
        assertThat(p.coinsurance()).isEqualByComparingTo(dollars(coinsurance));
        assertThat(p.patientPays()).isEqualByComparingTo(dollars(memberPays));
        assertThat(p.medicarePays()).as("the plan pays, not Medicare").isEqualByComparingTo(Money.ZERO);
        assertThat(p.medicarePaysAfterSequestration()).isEqualByComparingTo(Money.ZERO);
    }

    @Test
    void aCopayIsWhatTheMemberPaysNoPartBDeductibleNo20PercentNoSequestration() {
        // office 62321 276.56, copay $40: member 40.00, plan 276.56 − 40.00 = 236.56 (original Medicare, with the
        // whole 2026 Part B deductible of $283 left, would have the patient pay all 276.56)
        EstimateResult r = office(plan(copay("40")));
        assertThat(r.eligible()).isTrue();
        assertClaim(r.payment(), "276.56", "0", "0", "40.00");
        assertThat(r.bill().total().patientOwes()).isEqualByComparingTo(dollars("40.00"));
        assertThat(r.bill().total().medicarePaysAfterSequestration()).isEqualByComparingTo(Money.ZERO);
        assertThat(r.assumptions()).noneMatch(a -> a.contains("Part B deductible ("))
                .contains("medicareAdvantage.deductibleRemaining not given: the plan's deductible is assumed met"
                        + " ($0 to go).", "medicareAdvantage.outOfPocketRemaining not given: the plan's in-network"
                        + " out-of-pocket maximum is assumed not reached.");
    }

    @Test
    void coinsuranceOnAContractedRate() {
        // 95% of Medicare: 276.56 × 0.95 = 262.732 → 262.73; 20% × 262.73 = 52.546 → 52.55; plan 262.73 − 52.55
        // = 210.18
        EstimateResult r = office(plan(coinsurance("20"), null, null, null, "95", PriorAuthorization.OBTAINED));
        assertClaim(r.payment(), "262.73", "0", "52.55", "52.55");
        assertThat(r.assumptions()).contains("The plan's contracted rate is 95% of Medicare's allowed amount:"
                + " physician $276.56 × 95% = $262.73.");
    }

    @Test
    void theOutOfPocketMaximumReachedOrNearlySo() {
        // MOOP reached ($0 to go): the member pays nothing of the $40 copay, the plan all 276.56
        assertClaim(office(plan(copay("40"), null, null, "0", null, PriorAuthorization.OBTAINED)).payment(),
                "276.56", "0", "0", "0");
        // $25 to go: the member pays 25.00 of the $40 copay, the plan 276.56 − 25.00 = 251.56
        assertClaim(office(plan(copay("40"), null, null, "25", null, PriorAuthorization.OBTAINED)).payment(),
                "276.56", "0", "0", "25.00");
    }

    @Test
    void thePlanDeductibleFirstThenTheCoinsuranceOfTheRest() {
        // $100 of the plan's deductible to go, 20% coinsurance: 100.00 + 20% × (276.56 − 100.00 = 176.56) = 35.312
        // → 35.31; member 135.31, plan 276.56 − 135.31 = 141.25
        EstimateResult r = office(plan(coinsurance("20"), null, "100", null, null, PriorAuthorization.OBTAINED));
        assertClaim(r.payment(), "276.56", "100.00", "35.31", "135.31");
    }

    @Test
    void aHospitalCopayWithANoCopayPhysician() {
        // physician copay $0: member 0, plan 95.53; hospital copay $250 on 721.17: member 250.00, plan 471.17;
        // total allowed 95.53 + 721.17 = 816.70, member 250.00, plan 566.70
        EstimateResult r = facility(plan(copay("0"), copay("250"), null, null, null, PriorAuthorization.OBTAINED),
                FacilityType.HOSPITAL_OUTPATIENT, Supplemental.NONE);
        assertClaim(r.payment(), "95.53", "0", "0", "0");
        assertClaim(r.bill().facility().orElseThrow().payment(), "721.17", "0", "0", "250.00");
        assertThat(r.bill().total().allowed()).isEqualByComparingTo(dollars("816.70"));
        assertThat(r.bill().total().patientOwes()).isEqualByComparingTo(dollars("250.00"));
        assertThat(r.bill().total().medicarePaysAfterSequestration()).isEqualByComparingTo(Money.ZERO);
        assertThat(r.assumptions()).noneMatch(a -> a.startsWith("The Part B deductible is applied"));
    }

    @Test
    void theDeductibleAndTheMaximumAreSharedPhysicianFirst() {
        // $150 deductible, $250 MOOP to go; physician 20%, hospital copay $300.
        // physician 95.53: deductible 95.53 (54.47 left), coinsurance 20% × 0 = 0; member 95.53 (MOOP 154.47 left)
        // hospital 721.17: deductible 54.47, copay 300 → 354.47, capped at 154.47: deductible 54.47 + copay 100.00;
        // plan 721.17 − 154.47 = 566.70. Member in all 95.53 + 154.47 = 250.00 = the MOOP.
        EstimateResult r = facility(plan(coinsurance("20"), copay("300"), "150", "250", null,
                PriorAuthorization.OBTAINED), FacilityType.HOSPITAL_OUTPATIENT, Supplemental.NONE);
        assertClaim(r.payment(), "95.53", "95.53", "0", "95.53");
        assertClaim(r.bill().facility().orElseThrow().payment(), "721.17", "54.47", "0", "154.47");
        assertThat(r.bill().total().patientOwes()).isEqualByComparingTo(dollars("250.00"));
    }

    @Test
    void aQmbMemberOfAPlanOwesNothing() {
        // physician copay $40 of 95.53; ASC 20% × 387.46 = 77.492 → 77.49; Medicaid pays 40.00 + 77.49 = 117.49
        EstimateResult r = facility(plan(copay("40"), coinsurance("20"), null, null, null,
                PriorAuthorization.OBTAINED), FacilityType.ASC, Supplemental.MEDICAID_QMB);
        assertClaim(r.payment(), "95.53", "0", "0", "40.00");
        assertClaim(r.bill().facility().orElseThrow().payment(), "387.46", "0", "77.49", "77.49");
        assertThat(r.bill().total().supplementalPays()).isEqualByComparingTo(dollars("117.49"));
        assertThat(r.bill().total().patientOwes()).isEqualByComparingTo(Money.ZERO);
    }

    @Test
    void theFrequencyCapBindsAPlanMemberAndTheAdviceIsTheOrganizationDetermination() {
        // four cervical-thoracic sessions elsewhere in the 12 months before 2026-03-02: the fifth is not covered,
        // for a plan's member as for original Medicare (42 CFR 422.101(b)); the plan pays 0 and the member would
        // owe its allowed amount 276.56 only after the plan's organization determination, never under an ABN
        List<OtherSession> four = List.of("2025-04-01", "2025-07-01", "2025-10-01", "2026-01-05").stream()
                .map(d -> new OtherSession(LocalDate.parse(d), SpinalRegion.CERVICAL_THORACIC)).toList();
        EstimateResult r = service.estimate("clinic-a", "MRN-CAP", input(Setting.NON_FACILITY,
                Optional.of(plan(copay("40")))), Optional.empty(), Optional.empty(), false, four, BillOptions.NONE);
        assertThat(r.eligible()).isFalse();
        assertThat(r.frequency().nextEligibleDate()).contains(LocalDate.parse("2026-04-01"));
        assertThat(r.findings()).extracting(Finding::code).contains("FREQ-CAP", "ORGANIZATION-DETERMINATION")
                .doesNotContain("ABN");
        assertThat(r.findings()).noneMatch(f -> f.message().contains("ABN")
                || f.message().contains("Advance Beneficiary"));
        assertClaim(r.payment(), "276.56", "0", "0", "276.56");
    }

    @Test
    void wiserIsNotForAPlanMemberButThePlansPriorAuthorizationIs() {
        // Newark's CBSA (35084) is in New Jersey, a WISeR state: original Medicare gets PRIOR-AUTH-WISER
        BillOptions newark = options(FacilityType.HOSPITAL_OUTPATIENT, "35084", Supplemental.NONE);
        EstimateResult original = service.estimate("clinic-a", "MRN-W", input(Setting.FACILITY, Optional.empty()),
                Optional.empty(), Optional.empty(), false, List.of(), newark);
        assertThat(original.findings()).extracting(Finding::code).contains("PRIOR-AUTH-WISER")
                .doesNotContain("PRIOR-AUTH-PLAN");
        for (PriorAuthorization status : List.of(PriorAuthorization.UNKNOWN, PriorAuthorization.NOT_OBTAINED)) {
            EstimateResult member = service.estimate("clinic-a", "MRN-W", input(Setting.FACILITY,
                    Optional.of(plan(copay("0"), copay("250"), null, null, null, status))), Optional.empty(),
                    Optional.empty(), false, List.of(), newark);
            assertThat(member.findings()).extracting(Finding::code).contains("PRIOR-AUTH-PLAN")
                    .doesNotContain("PRIOR-AUTH-WISER");
            assertThat(member.eligible()).as("a warning, not a denial").isTrue();
        }
        EstimateResult obtained = service.estimate("clinic-a", "MRN-W", input(Setting.FACILITY,
                Optional.of(plan(copay("0"), copay("250"), null, null, null, PriorAuthorization.OBTAINED))),
                Optional.empty(), Optional.empty(), false, List.of(), newark);
        assertThat(obtained.findings()).extracting(Finding::code).doesNotContain("PRIOR-AUTH-PLAN",
                "PRIOR-AUTH-WISER");
    }

    @Test
    void whatIsRefusedWithAPlan() {
        AdvantagePlan plan = plan(copay("40"));
        assertThatThrownBy(() -> service.estimate("clinic-a", "MRN-MA", input(Setting.NON_FACILITY, Optional.of(plan)),
                Optional.empty(), Optional.empty(), false, List.of(), options(null, null, Supplemental.MEDIGAP_G)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("no Medigap plan")
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("supplemental");
        assertThatThrownBy(() -> service.estimate("clinic-a", "MRN-MA", input(Setting.NON_FACILITY, Optional.empty()),
                Optional.empty(), Optional.empty(), false, List.of(),
                options(null, null, Supplemental.MEDICARE_ADVANTAGE)))
                .isInstanceOf(UnsupportedRequestException.class).hasMessageContaining("not original Medicare")
                .hasMessageContaining("give medicareAdvantage: {\"physician\": {\"copay\": 40}");
        assertThatThrownBy(() -> facility(plan, FacilityType.HOSPITAL_OUTPATIENT, Supplemental.NONE))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("medicareAdvantage.facility");
    }
}
