package com.epiduralestimator.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A line of a claim as coded for its payer, and whether Medicare covers it (line-level coverage, medicare-rules.md
 * section 6: a coverage rule that denies part of a session denies only those lines).
 *
 * @param notCoveredBy the id of the coverage rule that denies the line (FREQ-ONE-REGION, LEVELS, FREQ-CAP, ...);
 *                     empty when the line is covered
 */
public record CoveredLine(SessionLine line, Optional<String> notCoveredBy) {
    public CoveredLine {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(notCoveredBy, "notCoveredBy");
    }

    public static CoveredLine covered(SessionLine line) {
        return new CoveredLine(line, Optional.empty());
    }

    public static CoveredLine notCovered(SessionLine line, String ruleId) {
        return new CoveredLine(line, Optional.of(ruleId));
    }

    public boolean covered() {
        return notCoveredBy.isEmpty();
    }

    /** The same coverage for another line (the facility's coding of this line). */
    public CoveredLine with(SessionLine other) {
        return new CoveredLine(other, notCoveredBy);
    }
}
