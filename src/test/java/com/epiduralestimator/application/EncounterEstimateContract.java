package com.epiduralestimator.application;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.cmsdata.BundledEdits;
import com.epiduralestimator.cmsdata.BundledFacility;
import com.epiduralestimator.domain.Assignment;
import com.epiduralestimator.domain.AspPrices;
import com.epiduralestimator.domain.Documentation;
import com.epiduralestimator.domain.EditKind;
import com.epiduralestimator.domain.Edition;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.ImagingGuidance;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.Percent;
import com.epiduralestimator.domain.PricedLine;
import com.epiduralestimator.domain.Purpose;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.Supplemental;
import com.epiduralestimator.domain.UnsupportedRequestException;
import com.epiduralestimator.domain.rules.CoverageChecks;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
 * Issue 19, the encounter's drug (medicare-rules.md section 7, "The encounter"): an office drug line at the quarter's
 * ASP payment limit × billing units with the ASP file's coinsurance, JZ/JW, the quarter chosen by the date of service
 * (the bundled 2025Q4, or a quarter loaded with load-edits into the store of the subclass), through the estimate use
 * case with the fee schedule, the loaded ASP edition and the sessions on the subclass's store.
 * CY2026 national non-facility rows of PPRRVU2026_Jul (CF 33.4009): 62321 8.28 → 276.56, 62323 8.18 → 273.22,
 * 99213 2.85 → 95.19; facility 62321 2.86 → 95.53. CY2025 (PPRRVU2025_Oct, CF 32.3465): 62321 7.76 → 251.01.
 * ASP 2025Q4 (CMS's file, bundled): J3301 $0.844 per 10 mg, J1100 $0.094 per 1 mg, J1010 $0.119 per 1 mg, J3300
 * $24.498 per 1 mg with 3.892% coinsurance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EncounterEstimateContract {
    static final ScheduleData Y2026 = new ScheduleData(TestSchedules.PARAMETERS_2026, List.of(
            TestSchedules.row("62321", "1.90", "6.20", "0.78", "0.18", 2, 9),
            TestSchedules.row("62323", "1.76", "6.25", "0.74", "0.17", 2, 9),
            TestSchedules.row("99213", "1.30", "1.46", "0.33", "0.09", 0, 9),
            TestSchedules.row("64493", "1.48", "4.08", "0.82", "0.14", 2, 1)),
            List.of(TestSchedules.SAN_FRANCISCO), List.of(), List.of(), List.of());
    static final ScheduleData Y2025 = new ScheduleData(TestSchedules.PARAMETERS_2025, List.of(
            TestSchedules.row("62321", "1.95", "5.63", "1.08", "0.18", 2, 9)),
            List.of(TestSchedules.SAN_FRANCISCO), List.of(), List.of(), List.of());
    /**
     * A quarter loaded with load-edits (a test edition, not CMS's figures): J3301 at $0.900, to tell it from the
     * bundled 2025Q4's $0.844.
     */
    static final Edition Q1_2026 = new Edition(EditKind.ASP, "2026Q1", LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-03-31"), false, List.of());
    private static final Documentation COMPLETE = new Documentation(Optional.of(6), Optional.of(8),
            Optional.of(new BigDecimal("7")), Optional.of(true), Optional.of(2), Optional.of(new BigDecimal("60")),
            Optional.of(16));
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private EstimateService bundled;
    private EstimateService loaded;

    protected abstract FeeSchedule feesLoadedWith(List<ScheduleData> years);

    protected abstract FacilitySchedule facilitiesLoadedWith(List<FacilityData> years);

    protected abstract SessionLedger newLedger();

    /** A fresh, empty store of editions loaded with load-edits. */
    protected abstract EditStore editStore();

    @BeforeAll
    void wire() {
        FeeSchedule fees = feesLoadedWith(List.of(Y2025, Y2026));
        FacilitySchedule facilities = facilitiesLoadedWith(BundledFacility.loadAll());
        SessionLedger ledger = newLedger();
        bundled = service(fees, facilities, ledger, EditSource.NONE);
        EditStore store = editStore();
        store.save(new LoadedEdition(Q1_2026, List.of(new ScheduleSource("asp", "asp-2026Q1-test.csv",
                "0".repeat(64))), 1, Optional.of(Instant.parse("2026-01-05T10:00:00Z"))),
                EditionText.asp(List.of(new AspPrices.Limit(new HcpcsCode("J3301"), "10 MG", new BigDecimal("0.900"),
                        Percent.of("20.000")))));
        loaded = service(fees, facilities, ledger, store);
    }

    private static EstimateService service(FeeSchedule fees, FacilitySchedule facilities, SessionLedger ledger,
                                           EditSource loadedEdits) {
        ClaimEditsCatalog edits = new ClaimEditsCatalog(new BundledEdits(), loadedEdits);
        return new EstimateService(new FeeLookup(fees, edits), ledger, new PatientKeys(SECRET, Set.of()),
                new CoverageChecks(SupportingDiagnosesResource.load(), edits), new WholeBillService(facilities));
    }

    static EstimateInput input(String date, Setting setting, String deductible, Assignment assignment,
                               String... lines) {
        return input(date, setting, deductible, assignment, Participation.PARTICIPATING, lines);
    }

    static EstimateInput input(String date, Setting setting, String deductible, Assignment assignment,
                               Participation participation, String... lines) {
        return new EstimateInput(LocalDate.parse(date), setting,
                Arrays.stream(lines).map(ClaimsEstimateContract::line).toList(), Optional.empty(),
                Optional.of(ImagingGuidance.FLUOROSCOPY), false, Optional.empty(), Optional.empty(),
                List.of("M54.12", "M54.16"), assignment == Assignment.NOT_ACCEPTED ? Participation.NON_PARTICIPATING
                        : participation, Optional.of(dollars(deductible)), COMPLETE,
                assignment);
    }

    private static EstimateResult estimate(EstimateService service, EstimateInput input) {
        BillOptions bill = new BillOptions(Optional.empty(), Optional.empty(), Optional.empty(), Supplemental.NONE,
                Optional.empty(), Optional.empty());
        return service.estimate("clinic-a", "MRN-" + UUID.randomUUID(), input, Optional.empty(), Optional.empty(),
                false, List.of(), bill);
    }

    private EstimateResult office(String... lines) {
        return estimate(bundled, input("2026-03-02", Setting.NON_FACILITY, "0", Assignment.ACCEPTED, lines));
    }

    private static List<String> allowed(EstimateResult r) {
        return r.lines().stream().map(l -> l.line().code() + "=" + l.allowed()).toList();
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + ":" + f.severity().wireName()).toList();
    }

    @Test
    void anOfficeVisitWith25AnInjectionAndTriamcinolone40mgArePricedToTheCent() {
        // 62321 276.56 + 99213-25 95.19 + J3301 x4 (40 mg) 4 × 0.844 = 3.376 → 3.38 = 375.13
        EstimateResult r = office("62321", "99213+25", "J3301x4+JZ");
        assertThat(allowed(r)).containsExactly("62321=276.56", "99213=95.19", "J3301=3.38");
        PricedLine drug = r.lines().get(2);
        assertThat(drug.unitFee()).isEqualByComparingTo(dollars("0.84"));
        assertThat(drug.drug().orElseThrow().limit().paymentLimit()).isEqualByComparingTo("0.844");
        assertThat(drug.drug().orElseThrow().edition()).isEqualTo("2025Q4");
        // deductible met: coinsurance 20% × 375.13 = 75.026 → 75.03; Medicare 375.13 − 75.03 = 300.10;
        // after 2% sequestration 300.10 × 0.98 = 294.098 → 294.10
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("375.13"));
        assertThat(r.payment().coinsurance()).isEqualByComparingTo(dollars("75.03"));
        assertThat(r.payment().medicarePays()).isEqualByComparingTo(dollars("300.10"));
        assertThat(r.payment().medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("294.10"));
        assertThat(r.claimReady()).isTrue();
        assertThat(codes(r.findings())).noneMatch(c -> c.startsWith("JZ-JW") || c.startsWith("DRUG-"));
        // the date is after the bundled quarter: the newest answers, and the response says which
        assertThat(r.assumptions()).contains("Drug J3301 priced at CMS's ASP drug payment limits"
                + " 2025Q4 (effective 2025-10-01 to 2025-12-31), the newest loaded: CMS revises the limits"
                + " every quarter and those in force on 2026-03-02 may differ (load that quarter with load-edits"
                + " --asp); no geographic adjustment.");
    }

    @Test
    void aVisitListedBeforeTheInjectionKeepsTheRequestsOrderAndClaimsNoFix() {
        // the same encounter, the visit first: 95.19 + 276.56 + 3.38 = 375.13, coinsurance 75.03, Medicare 300.10;
        // nothing was fixed, so the answer must not say "Priced as the claim once its coding errors are fixed"
        EstimateResult r = office("99213+25", "62321", "J3301x4+JZ");
        assertThat(allowed(r)).containsExactly("99213=95.19", "62321=276.56", "J3301=3.38");
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("375.13"));
        assertThat(r.payment().coinsurance()).isEqualByComparingTo(dollars("75.03"));
        assertThat(r.payment().medicarePays()).isEqualByComparingTo(dollars("300.10"));
        assertThat(r.claimReady()).isTrue();
        assertThat(r.assumptions()).noneMatch(a -> a.startsWith("Priced as the claim once its coding errors"));
    }

    @Test
    void j3300PaysItsInflationRebateCoinsuranceNotTwentyPercent() {
        // 62323 273.22 + J3300 x40 (40 mg) 40 × 24.498 = 979.92 → allowed 1253.14
        // coinsurance 20% × 273.22 = 54.644 → 54.64 + 3.892% × 979.92 = 38.1385 → 38.14 = 92.78 (20% would be 250.63)
        // Medicare 1253.14 − 92.78 = 1160.36; × 0.98 = 1137.1528 → 1137.15
        EstimateResult r = office("62323", "J3300x40+JZ");
        assertThat(allowed(r)).containsExactly("62323=273.22", "J3300=979.92");
        assertThat(r.payment().coinsurance()).isEqualByComparingTo(dollars("92.78"));
        assertThat(r.payment().patientPays()).isEqualByComparingTo(dollars("92.78"));
        assertThat(r.payment().medicarePays()).isEqualByComparingTo(dollars("1160.36"));
        assertThat(r.payment().medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("1137.15"));
        assertThat(r.lines().get(1).adjustments()).contains("coinsurance 3.892% (ASP file)");
        assertThat(r.assumptions()).anyMatch(a -> a.startsWith("Coinsurance from CMS's ASP file, lower than 20% for a"
                + " drug under the inflation rebate (J3300 3.892%)"));
    }

    @Test
    void theDeductibleIsTakenFromTheLinesInClaimOrderBeforeEachLinesCoinsurance() {
        // $100 deductible left: all from 62323 (first line): 20% × (273.22 − 100) = 34.644 → 34.64;
        // J3300 3.892% × 979.92 = 38.14; coinsurance 72.78; patient 100 + 72.78 = 172.78;
        // Medicare 1253.14 − 100 − 72.78 = 1080.36; × 0.98 = 1058.7528 → 1058.75
        EstimateResult r = estimate(bundled, input("2026-03-02", Setting.NON_FACILITY, "100", Assignment.ACCEPTED,
                "62323", "J3300x40+JZ"));
        assertThat(r.payment().deductibleApplied()).isEqualByComparingTo(dollars("100.00"));
        assertThat(r.payment().coinsurance()).isEqualByComparingTo(dollars("72.78"));
        assertThat(r.payment().patientPays()).isEqualByComparingTo(dollars("172.78"));
        assertThat(r.payment().medicarePays()).isEqualByComparingTo(dollars("1080.36"));
        assertThat(r.payment().medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("1058.75"));
    }

    @Test
    void thePatientsShareDoesNotDependOnTheOrderTheLinesAreTyped() {
        // deductible 200, taken from the 20% lines first whatever the order: all 200 from 62323 (273.22);
        // coinsurance 20% × 73.22 = 14.644 → 14.64 + 3.892% × 979.92 = 38.1385 → 38.14 = 52.78; patient 252.78;
        // Medicare 1253.14 − 252.78 = 1000.36 (the drug first used to give 284.99: 200 from J3300)
        for (String[] lines : List.of(new String[] {"62323", "J3300x40+JZ"}, new String[] {"J3300x40+JZ", "62323"})) {
            EstimateResult r = estimate(bundled, input("2026-03-02", Setting.NON_FACILITY, "200", Assignment.ACCEPTED,
                    lines));
            assertThat(r.payment().deductibleApplied()).isEqualByComparingTo(dollars("200.00"));
            assertThat(r.payment().coinsurance()).isEqualByComparingTo(dollars("52.78"));
            assertThat(r.payment().patientPays()).isEqualByComparingTo(dollars("252.78"));
            assertThat(r.payment().medicarePays()).isEqualByComparingTo(dollars("1000.36"));
        }
    }

    @Test
    void aDiagnosticFacetBlockFixedWithKxCostsThePatientWhatTheCorrectlyCodedClaimDoes() {
        // 64493 non-facility 1.48 + 4.08 + 0.14 = 5.70 × 33.4009 = 190.385 → 190.39; J3300 x40 979.92; 1170.31
        // deductible 200: 190.39 from 64493, 9.61 from J3300; 3.892% × (979.92 − 9.61 = 970.31) = 37.7645 → 37.76;
        // patient 200 + 37.76 = 237.76 (claim order, the drug first, gave 200 + 30.35 + 38.08 = 268.43)
        EstimateResult withKx = facet("J3300x40+JZ", "64493+KX");
        EstimateResult fixed = facet("J3300x40+JZ", "64493");
        assertThat(codes(fixed.findings())).contains("KX-DIAGNOSTIC:error");
        for (EstimateResult r : List.of(withKx, fixed)) {
            assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("1170.31"));
            assertThat(r.payment().coinsurance()).isEqualByComparingTo(dollars("37.76"));
            assertThat(r.payment().patientPays()).isEqualByComparingTo(dollars("237.76"));
        }
    }

    private EstimateResult facet(String... lines) {
        EstimateInput in = new EstimateInput(LocalDate.parse("2026-03-02"), Setting.NON_FACILITY,
                Arrays.stream(lines).map(ClaimsEstimateContract::line).toList(), Optional.empty(),
                Optional.of(ImagingGuidance.FLUOROSCOPY), false, Optional.of(Purpose.DIAGNOSTIC), Optional.empty(),
                List.of("M47.816"), Participation.PARTICIPATING, Optional.of(dollars("200")), COMPLETE,
                Assignment.ACCEPTED);
        return estimate(bundled, in);
    }

    @Test
    void dexamethasoneAndMethylprednisoloneArePricedPerMilligram() {
        // J1100 x10 (10 mg) 10 × 0.094 = 0.94; J1010 x80 (80 mg, J1010 since April 2024) 80 × 0.119 = 9.52
        // 62323 273.22 + 0.94 + 9.52 = 283.68; 20% = 56.736 → 56.74
        EstimateResult r = office("62323", "J1100x10+JZ", "J1010x80+JZ");
        assertThat(allowed(r)).containsExactly("62323=273.22", "J1100=0.94", "J1010=9.52");
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("283.68"));
        assertThat(r.payment().coinsurance()).isEqualByComparingTo(dollars("56.74"));
        assertThat(r.lines().get(2).adjustments()).containsExactly("ASP payment limit 2025Q4: $0.119 per 1 MG x 80"
                + " = 9.520");
    }

    @Test
    void aDrugLineNeedsJzOrJwAndNeverBoth() {
        assertThat(codes(office("62323", "J3301x4").findings())).contains("JZ-JW:warning");
        EstimateResult both = office("62323", "J3301x4+JZ+JW");
        assertThat(codes(both.findings())).contains("JZ-JW:error");
        assertThat(both.claimReady()).isFalse();
        // the dose given with JZ and the discarded amount on its own JW line: both paid at the limit,
        // 3 × 0.844 = 2.532 → 2.53 and 1 × 0.844 → 0.84
        EstimateResult waste = office("62323", "J3301x3+JZ", "J3301x1+JW");
        assertThat(codes(waste.findings())).noneMatch(c -> c.startsWith("JZ-JW"));
        assertThat(allowed(waste)).containsExactly("62323=273.22", "J3301=2.53", "J3301=0.84");
    }

    @Test
    void theAdministeredAmountWithoutAModifierBesideItsOwnJwLineIsNotAJzJwWarning() {
        // CMS's two-line JW billing: the 32 mg given on a line without a modifier, the 8 mg discarded with JW:
        // 32 × 24.498 = 783.936 → 783.94 and 8 × 24.498 = 195.984 → 195.98; no JZ-JW finding
        EstimateResult r = office("62323", "J3300x32", "J3300x8+JW");
        assertThat(codes(r.findings())).noneMatch(c -> c.startsWith("JZ-JW"));
        assertThat(allowed(r)).containsExactly("62323=273.22", "J3300=783.94", "J3300=195.98");
        assertThat(r.claimReady()).isTrue();
        // a JW line of another drug does not excuse this one
        assertThat(codes(office("62323", "J3300x32", "J3301x1+JW").findings())).contains("JZ-JW:warning");
    }

    @Test
    void aDrugTheAspFileDoesNotListIsNamedNeverASilentZero() {
        // J3490 (unclassified drug) is not in the ASP file: not priced, named, out of the totals (62323 alone)
        EstimateResult r = office("62323", "J3490+JZ");
        assertThat(codes(r.findings())).contains("DRUG-NOT-LISTED:warning");
        assertThat(r.findings()).filteredOn(f -> f.code().equals("DRUG-NOT-LISTED")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("J3490 is not in CMS's ASP payment limits of"
                        + " 2025Q4"));
        assertThat(r.lines().get(1).adjustments()).containsExactly("not priced: J3490 is not in the ASP file 2025Q4;"
                + " not in the totals");
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("273.22"));
    }

    @Test
    void aDiscontinuedDrugCodeIsACodingErrorNamingItsReplacementPricedAsFixed() {
        // J1030 (methylprednisolone acetate 40 mg) ended 2024-03-31: J1030 x1 is J1010 x40 (per 1 mg):
        // 40 × 0.119 = 4.76; 62323 273.22 + 4.76 = 277.98 (it was 0.00 with DRUG-NOT-LISTED, claim ready)
        EstimateResult r = office("62323", "J1030+JZ");
        assertThat(codes(r.findings())).contains("DRUG-DISCONTINUED:error").doesNotContain("DRUG-NOT-LISTED:warning");
        assertThat(r.findings()).filteredOn(f -> f.code().equals("DRUG-DISCONTINUED")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("J1030 (methylprednisolone acetate 40 mg) was"
                        + " discontinued after 2024-03-31: bill J1010 x 40 per unit of J1030 (here J1030 x1 ="
                        + " J1010 x40)"));
        assertThat(r.claimReady()).isFalse();
        assertThat(allowed(r)).containsExactly("62323=273.22", "J1010=4.76");
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("277.98"));
        // J1040 x2 (two 80 mg units) is J1010 x160: 160 × 0.119 = 19.04
        assertThat(allowed(office("62323", "J1040x2+JZ"))).containsExactly("62323=273.22", "J1010=19.04");
    }

    @Test
    void theQuarterIsChosenByTheDateOfService() {
        // a quarter loaded with load-edits answers its dates: 4 × 0.900 = 3.60
        EstimateResult q1 = estimate(loaded, input("2026-03-02", Setting.NON_FACILITY, "0", Assignment.ACCEPTED,
                "62321", "J3301x4+JZ"));
        assertThat(allowed(q1)).containsExactly("62321=276.56", "J3301=3.60");
        assertThat(q1.assumptions()).contains("Drug J3301 priced at CMS's ASP drug payment limits"
                + " 2026Q1 (effective 2026-01-01 to 2026-03-31); no geographic adjustment.");
        // the bundled 2025Q4 answers its own dates (CY2025 62321 251.01 + 3.38 = 254.39)
        EstimateResult q4 = estimate(loaded, input("2025-12-15", Setting.NON_FACILITY, "0", Assignment.ACCEPTED,
                "62321", "J3301x4+JZ"));
        assertThat(allowed(q4)).containsExactly("62321=251.01", "J3301=3.38");
        assertThat(q4.assumptions()).contains("Drug J3301 priced at CMS's ASP drug payment limits"
                + " 2025Q4 (effective 2025-10-01 to 2025-12-31); no geographic adjustment.");
        // after the newest loaded quarter, it answers and says so
        EstimateResult q2 = estimate(loaded, input("2026-04-15", Setting.NON_FACILITY, "0", Assignment.ACCEPTED,
                "62321", "J3301x4+JZ"));
        assertThat(allowed(q2)).containsExactly("62321=276.56", "J3301=3.60");
        assertThat(q2.assumptions()).anyMatch(a -> a.contains("2026Q1 (effective 2026-01-01 to 2026-03-31), the"
                + " newest loaded"));
    }

    @Test
    void inAFacilityTheDrugIsNotOnThePhysiciansClaim() {
        // physician's claim at the facility rate: 62321 95.53; the drug is the facility's: 0.00, said
        EstimateResult r = estimate(bundled, input("2026-03-02", Setting.FACILITY, "0", Assignment.ACCEPTED,
                "62321", "J3301x4"));
        assertThat(allowed(r)).containsExactly("62321=95.53", "J3301=0.00");
        assertThat(r.lines().get(1).adjustments()).singleElement().asString().startsWith("not billed by the"
                + " physician in a facility");
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("95.53"));
        assertThat(codes(r.findings())).contains("DRUG-FACILITY:info").noneMatch(c -> c.startsWith("JZ-JW"));
        assertThat(r.assumptions()).noneMatch(a -> a.contains("ASP"));
    }

    @Test
    void aDrugIsPaidOnlyOnAssignment() {
        assertThatThrownBy(() -> estimate(bundled, input("2026-03-02", Setting.NON_FACILITY, "0",
                Assignment.NOT_ACCEPTED, "62321", "J3301x4+JZ")))
                .isInstanceOfSatisfying(UnsupportedRequestException.class, e -> {
                    assertThat(e.rule()).isEqualTo("DRUG-ASSIGNMENT");
                    assertThat(e.getMessage()).contains("only on assignment");
                });
    }

    @Test
    void aNonParticipatingPracticesDrugIsNotReducedNorUnderTheLimitingCharge() {
        // 62321 at 95%: 276.56 × 0.95 = 262.732 → 262.73; J3301 at its limit, unreduced: 3.38; allowed 266.11
        // limiting charge of the fee schedule's line only: 276.56 × 109.25% = 302.1418 → 302.14
        EstimateResult r = estimate(bundled, input("2026-03-02", Setting.NON_FACILITY, "0", Assignment.ACCEPTED,
                Participation.NON_PARTICIPATING, "62321", "J3301x4+JZ"));
        assertThat(allowed(r)).containsExactly("62321=262.73", "J3301=3.38");
        assertThat(r.payment().allowed()).isEqualByComparingTo(dollars("266.11"));
        assertThat(r.payment().limitingCharge()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo(
                dollars("302.14")));
    }
}
