package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.Finding;
import java.util.List;

/**
 * KX-UNEXPECTED: modifier KX on a line that is not a diagnostic selective nerve root block, nor a line whose family
 * requires KX for the purpose (a diagnostic facet or SI block: KX-DIAGNOSTIC).
 */
final class KxUnexpectedRule extends Rule {
    KxUnexpectedRule() {
        super("KX-UNEXPECTED", CODING, WARNING, ARTICLE);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        return s.lines().stream().filter(l -> l.hasModifier("KX") && !KxDsnrbRule.dsnrbLine(s, l)
                        && !RequiredModifierRule.requiredKx(s, l))
                .map(l -> l.code().code()).distinct()
                .map(code -> finding("Modifier KX on " + code + ", which is not a transforaminal diagnostic"
                        + " selective nerve root block: the claim may be rejected."))
                .toList();
    }
}
