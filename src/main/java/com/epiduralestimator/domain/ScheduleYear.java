package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A loaded fee schedule year and its conversion factor (CY2025: $32.3465). */
public record ScheduleYear(int year, BigDecimal conversionFactor) {
    public ScheduleYear {
        Objects.requireNonNull(conversionFactor, "conversionFactor");
        if (conversionFactor.signum() <= 0) {
            throw new IllegalArgumentException("conversion factor must be positive");
        }
    }
}
