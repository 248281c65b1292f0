package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.SessionLine;
import java.util.ArrayList;
import java.util.List;

/** BILATERAL-INTERLAMINAR: modifier 50 on an interlaminar code is not covered (its bilateral indicator is 9). */
final class BilateralInterlaminarRule extends Rule implements ClaimFix {
    BilateralInterlaminarRule() {
        super("BILATERAL-INTERLAMINAR", CODING, ERROR, ARTICLE);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<Finding> findings = new ArrayList<>();
        for (SessionReview.Line l : s.lines()) {
            if (l.approach() == Approach.INTERLAMINAR && l.hasModifier("50")) {
                findings.add(finding("Modifier 50 (bilateral) on the interlaminar code " + l.code().code()
                        + " is not covered: remove it (one interlaminar injection per session; CMS's bilateral"
                        + " indicator for the code is 9, so the price does not change)."));
            }
        }
        return findings;
    }

    /** Modifier 50 comes off the interlaminar line (its bilateral indicator 9: the price does not change). */
    @Override
    public List<SessionLine> fix(EstimateInput input, List<SessionLine> lines) {
        List<SessionLine> fixed = new ArrayList<>(lines.size());
        for (SessionLine line : lines) {
            if (line.hasModifier("50")
                    && ProcedureCatalog.find(line.code()).orElseThrow().approach() == Approach.INTERLAMINAR) {
                List<String> modifiers = new ArrayList<>();
                for (String m : line.modifiers()) {
                    if (!m.equals("50")) {
                        modifiers.add(m);
                    }
                }
                fixed.add(line.withModifiers(modifiers));
            } else {
                fixed.add(line);
            }
        }
        return List.copyOf(fixed);
    }
}
