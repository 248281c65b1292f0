package com.epiduralestimator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A percentage is a value: applied exactly, rounded half-up to cents only by Money, once per reported figure. */
class PercentTest {

    @ParameterizedTest(name = "{1}% of {0} = {2} exactly, {3} in cents")
    @CsvSource({
            // 95% of 276.56 = 262.732 → 262.73 (the non-participating amount of 62321, CY2026 national)
            "276.56, 95, 262.7320, 262.73",
            // 109.25% of 276.56 = 302.1418 → 302.14 (its limiting charge)
            "276.56, 109.25, 302.141800, 302.14",
            // 20% of 81.04 = 16.208 → 16.21 (the 2027 example's coinsurance)
            "81.04, 20, 16.208, 16.21",
            // 150% of 0.01 = 0.015 → 0.02 (half-up, never half-even)
            "0.01, 150, 0.015, 0.02",
            // 50% of 0.05 = 0.025 → 0.03
            "0.05, 50, 0.025, 0.03"})
    void appliesExactlyAndMoneyRoundsHalfUpToCents(String amount, String percent, String exact, String cents) {
        Percent p = Percent.of(percent);
        assertThat(p.of(new BigDecimal(amount))).isEqualByComparingTo(exact);
        assertThat(Money.of(new BigDecimal(amount)).times(p)).isEqualTo(Money.of(new BigDecimal(cents)));
    }

    @Test
    void aNegativePercentageIsRefusedAndAPercentageSaysWhatItIs() {
        assertThatThrownBy(() -> Percent.of("-20")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Percent.of("109.25")).hasToString("109.25%");
    }
}
