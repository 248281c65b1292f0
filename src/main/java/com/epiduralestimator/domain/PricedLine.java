package com.epiduralestimator.domain;

import java.util.List;

/** One line after pricing: the schedule amount of one unit, what is allowed for the line, and why. */
public record PricedLine(SessionLine line, Money unitFee, Money allowed, List<String> adjustments) {
    public PricedLine {
        adjustments = List.copyOf(adjustments);
    }
}
