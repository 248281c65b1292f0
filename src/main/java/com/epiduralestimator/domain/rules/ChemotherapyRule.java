package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.Substance;
import java.util.List;

/** CHEMOTHERAPY: chemotherapy is not reported with an epidural injection code. */
final class ChemotherapyRule extends Rule {
    ChemotherapyRule() {
        super("CHEMOTHERAPY", CODING, ERROR, ARTICLE);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        if (s.input().substance().isEmpty() || s.input().substance().get() != Substance.CHEMOTHERAPY) {
            return List.of();
        }
        return List.of(finding("Chemotherapy is not reported with an epidural injection code: report the"
                + " chemotherapy administration with its own code (this estimate prices the epidural codes as"
                + " described)."));
    }
}
