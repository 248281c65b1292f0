package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.Finding;
import java.util.List;

/**
 * UNITS: an interlaminar code is one unit, one level per session; a transforaminal first-level code is one unit
 * (the next level is its add-on code), and a session has at most two transforaminal levels. One finding at most.
 */
final class UnitsRule extends Rule {
    static final int MAX_TRANSFORAMINAL_LEVELS = 2;

    UnitsRule() {
        super("UNITS", CODING, ERROR, ARTICLE);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        int transforaminalLevels = 0;
        for (SessionReview.Line line : s.lines()) {
            String code = line.code().code();
            if (line.approach() == Approach.INTERLAMINAR && (line.units() != 1 || s.unitsOf(code) > 1)) {
                return List.of(finding(code + " is reported with 1 unit: one interlaminar level per session."));
            }
            if (line.approach() == Approach.TRANSFORAMINAL) {
                if (!line.code().addOn() && line.units() != 1) {
                    return List.of(finding(code + " is the first level: report 1 unit and the second level with"
                            + " its add-on code."));
                }
                transforaminalLevels += line.units();
            }
        }
        if (transforaminalLevels > MAX_TRANSFORAMINAL_LEVELS) {
            return List.of(finding("At most " + MAX_TRANSFORAMINAL_LEVELS + " transforaminal levels per session"
                    + " (the first level and one add-on unit); this session has " + transforaminalLevels + "."));
        }
        return List.of();
    }
}
