package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A session of the patient's history as the rules that look across families read it (an RFA's global period, the
 * blocks before a first RFA): its date, family, region and purpose, and whether this practice performed it (the
 * ledger knows the practice, not the physician: "the same physician" of the global-surgery rules is read as this
 * practice). A voided session is never one.
 *
 * @param thisPractice recorded with {@code performedBy: this-practice}; false for another provider's session,
 *                     recorded or given in the request's {@code otherSessions}
 */
public record PastSession(LocalDate date, String family, SpinalRegion region, Optional<Purpose> purpose,
                          boolean thisPractice) {
    public PastSession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** Days from this session to {@code date}: 1 the day after, 0 the same day, negative before it. */
    public long daysUntil(LocalDate date) {
        return java.time.temporal.ChronoUnit.DAYS.between(this.date, date);
    }
}
