package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.Optional;

/** The cap's verdict for one proposed session. */
public record FrequencyResult(LocalDate windowStart, LocalDate windowEnd, int priorSessions, int limit,
                              int remainingAfterThis, boolean eligible, Optional<LocalDate> nextEligibleDate) {}
