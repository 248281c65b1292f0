package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded session of one family as the cap counts it: its date, its region and its purpose (as recorded; empty
 * when none was). Several lines, levels or sides on one date are one session.
 */
public record FamilySession(LocalDate date, String region, Optional<Purpose> purpose) {
    public FamilySession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(purpose, "purpose");
    }
}
