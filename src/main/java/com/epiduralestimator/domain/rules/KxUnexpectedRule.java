package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.HcpcsCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
        Set<HcpcsCode> codes = new LinkedHashSet<>();
        for (SessionReview.Line l : s.lines()) {
            if (l.hasModifier("KX") && !KxDsnrbRule.dsnrbLine(s, l)
                    && !RequiredModifierRule.requiredKx(s, l)) {
                codes.add(l.code().code());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (HcpcsCode code : codes) {
            findings.add(finding("Modifier KX on " + code + ", which is not a transforaminal diagnostic"
                    + " selective nerve root block: the claim may be rejected."));
        }
        return findings;
    }
}
