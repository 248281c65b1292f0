package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.SessionLine;
import java.util.ArrayList;
import java.util.List;

/**
 * MODIFIER-DISTINCT (medicare-rules.md section 6): 59, XE, XS, XP or XU says a service is distinct from another on
 * the same day; on a line with nothing else to be distinct from (no other code on the claim) it is an audit flag.
 */
final class DistinctModifierRule extends Rule {
    static final List<String> DISTINCT = List.of("59", "XE", "XS", "XP", "XU");

    DistinctModifierRule() {
        super("MODIFIER-DISTINCT", CODING, WARNING, "CMS NCCI Policy Manual ch. 1 §E (modifiers 59 and X{EPSU})");
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<SessionLine> lines = s.input().lines();
        List<Finding> findings = new ArrayList<>();
        for (SessionLine line : lines) {
            String modifier = null;
            for (String m : DISTINCT) {
                if (line.hasModifier(m)) {
                    modifier = m;
                    break;
                }
            }
            boolean alone = true;
            for (SessionLine other : lines) {
                alone &= other.code().equals(line.code());
            }
            if (modifier != null && alone) {
                findings.add(finding(line.code() + " carries " + modifier + " but there is no other service on the"
                        + " claim to be distinct from: drop the modifier (an audit flag)."));
            }
        }
        return findings;
    }
}
