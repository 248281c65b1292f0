package com.epiduralestimator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.application.SupportingDiagnosesResource;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FindingKind;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.Severity;
import com.epiduralestimator.domain.SpinalRegion;
import com.epiduralestimator.domain.SupportingDiagnoses;
import com.epiduralestimator.domain.SupportingDiagnoses.Entry;
import com.epiduralestimator.domain.SupportingDiagnoses.Use;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DIAGNOSIS-INVALID and the reworked DIAGNOSIS-SUPPORT (medicare-rules.md section 6), FY2026 dates of service. */
class DiagnosisRulesTest {
    private static final CoverageChecks CHECKS = new CoverageChecks(SupportingDiagnosesResource.load(),
            ClaimEditRulesTest.EDITS);

    private static List<Finding> diagnosisFindings(LocalDate date, String code, String... dx) {
        EstimateInput input = ClaimEditRulesTest.input(date, code, dx);
        List<ProcedureCode> codes = input.lines().stream().map(l -> ProcedureCatalog.find(l.code()).orElseThrow())
                .toList();
        return CHECKS.check(input, codes.get(0).region(), codes, List.of(), Optional.empty(), Optional.empty())
                .stream().filter(f -> f.code().startsWith("DIAGNOSIS")).toList();
    }

    private static String summary(List<Finding> findings) {
        return String.join(" ", findings.stream().map(f -> f.code() + ":" + f.severity().wireName() + ":"
                + f.kind().wireName()).sorted().toList());
    }

