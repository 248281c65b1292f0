package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.Finding;
import java.util.List;

/** BILATERAL-INTERLAMINAR: modifier 50 on an interlaminar code is not covered (its bilateral indicator is 9). */
final class BilateralInterlaminarRule extends Rule {
    BilateralInterlaminarRule() {
        super("BILATERAL-INTERLAMINAR", CODING, ERROR, ARTICLE);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        return s.lines().stream().filter(l -> l.approach() == Approach.INTERLAMINAR && l.hasModifier("50"))
                .map(l -> finding("Modifier 50 (bilateral) on the interlaminar code " + l.code().code()
                        + " is not covered."))
                .toList();
    }
}
