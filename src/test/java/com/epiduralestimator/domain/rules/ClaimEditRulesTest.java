package com.epiduralestimator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.application.ClaimEditsCatalog;
import com.epiduralestimator.application.EditSource;
import com.epiduralestimator.application.SupportingDiagnosesResource;
import com.epiduralestimator.cmsdata.BundledEdits;
import com.epiduralestimator.domain.Assignment;
import com.epiduralestimator.domain.ClaimEdits;
import com.epiduralestimator.domain.Documentation;
import com.epiduralestimator.domain.EditTable;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FindingKind;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.ImagingGuidance;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.Severity;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * NCCI-PTP and MUE judged on the bundled 2024 Q3 tables (medicare-rules.md section 6), directly on the rules: lines
 * with codes outside the ESI catalog (77003, 99213, J1100) cannot reach CoverageChecks until the engine accepts them.
 */
class ClaimEditRulesTest {
    static final ClaimEdits EDITS = new ClaimEditsCatalog(new BundledEdits(), EditSource.NONE);
    static final LocalDate FY2026 = LocalDate.parse("2026-03-02");
    private static final NcciPtpRule NCCI = new NcciPtpRule(EDITS, EstimateInput::lines);
    private static final MueRule MUE = new MueRule(EDITS, EstimateInput::lines);

    /** "62323,64483+XS,77003x2" → lines. */
    static EstimateInput input(LocalDate date, String lines, String... dx) {
        List<SessionLine> parsed = new ArrayList<>();
        for (String l : lines.split(",")) {
            String[] mods = l.split("\\+");
            String[] cu = mods[0].split("x");
            parsed.add(new SessionLine(new HcpcsCode(cu[0]), cu.length > 1 ? Integer.parseInt(cu[1]) : 1,
                    Arrays.asList(mods).subList(1, mods.length)));
        }
        return new EstimateInput(date, Setting.FACILITY, parsed, Optional.empty(),
                Optional.of(ImagingGuidance.FLUOROSCOPY), false, Optional.empty(), Optional.empty(), List.of(dx),
                Participation.PARTICIPATING, Optional.empty(), Documentation.NONE, Assignment.ACCEPTED);
    }

    static SessionReview review(EstimateInput input) {
        List<com.epiduralestimator.domain.ProcedureCode> family = input.lines().stream()
                .map(l -> com.epiduralestimator.domain.ProcedureCatalog.find(l.code())).flatMap(Optional::stream)
                .toList();
        return SessionReview.of(input, SpinalRegion.LUMBAR_SACRAL, family, List.of(), Optional.empty(),
                Optional.empty());
    }

    private static List<Finding> evaluate(Rule rule, EstimateInput input) {
        return rule.evaluate(review(input));
    }

    private static String codes(List<SessionLine> lines) {
        return String.join(",", lines.stream().map(l -> l.code().value() + (l.units() > 1 ? "x" + l.units() : "")
                + l.modifiers().stream().map(m -> "+" + m).reduce("", String::concat)).toList());
    }

