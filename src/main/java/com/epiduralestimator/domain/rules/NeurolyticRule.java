package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Substance;
import java.util.ArrayList;
import java.util.List;

/** NEUROLYTIC: a neurolytic substance is not reported with 62320-62327 (interlaminar and catheter codes). */
final class NeurolyticRule extends Rule implements ClaimFix {
    NeurolyticRule() {
        super("NEUROLYTIC", CODING, ERROR, ARTICLE);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        boolean neurolytic = neurolytic(s.input());
        boolean epiduralCode = false;
        for (SessionReview.Line l : s.lines()) {
            epiduralCode |= l.approach() == Approach.INTERLAMINAR || l.approach() == Approach.CATHETER;
        }
        if (!neurolytic || !epiduralCode) {
            return List.of();
        }
        return List.of(finding("A neurolytic substance is not reported with 62320-62327: report "
                + ProcedureCatalog.neurolyticCodeFor(s.region()) + "."));
    }

    /** The interlaminar and catheter lines become one unit of the region's neurolytic code. */
    private static boolean neurolytic(EstimateInput input) {
        return input.substance().isPresent() && input.substance().get() == Substance.NEUROLYTIC;
    }

    @Override
    public List<SessionLine> fix(EstimateInput input, List<SessionLine> lines) {
        if (!neurolytic(input)) {
            return lines;
        }
        List<SessionLine> fixed = new ArrayList<>();
        boolean added = false;
        for (SessionLine line : lines) {
            ProcedureCode code = ProcedureCatalog.find(line.code()).orElseThrow();
            if (code.approach() != Approach.INTERLAMINAR && code.approach() != Approach.CATHETER) {
                fixed.add(line);
            } else if (!added) {
                fixed.add(new SessionLine(ProcedureCatalog.neurolyticCodeFor(code.region()), 1, List.of()));
                added = true;
            }
        }
        return fixed;
    }
}
