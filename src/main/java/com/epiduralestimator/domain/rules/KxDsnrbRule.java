package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Purpose;
import java.util.ArrayList;
import java.util.List;

/** KX-DSNRB: a diagnostic selective nerve root block (a transforaminal line) must carry modifier KX. */
final class KxDsnrbRule extends Rule implements ClaimFix {
    KxDsnrbRule() {
        super("KX-DSNRB", CODING, ERROR, ARTICLE);
    }

    /** The line is a DSNRB: the stated purpose, on a transforaminal code. */
    static boolean dsnrbLine(SessionReview s, SessionReview.Line line) {
        return s.input().purpose().filter(p -> p == Purpose.DIAGNOSTIC_SELECTIVE_NERVE_ROOT_BLOCK).isPresent()
                && line.approach() == Approach.TRANSFORAMINAL;
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        return s.lines().stream().filter(l -> dsnrbLine(s, l) && !l.hasModifier("KX"))
                .map(l -> l.code().code()).distinct()
                .map(code -> finding("A diagnostic selective nerve root block must carry modifier KX on " + code
                        + "."))
                .toList();
    }

    /** KX goes on each DSNRB line that lacks it: paid as a DSNRB with KX (KX itself changes no price). */
    @Override
    public List<SessionLine> fix(EstimateInput input, List<SessionLine> lines) {
        if (input.purpose().filter(p -> p == Purpose.DIAGNOSTIC_SELECTIVE_NERVE_ROOT_BLOCK).isEmpty()) {
            return lines;
        }
        return lines.stream().map(line -> {
            boolean transforaminal = ProcedureCatalog.find(line.code()).orElseThrow().approach()
                    == Approach.TRANSFORAMINAL;
            if (!transforaminal || line.hasModifier("KX")) {
                return line;
            }
            List<String> modifiers = new ArrayList<>(line.modifiers());
            modifiers.add("KX");
            return line.withModifiers(modifiers);
        }).toList();
    }
}
