package com.epiduralestimator.domain;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money owns its rounding (medicare-rules.md section 5): callers never pick a scale or a rounding mode. */
class MoneyTest {
    @ParameterizedTest(name = "{0} rounds half-up to {1}")
    @CsvSource({
            // 8.28 × 33.4009 = 276.559452 → 276.56 (62321 CY2026 national non-facility)
            "276.559452, 276.56",
            // 2.86 × 33.4009 = 95.526574 → 95.53
            "95.526574, 95.53",
            // exactly half a cent goes up, never to the even cent
            "0.015, 0.02", "0.025, 0.03", "360.585, 360.59",
            "0.0049, 0.00", "283, 283.00"})
    void roundIsHalfUpToTheCent(String exact, String cents) {
        assertThat(Money.round(new BigDecimal(exact)).amount()).isEqualTo(new BigDecimal(cents));
    }

    @Test
    void roundUpIsTheFacilityCoinsurancesCeiling() {
        // CMS publishes 20% of 692.52 = 138.504 as 138.51
        assertThat(Money.roundUp(new BigDecimal("138.504"))).isEqualTo(dollars("138.51"));
        assertThat(Money.roundUp(new BigDecimal("138.50"))).isEqualTo(dollars("138.50"));
    }

    @Test
    void anAmountInCentsIsTakenAsIsAndAFractionOfACentIsRefused() {
        assertThat(Money.of(new BigDecimal("283")).amount()).isEqualTo(new BigDecimal("283.00"));
        assertThat(Money.of(new BigDecimal("1.50000")).amount()).isEqualTo(new BigDecimal("1.50"));
        assertThatThrownBy(() -> Money.of(new BigDecimal("283.005")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole cents");
    }

    @Test
    void equalAmountsAreEqualWhateverTheyWereWritten() {
        assertThat(dollars("283")).isEqualTo(dollars("283.00")).hasSameHashCodeAs(dollars("283.0"));
        assertThat(dollars("283")).hasToString("283.00");
        assertThat(dollars("0")).isEqualTo(Money.ZERO);
    }

    @Test
    void sumsAndDifferencesAreExactAndSharesRoundOnce() {
        // 364.04 − 283 = 81.04; 20% = 16.208 → 16.21; Medicare 81.04 − 16.21 = 64.83; × 0.98 = 63.5334 → 63.53
        Money afterDeductible = dollars("364.04").minus(dollars("283"));
        Money coinsurance = afterDeductible.times(Percent.of("20"));
        Money medicare = afterDeductible.minus(coinsurance);
        assertThat(afterDeductible).isEqualTo(dollars("81.04"));
        assertThat(coinsurance).isEqualTo(dollars("16.21"));
        assertThat(medicare).isEqualTo(dollars("64.83"));
        assertThat(medicare.scaledBy(new BigDecimal("0.98"))).isEqualTo(dollars("63.53"));
        assertThat(coinsurance.plus(medicare)).isEqualTo(afterDeductible);
    }

    @Test
    void comparisonsAndTheFloorAtZero() {
        assertThat(dollars("10").minus(dollars("12.50"))).isEqualTo(dollars("-2.50"));
        assertThat(dollars("10").minus(dollars("12.50")).atLeastZero()).isEqualTo(Money.ZERO);
        assertThat(dollars("95.53").min(dollars("283"))).isEqualTo(dollars("95.53"));
        assertThat(dollars("95.53").max(dollars("283"))).isEqualTo(dollars("283.00"));
        assertThat(dollars("95.53").isGreaterThan(dollars("95.52"))).isTrue();
        assertThat(dollars("95.53").isLessThan(dollars("95.53"))).isFalse();
    }
}
