package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.DOCUMENTATION;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.Documentation;
import com.epiduralestimator.domain.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CONSERVATIVE-CARE: before a first injection, at least 4 weeks of pain and 4 weeks of failed conservative care.
 * Decision: "first" means no session of the region recorded in the 12-month window, the only history read.
 */
final class ConservativeCareRule extends Rule {
    static final int MIN_CONSERVATIVE_CARE_WEEKS = 4;
    static final int MIN_PAIN_WEEKS = 4;

    ConservativeCareRule() {
        super("CONSERVATIVE-CARE", DOCUMENTATION, WARNING, LCD);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        if (!s.coveredEsi() || !s.priors().isEmpty()) {
            return List.of();
        }
        Documentation doc = s.input().documentation();
        List<String> missing = new ArrayList<>();
        if (!atLeast(doc.painDurationWeeks(), MIN_PAIN_WEEKS)) { // no lambdas: docs/performance.md
            missing.add("pain for at least " + MIN_PAIN_WEEKS + " weeks" + stated(doc.painDurationWeeks()));
        }
        if (!atLeast(doc.conservativeCareWeeks(), MIN_CONSERVATIVE_CARE_WEEKS)) {
            missing.add("at least " + MIN_CONSERVATIVE_CARE_WEEKS + " weeks of failed conservative care"
                    + stated(doc.conservativeCareWeeks()));
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(finding("Before a first injection the record must show " + String.join(" and ", missing)
                + "."));
    }

    private static String stated(Optional<Integer> weeks) {
        return weeks.isPresent() ? " (stated: " + weeks.get() + ")" : " (not stated)";
    }

    private static boolean atLeast(Optional<Integer> weeks, int minimum) {
        return weeks.isPresent() && weeks.get() >= minimum;
    }
}
