package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage as the rules state it (150% for a bilateral procedure, 20% coinsurance, 95% for a non-participating
 * provider, 109.25% limiting charge): a value, not a string handed to a helper. Applying it is exact;
 * {@link Money#times(Percent)} rounds the result to the cent once, as every reported figure is.
 */
public record Percent(BigDecimal value) {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public Percent {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a percentage is not negative");
        }
    }

    /** From the figure as the rule writes it: {@code Percent.of("109.25")} is 109.25%. */
    public static Percent of(String percent) {
        return new Percent(new BigDecimal(percent));
    }

    /** {@code amount × value / 100}, exact (no rounding: the caller rounds the figure it reports). */
    public BigDecimal of(BigDecimal amount) {
        return amount.multiply(value).divide(HUNDRED);
    }

    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
