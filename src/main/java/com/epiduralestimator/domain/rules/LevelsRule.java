package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.COVERAGE;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.ClaimCoding;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.NotCoveredBilling;
import com.epiduralestimator.domain.SessionLine;
import java.util.ArrayList;
import java.util.List;

/**
 * LEVELS (medicare-rules.md section 6): a transforaminal level beyond the first and one add-on unit per region is
 * not reasonable and necessary: that unit is a line of its own ({@link ClaimCoding}), not covered (ABN), never a
 * coding slip dropped silently.
 */
final class LevelsRule extends Rule implements LineDenial {
    LevelsRule() {
        super("LEVELS", COVERAGE, ERROR, LCD);
    }

    @Override
    public boolean denies(SessionReview s, int index) {
        return ClaimCoding.beyondLevelLimit(s.claims().physician())[index];
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<SessionLine> lines = s.claims().physician();
        boolean[] beyond = ClaimCoding.beyondLevelLimit(lines);
        List<String> denied = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (beyond[i]) {
                denied.add(lines.get(i).code() + " x" + lines.get(i).units());
            }
        }
        if (denied.isEmpty()) {
            return List.of();
        }
        return List.of(finding("At most two transforaminal levels per region per session (the first level and one"
                + " add-on unit) are covered: " + String.join(", ", denied) + " beyond them is not covered; the"
                + " patient may be billed for it " + NotCoveredBilling.of(s.input()).condition() + "."));
    }
}
