package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is BigDecimal, rounded half-up to cents once per reported figure (medicare-rules.md section 5). */
public final class Money {
    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {}

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code amount × percent / 100}, rounded to cents. */
    public static BigDecimal percentOf(BigDecimal amount, Percent percent) {
        return cents(percent.of(amount));
    }
}
