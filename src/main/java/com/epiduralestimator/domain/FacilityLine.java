package com.epiduralestimator.domain;

import java.util.List;
import java.util.Optional;

/**
 * One line of the facility's claim, coded as the facility's payer wants it (an ASC's RT and LT lines; a hospital's
 * line with 50).
 *
 * @param indicator    OPPS status indicator (hospital) or ASC payment indicator
 * @param apc          the OPPS APC, where there is one
 * @param rate         national unadjusted rate of one unit
 * @param allowed      what the line is paid, after wage adjustment, packaging and the multiple-procedure discount;
 *                     for a line that is not covered, its own amount, undiscounted (what an ABN would bill)
 * @param notCoveredBy the coverage rule that denies the physician line this line codes; empty when covered
 */
public record FacilityLine(SessionLine line, String indicator, Optional<String> apc, Money rate,
                           Money allowed, List<String> adjustments, Optional<String> notCoveredBy) {
    public FacilityLine {
        adjustments = List.copyOf(adjustments);
    }

    /** A covered line. */
    public FacilityLine(SessionLine line, String indicator, Optional<String> apc, Money rate, Money allowed,
                        List<String> adjustments) {
        this(line, indicator, apc, rate, allowed, adjustments, Optional.empty());
    }

    public boolean covered() {
        return notCoveredBy.isEmpty();
    }
}
