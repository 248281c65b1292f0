package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.Purpose;
import com.epiduralestimator.domain.SessionLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** KX-DSNRB: a diagnostic selective nerve root block (a transforaminal line) must carry modifier KX. */
final class KxDsnrbRule extends Rule implements ClaimFix {
    KxDsnrbRule() {
        super("KX-DSNRB", CODING, ERROR, ARTICLE);
    }

    /** The line is a DSNRB: the stated purpose, on a transforaminal code. */
    static boolean dsnrbLine(SessionReview s, SessionReview.Line line) {
        return dsnrb(s.input()) && line.approach() == Approach.TRANSFORAMINAL;
    }

    private static boolean dsnrb(EstimateInput input) {
        return input.purpose().isPresent() && input.purpose().get() == Purpose.DIAGNOSTIC_SELECTIVE_NERVE_ROOT_BLOCK;
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        // Loops, not streams: every rule runs on every estimate (docs/performance.md).
        Set<HcpcsCode> codes = new LinkedHashSet<>();
        for (SessionReview.Line l : s.lines()) {
            if (dsnrbLine(s, l) && !l.hasModifier("KX")) {
                codes.add(l.code().code());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (HcpcsCode code : codes) {
            findings.add(finding("A diagnostic selective nerve root block must carry modifier KX on " + code + "."));
        }
        return findings;
    }

    /** KX goes on each DSNRB line that lacks it: paid as a DSNRB with KX (KX itself changes no price). */
    @Override
    public List<SessionLine> fix(EstimateInput input, List<SessionLine> lines) {
        if (!dsnrb(input)) {
            return lines;
        }
        List<SessionLine> fixed = new ArrayList<>(lines.size());
        for (SessionLine line : lines) {
            boolean transforaminal = ProcedureCatalog.find(line.code()).orElseThrow().approach()
                    == Approach.TRANSFORAMINAL;
            if (!transforaminal || line.hasModifier("KX")) {
                fixed.add(line);
                continue;
            }
            List<String> modifiers = new ArrayList<>(line.modifiers());
            modifiers.add("KX");
            fixed.add(line.withModifiers(modifiers));
        }
        return List.copyOf(fixed);
    }
}
