package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.BillableDiagnoses;
import com.epiduralestimator.domain.ClaimEdits;
import com.epiduralestimator.domain.Finding;
import java.util.List;
import java.util.Optional;

/**
 * DIAGNOSIS-INVALID (medicare-rules.md section 6): a diagnosis that is not a billable ICD-10-CM code of the edition
 * in force on the date of service (a category header such as M50.1 or B02, a malformed M5416X): the contractor
 * returns the claim as unprocessable. A coding error: nothing shifts to the patient. The code list is read only
 * when the estimate has diagnoses; a date no edition covers is not checked (said in the assumptions).
 */
final class DiagnosisInvalidRule extends Rule {
    private final ClaimEdits edits;

    DiagnosisInvalidRule(ClaimEdits edits) {
        super("DIAGNOSIS-INVALID", CODING, ERROR, "ICD-10-CM code descriptions in tabular order (CMS/NCHS)");
        this.edits = edits;
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<String> codes = s.input().diagnosisCodes();
        if (codes.isEmpty()) {
            return List.of();
        }
        Optional<BillableDiagnoses> billable = edits.diagnoses(s.input().dateOfService());
        if (billable.isEmpty()) {
            return List.of();
        }
        List<String> invalid = codes.stream().filter(c -> !billable.get().billable(c)).toList();
        if (invalid.isEmpty()) {
            return List.of();
        }
        String edition = billable.get().edition().name();
        return List.of(Finding.of(id(), ERROR, CODING, String.join(", ", invalid) + (invalid.size() == 1
                ? " is not a" : " are not") + " billable ICD-10-CM " + (invalid.size() == 1 ? "code" : "codes")
                + " in " + edition + " (a category header or a malformed code): the contractor returns the claim as"
                + " unprocessable. Report the full code to its last character.",
                source() + ", " + billable.get().edition().describe()));
    }
}
