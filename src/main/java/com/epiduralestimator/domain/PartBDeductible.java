package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** The annual Part B deductible by calendar year (CMS fact sheets). */
public final class PartBDeductible {
    private static final Map<Integer, BigDecimal> BY_YEAR = Map.of(
            2024, new BigDecimal("240.00"),
            2025, new BigDecimal("257.00"),
            2026, new BigDecimal("283.00"));

    private PartBDeductible() {}

    public static Optional<BigDecimal> forYear(int year) {
        return Optional.ofNullable(BY_YEAR.get(year));
    }
}