    @Test
    void mutuallyExclusive62323And64483DeniesColumnTwoAtTheProvidersLiabilityAndPricesWithoutIt() {
        EstimateInput input = input(FY2026, "62323,64483", "M54.16");
        List<Finding> findings = evaluate(NCCI, input);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("NCCI-PTP");
            assertThat(f.kind()).isEqualTo(FindingKind.CODING);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.makesNotCovered()).isFalse(); // never shifted to the patient, never an ABN
            assertThat(f.message()).contains("62323 and 64483", "64483 (column 2)", "XS", "modifier indicator 1",
                    "provider's liability", "even with an ABN");
            assertThat(f.source()).contains("NCCI PTP practitioner edits 2024Q3");
        });
        assertThat(codes(NCCI.fix(input, input.lines()))).isEqualTo("62323");
    }

    @Test
    void aDistinctServiceModifierOnTheColumnTwoLineMakesAnIndicatorOnePairPayable() {
        EstimateInput input = input(FY2026, "62323,64483+XS", "M54.16");
        assertThat(evaluate(NCCI, input)).isEmpty();
        assertThat(codes(NCCI.fix(input, input.lines()))).isEqualTo("62323,64483+XS");
        // a lone 59 on the column-1 line does not help the column-2 line
        EstimateInput onTheWrongLine = input(FY2026, "62323+59,64483", "M54.16");
        assertThat(codes(NCCI.fix(onTheWrongLine, onTheWrongLine.lines()))).isEqualTo("62323+59");
    }

    @Test
    void fluoroscopyBesideAnEsiIsNeverPaid() {
        EstimateInput input = input(FY2026, "62321,77003", "M54.12");
        assertThat(evaluate(NCCI, input)).singleElement().satisfies(f ->
                assertThat(f.message()).contains("77003 (column 2) is not paid beside 62321"));
        assertThat(codes(NCCI.fix(input, input.lines()))).isEqualTo("62321");
        EstimateInput transforaminal = input(FY2026, "64483,77003", "M54.16");
        assertThat(codes(NCCI.fix(transforaminal, transforaminal.lines()))).isEqualTo("64483");
    }

    @Test
    void interlaminarWithTransforaminalCervicalIsAPractitionerPairOnly() {
        EstimateInput input = input(FY2026, "62321,64479", "M54.12");
        assertThat(codes(NCCI.fix(EditTable.PRACTITIONER, input, input.lines()))).isEqualTo("62321");
        assertThat(codes(NCCI.fix(EditTable.HOSPITAL, input, input.lines()))).isEqualTo("62321,64479");
        // 62323 + 64483 is in both tables
        EstimateInput lumbar = input(FY2026, "62323,64483", "M54.16");
        assertThat(codes(NCCI.fix(EditTable.HOSPITAL, lumbar, lumbar.lines()))).isEqualTo("62323");
    }

    @Test
    void aVisitTheSameDayIsPaidOnlyWithModifier25() {
        EstimateInput without = input(FY2026, "62321,99213", "M54.12");
        assertThat(evaluate(NCCI, without)).singleElement().satisfies(f ->
                assertThat(f.message()).contains("modifier 25"));
        assertThat(codes(NCCI.fix(without, without.lines()))).isEqualTo("62321");
        EstimateInput with25 = input(FY2026, "62321,99213+25", "M54.12");
        assertThat(evaluate(NCCI, with25)).isEmpty();
        // 59 is not the E/M's modifier
        EstimateInput with59 = input(FY2026, "62321,99213+59", "M54.12");
        assertThat(codes(NCCI.fix(with59, with59.lines()))).isEqualTo("62321");
    }

    @Test
    void noPairNoFindingAndAOneCodeClaimNeverReadsTheTable() {
        EstimateInput addOn = input(FY2026, "64483,64484", "M54.16");
        assertThat(evaluate(NCCI, addOn)).isEmpty();
        CountingEdits counting = new CountingEdits(EDITS);
        EstimateInput single = input(FY2026, "64483+50", "M54.16");
        new NcciPtpRule(counting, EstimateInput::lines).evaluate(review(single));
        assertThat(counting.tablesRead).isZero();
    }

    @Test
    void mueWithAPerDayIndicatorDeniesEveryUnitOfTheDayAndPricesTheClaimAsItShouldBeSent() {
        // 77003: MUE 1, MAI 3 (practitioner 2024 Q3)
        EstimateInput input = input(FY2026, "77003x2", "M54.16");
        assertThat(evaluate(MUE, input)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("MUE");
            assertThat(f.kind()).isEqualTo(FindingKind.CODING);
            assertThat(f.message()).contains("77003 is reported with 2 units", "edit is 1 (MAI 3, per day)",
                    "every unit of 77003 that day is denied", "SE1422", "provider's liability");
        });
        assertThat(codes(MUE.fix(input, input.lines()))).isEqualTo("77003");
        // the day's units over two lines: 99153 MUE 9 → 6 + 5 = 11 units: the second line trimmed to 3
        EstimateInput twoLines = input(FY2026, "99152,99153x6,99153x5", "M54.16");
        assertThat(codes(MUE.fix(twoLines, twoLines.lines()))).isEqualTo("99152,99153x6,99153x3");
        // J1100 dexamethasone per 1 mg: MUE 120
        EstimateInput drug = input(FY2026, "J1100x130", "M54.16");
        assertThat(codes(MUE.fix(drug, drug.lines()))).isEqualTo("J1100x120");
    }

    @Test
    void mueLeavesTheEsiCodesToUnitsAndCountsRtAndLtAsOneProcedure() {
        // UNITS already judges 64483 (one first level a session): no second finding from the MUE
        assertThat(evaluate(MUE, input(FY2026, "64483+RT,64483+RT", "M54.16"))).isEmpty();
        // 27096 (MUE 1, MAI 2) RT and LT are one bilateral procedure (the ASC bills it so): within the MUE
        EstimateInput bilateral = input(FY2026, "27096+RT,27096+LT", "M46.1");
        assertThat(evaluate(MUE, bilateral)).isEmpty();
        assertThat(codes(MUE.fix(bilateral, bilateral.lines()))).isEqualTo("27096+RT,27096+LT");
        EstimateInput twice = input(FY2026, "27096+RT,27096+RT,27096+LT", "M46.1");
        assertThat(codes(MUE.fix(twice, twice.lines()))).isEqualTo("27096+RT,27096+LT");
    }

    @Test
    void theHospitalTableAnswersAnOppsClaim() {
        // G0260 hospital MUE 2 (MAI 3)
        EstimateInput input = input(FY2026, "G0260x3", "M46.1");
        assertThat(codes(MUE.fix(EditTable.HOSPITAL, input, input.lines()))).isEqualTo("G0260x2");
    }

    @Test
    void correctedForEachPayerRunsEveryFixThenTheEditsOfThatPayersTable() {
        CoverageChecks checks = new CoverageChecks(SupportingDiagnosesResource.load(), EDITS);
        EstimateInput input = input(FY2026, "62321,64479", "M54.12");
        assertThat(codes(checks.corrected(input))).isEqualTo("62321");
        assertThat(codes(checks.corrected(EditTable.HOSPITAL, input))).isEqualTo("62321,64479");
    }

    /** Counts the tables read through it. */
    static final class CountingEdits implements ClaimEdits {
        private final ClaimEdits delegate;
        int tablesRead;

        CountingEdits(ClaimEdits delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<com.epiduralestimator.domain.Edition> edition(com.epiduralestimator.domain.EditKind kind,
                                                                     LocalDate date) {
            return delegate.edition(kind, date);
        }

        @Override
        public List<com.epiduralestimator.domain.Edition> editions(com.epiduralestimator.domain.EditKind kind) {
            return delegate.editions(kind);
        }

        @Override
        public com.epiduralestimator.domain.BillableDiagnoses diagnoses(com.epiduralestimator.domain.Edition e) {
            tablesRead++;
            return delegate.diagnoses(e);
        }

        @Override
        public com.epiduralestimator.domain.PtpEdits ptp(com.epiduralestimator.domain.Edition e) {
            tablesRead++;
            return delegate.ptp(e);
        }

        @Override
        public com.epiduralestimator.domain.MueLimits mue(com.epiduralestimator.domain.Edition e) {
            tablesRead++;
            return delegate.mue(e);
        }

        @Override
        public com.epiduralestimator.domain.AspPrices asp(com.epiduralestimator.domain.Edition e) {
            tablesRead++;
            return delegate.asp(e);
        }
    }
}
