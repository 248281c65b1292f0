package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of US dollars in whole cents: every figure the estimator reports (medicare-rules.md section 5). It owns
 * the rounding rule, so no caller picks a scale or a mode:
 * <ul>
 * <li>{@link #round}: an exact product (RVUs × GPCIs × CF, a rate × a wage adjustment) becomes money once, half-up
 *     to the cent;</li>
 * <li>{@link #times(Percent)} and {@link #scaledBy}: a share of an amount (150% bilateral, 50% multiple procedure,
 *     20% coinsurance, 95% non-participating, 98% after sequestration) is rounded half-up, once;</li>
 * <li>{@link #roundUp}: the one exception, the facility's coinsurance, which CMS rounds up to the cent as it does
 *     its published OPPS copayments;</li>
 * <li>{@link #of}: an amount already in cents (a request's deductible remaining, a year's deductible) is taken as is;
 *     a fraction of a cent is an error, not a silent rounding.</li>
 * </ul>
 * Sums and differences of money are exact. Two amounts are equal when they are the same number of cents.
 */
public final class Money implements Comparable<Money> {
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /** An exact amount rounded half-up to the cent. */
    public static Money round(BigDecimal exact) {
        return new Money(exact.setScale(2, RoundingMode.HALF_UP));
    }

    /** An exact amount rounded up to the cent (the facility's coinsurance only). */
    public static Money roundUp(BigDecimal exact) {
        return new Money(exact.setScale(2, RoundingMode.CEILING));
    }

    /**
     * An amount already in cents.
     *
     * @throws IllegalArgumentException when it has a fraction of a cent
     */
    public static Money of(BigDecimal cents) {
        Objects.requireNonNull(cents, "cents");
        try {
            return new Money(cents.setScale(2, RoundingMode.UNNECESSARY));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("an amount of money is in whole cents", e);
        }
    }

    /** The amount as a number with exactly two decimals. */
    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** {@code this × percent / 100}, rounded half-up to the cent. */
    public Money times(Percent percent) {
        return round(percent.of(amount));
    }

    /** {@code this × factor}, rounded half-up to the cent (after sequestration: × (1 − rate)). */
    public Money scaledBy(BigDecimal factor) {
        return round(amount.multiply(factor));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** This amount, or zero when it is negative. */
    public Money atLeastZero() {
        return max(ZERO);
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** {@code 276.56}: the plain figure, as messages quote it after a dollar sign. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