    @ParameterizedTest(name = "{0} {1} → [{2}]")
    @CsvSource(delimiter = '|', value = {
            // not billable FY2026 codes: a malformed code, a category header, a 3-character category
            "62323 | M5416X       | DIAGNOSIS-INVALID:error:coding DIAGNOSIS-SUPPORT:warning:diagnosis",
            "62321 | M50.1        | DIAGNOSIS-INVALID:error:coding",
            "62321 | B02          | DIAGNOSIS-INVALID:error:coding DIAGNOSIS-SUPPORT:warning:diagnosis",
            "62321 | M50.12       | DIAGNOSIS-INVALID:error:coding",
            // dotted and undotted are one code
            "62323 | M54.16       | ",
            "62323 | m5416        | ",
            "62321 | M50.121      | ",
            // spondylosis with radiculopathy supports (exact codes of its region)
            "62323 | M47.26       | ",
            "62321 | M47.22       | ",
            "62321 | M47.26       | DIAGNOSIS-SUPPORT:warning:diagnosis",
            // zoster only with nerve involvement, not ocular zoster
            "62321 | B02.29       | ",
            "62321 | B02.30       | DIAGNOSIS-SUPPORT:warning:diagnosis",
            // stenosis: the lumbar subtree's FY2026 children
            "62323 | M48.062      | ",
            // axial pain alone is a listed non-covered use: a coverage error (ABN)
            "62323 | M54.50       | DIAGNOSIS-SUPPORT:error:coverage",
            "62321 | M54.2        | DIAGNOSIS-SUPPORT:error:coverage",
            "62321 | M54.6        | DIAGNOSIS-SUPPORT:error:coverage",
            "62323 | M54.50,M54.16| ",
            // acute postoperative pain: the articles' diagnosis restrictions do not apply
            "62323 | G89.18       | ",
            "62321 | G89.12       | ",
            "62323 | G89.18,M54.50| ",
            // an unrelated diagnosis stays a warning
            "62321 | J45.909      | DIAGNOSIS-SUPPORT:warning:diagnosis"})
    void eachDiagnosisIsJudgedAsTheArticlesAndTheCodeSetSay(String code, String dx, String expected) {
        assertThat(summary(diagnosisFindings(ClaimEditRulesTest.FY2026, code, dx.split(","))))
                .isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void anInvalidCodeNamesTheEditionAndTheAxialErrorGivesAbnAdvice() {
        assertThat(diagnosisFindings(ClaimEditRulesTest.FY2026, "62323", "M5416X", "M54.16")).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("M54.16X is not a billable ICD-10-CM code in FY2026");
                    assertThat(f.source()).contains("ICD-10-CM billable codes FY2026 (effective 2025-10-01 to"
                            + " 2026-09-30)");
                });
        assertThat(diagnosisFindings(ClaimEditRulesTest.FY2026, "62323", "M54.50")).singleElement()
                .satisfies(f -> {
                    assertThat(f.makesNotCovered()).isTrue();
                    assertThat(f.message()).contains("M54.50", "ABN");
                });
    }

    @Test
    void aDateNoIcd10EditionCoversIsNotCheckedAndADateAfterTheNewestSaysSo() {
        LocalDate fy2025 = LocalDate.parse("2025-06-01");
        assertThat(summary(diagnosisFindings(fy2025, "62321", "M50.12"))).isEmpty();
        // a date before the bundled list (a past session) is simply not checked
        assertThat(CHECKS.editAssumptions(ClaimEditRulesTest.input(fy2025, "62321", "M50.12"), List.of())).isEmpty();
        // after the newest edition the practice should load the new fiscal year's list: say so
        LocalDate fy2027 = LocalDate.parse("2026-12-07");
        assertThat(summary(diagnosisFindings(fy2027, "62321", "M5416X"))).doesNotContain("DIAGNOSIS-INVALID");
        assertThat(CHECKS.editAssumptions(ClaimEditRulesTest.input(fy2027, "62321", "M5416X"), List.of()))
                .containsExactly("Diagnoses not checked for validity: no ICD-10-CM edition loaded covers 2026-12-07"
                        + " (load CMS's code file for its fiscal year with load-edits).");
    }

    @Test
    void whereAnEditFiresTheAssumptionsNameTheEditionsThatAnsweredAndWhatTheExtractCannotKnow() {
        EstimateInput pair = ClaimEditRulesTest.input(ClaimEditRulesTest.FY2026, "62323,64483", "M54.16");
        List<Finding> findings = diagnosisFindings(ClaimEditRulesTest.FY2026, "62323", "M54.16");
        assertThat(CHECKS.editAssumptions(pair, findings)).as("no edit fired: nothing to say").isEmpty();
        Finding ncci = Finding.of("NCCI-PTP", Severity.ERROR, FindingKind.CODING, "62323 and 64483", "CMS NCCI");
        assertThat(CHECKS.editAssumptions(pair, List.of(ncci))).containsExactly(
                "Diagnoses checked against the ICD-10-CM billable codes FY2026 (effective 2025-10-01 to 2026-09-30).",
                "Checked against the NCCI PTP practitioner edits 2024Q3 (effective 2024-07-01 to 2024-09-30), the"
                        + " newest loaded: CMS revises these edits every quarter and those in force on 2026-03-02"
                        + " may differ.");
        ClaimEditNotes notes = new ClaimEditNotes(ClaimEditRulesTest.EDITS);
        EstimateInput families = ClaimEditRulesTest.input(ClaimEditRulesTest.FY2026, "64635,64493");
        assertThat(notes.assumptions(families, families.lines(), false)).containsExactly(
                "NCCI pairs among codes outside the ESI family (here 64635 and 64493) are not in the bundled PTP"
                        + " extract, which holds only the ESI codes' pairs: such a pair is not checked until CMS's"
                        + " full tables are loaded (load-edits).");
    }

    @Test
    void anExcludedSubtreeIsNotSupportedThoughABroaderEntryListsIt() {
        SupportingDiagnoses list = new SupportingDiagnoses(List.of(
                new Entry(Use.SUPPORTS, Optional.empty(), "B02", true),
                new Entry(Use.EXCLUDES, Optional.empty(), "B02.3", true),
                new Entry(Use.SUPPORTS, Optional.of(SpinalRegion.LUMBAR_SACRAL), "M54.16", false)));
        assertThat(list.supports(SpinalRegion.CERVICAL_THORACIC, "B02.29")).isTrue();
        assertThat(list.supports(SpinalRegion.CERVICAL_THORACIC, "B0230")).isFalse();
        // an exact code is not a prefix
        assertThat(list.supports(SpinalRegion.LUMBAR_SACRAL, "M54.16X")).isFalse();
        assertThat(list.supports(SpinalRegion.CERVICAL_THORACIC, "M54.16")).isFalse();
    }
}
