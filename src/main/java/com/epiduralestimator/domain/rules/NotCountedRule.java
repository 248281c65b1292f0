package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.COVERAGE;
import static com.epiduralestimator.domain.Severity.INFO;

import com.epiduralestimator.domain.Finding;
import java.util.List;

/** NOT-COUNTED: none of the codes counts toward its family's cap, so the cap neither applies nor is consumed. */
final class NotCountedRule extends Rule {
    NotCountedRule() {
        super("NOT-COUNTED", COVERAGE, INFO, LCD);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        for (SessionReview.Line l : s.lines()) { // a loop: every estimate runs it (docs/performance.md)
            if (l.code().countsTowardCap()) {
                return List.of();
            }
        }
        return List.of(finding("None of these codes is a covered ESI counted toward the 4-sessions-per-region cap."));
    }
}
