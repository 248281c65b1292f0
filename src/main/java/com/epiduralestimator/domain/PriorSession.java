package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.Set;

/** A recorded session of the same region before the proposed date, with the approaches it used. */
public record PriorSession(LocalDate date, Set<Approach> approaches) {
    public PriorSession {
        approaches = Set.copyOf(approaches);
    }
}
