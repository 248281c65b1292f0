package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.Purpose;
import java.util.List;

/** KX-DSNRB: a diagnostic selective nerve root block (a transforaminal line) must carry modifier KX. */
final class KxDsnrbRule extends Rule {
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
                .map(l -> finding("A diagnostic selective nerve root block must carry modifier KX on "
                        + l.code().code() + "."))
                .toList();
    }
}
