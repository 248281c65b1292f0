package com.epiduralestimator.domain;

import java.util.List;
import java.util.Optional;

/**
 * One line after pricing: the schedule amount of one unit, what is allowed for the line, and why.
 *
 * @param notCoveredBy the id of the coverage rule that denies the line (line-level coverage, medicare-rules.md
 *                     section 6); empty when the line is covered. A line that is not covered is priced alone, at
 *                     its own fee: what the patient would owe for it with a signed ABN.
 */
public record PricedLine(SessionLine line, Money unitFee, Money allowed, List<String> adjustments,
                         Optional<String> notCoveredBy) {
    public PricedLine {
        adjustments = List.copyOf(adjustments);
    }

    /** A covered line. */
    public PricedLine(SessionLine line, Money unitFee, Money allowed, List<String> adjustments) {
        this(line, unitFee, allowed, adjustments, Optional.empty());
    }

    public boolean covered() {
        return notCoveredBy.isEmpty();
    }
}
