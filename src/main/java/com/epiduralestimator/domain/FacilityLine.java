package com.epiduralestimator.domain;

import java.util.List;
import java.util.Optional;

/**
 * One line of the facility's claim.
 *
 * @param indicator OPPS status indicator (hospital) or ASC payment indicator
 * @param apc       the OPPS APC, where there is one
 * @param rate      national unadjusted rate of one unit
 * @param allowed   what the line is paid, after wage adjustment, packaging and the multiple-procedure discount
 */
public record FacilityLine(SessionLine line, String indicator, Optional<String> apc, Money rate,
                           Money allowed, List<String> adjustments) {
    public FacilityLine {
        adjustments = List.copyOf(adjustments);
    }
}
