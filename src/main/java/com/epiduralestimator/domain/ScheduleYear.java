package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded fee schedule year and its conversion factor (CY2025: $32.3465). Some years carry a second conversion
 * factor for qualifying APM participants (CY2026: $33.4009, and $33.5675 for qualifying APM participants).
 */
public record ScheduleYear(int year, BigDecimal conversionFactor, Optional<BigDecimal> qualifyingApmConversionFactor) {
    public ScheduleYear {
        Objects.requireNonNull(conversionFactor, "conversionFactor");
        Objects.requireNonNull(qualifyingApmConversionFactor, "qualifyingApmConversionFactor");
        if (conversionFactor.signum() <= 0 || qualifyingApmConversionFactor.map(BigDecimal::signum).orElse(1) <= 0) {
            throw new IllegalArgumentException("conversion factor must be positive");
        }
    }

    public ScheduleYear(int year, BigDecimal conversionFactor) {
        this(year, conversionFactor, Optional.empty());
    }

    /** The CF for a qualifying APM participant or not; a year with one CF uses it for everyone. */
    public BigDecimal conversionFactor(boolean qualifyingApm) {
        return qualifyingApm ? qualifyingApmConversionFactor.orElse(conversionFactor) : conversionFactor;
    }
}
