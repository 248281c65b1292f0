package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The cap's verdict for one proposed session.
 *
 * @param family  the family whose cap answered ({@code esi}, {@code facet}, {@code facet-rfa}, {@code sacroiliac})
 * @param purpose the cap's purpose where the family counts diagnostic and therapeutic sessions apart; empty where
 *                the family has one cap for any purpose
 * @param window  rolling 12 months, or the whole recorded history (SI diagnostic sessions: no next eligible date;
 *                {@code windowStart} is then the earliest session counted, or the date of service)
 */
public record FrequencyResult(LocalDate windowStart, LocalDate windowEnd, int priorSessions, int limit,
                              int remainingAfterThis, boolean eligible, Optional<LocalDate> nextEligibleDate,
                              String family, Optional<CapPurpose> purpose, CapWindow window) {
    public FrequencyResult {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(window, "window");
    }

    /** The ESI family's verdict (one cap for any purpose, rolling 12 months). */
    public FrequencyResult(LocalDate windowStart, LocalDate windowEnd, int priorSessions, int limit,
                           int remainingAfterThis, boolean eligible, Optional<LocalDate> nextEligibleDate) {
        this(windowStart, windowEnd, priorSessions, limit, remainingAfterThis, eligible, nextEligibleDate, ProcedureFamily.ESI,
                Optional.empty(), CapWindow.ROLLING_12_MONTHS);
    }

    /** The same verdict for a session that does not count: nothing consumed, nothing refused. */
    public FrequencyResult notCounting() {
        return new FrequencyResult(windowStart, windowEnd, priorSessions, limit, Math.max(0, limit - priorSessions),
                true, Optional.empty(), family, purpose, window);
    }
}
