package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A family cap's verdict for one proposed session: which family, region and cap answered, and how.
 *
 * @param windowStart            the first day counted; empty for a whole-history cap
 * @param nextEligibleDate       when not eligible, the earliest later date it would be; empty when eligible, and
 *                               always for a whole-history cap (its sessions never leave the count)
 * @param countedWithoutPurpose  prior sessions recorded without a purpose, counted toward this cap (Decision: a
 *                               family that counts purposes apart counts such a session toward each of its caps)
 */
public record FamilyFrequencyResult(String family, String region, CapPurpose purpose, CapWindow window,
                                    Optional<LocalDate> windowStart, LocalDate windowEnd, int priorSessions,
                                    int limit, int remainingAfterThis, boolean eligible,
                                    Optional<LocalDate> nextEligibleDate, int countedWithoutPurpose) {
    /** The ESI-shaped verdict {@link FrequencyPolicy} gives, for a rolling-window cap. */
    public FrequencyResult toFrequencyResult() {
        return new FrequencyResult(windowStart.orElseThrow(() -> new IllegalStateException(
                "a whole-history cap has no window start")), windowEnd, priorSessions, limit, remainingAfterThis,
                eligible, nextEligibleDate);
    }
}
