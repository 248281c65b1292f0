package com.epiduralestimator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.domain.YearParameters.Parameter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class YearParametersTest {

    @Test
    void aYearWithTwoConversionFactorsGivesTheApmOneOnlyToQualifyingParticipants() {
        YearParameters y2026 = TestSchedules.PARAMETERS_2026;
        assertThat(y2026.conversionFactor(false)).isEqualByComparingTo("33.4009");
        assertThat(y2026.conversionFactor(true)).isEqualByComparingTo("33.5675");
        // CY2025 has one CF: everyone gets it
        assertThat(TestSchedules.PARAMETERS_2025.conversionFactor(true)).isEqualByComparingTo("32.3465");
    }

    @Test
    void theRequiredParametersAreNamedWhenMissing() {
        assertThatThrownBy(() -> YearParameters.builder(2027).set(Parameter.CONVERSION_FACTOR, new BigDecimal("32.8409"))
                .set(Parameter.SEQUESTRATION_RATE, new BigDecimal("0.02")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the 2027 Part B deductible (partBDeductible) is required");
        assertThatThrownBy(() -> YearParameters.builder(2027).set(Parameter.CONVERSION_FACTOR, new BigDecimal("32.8409"))
                .set(Parameter.PART_B_DEDUCTIBLE, new BigDecimal("300"))
                .set(Parameter.SEQUESTRATION_RATE, new BigDecimal("2")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sequestrationRate");
    }

    @Test
    void aDeductibleOrLimitIsDollarsAndWholeCentsAndOnlyThoseAreMoney() {
        // a deductible of 283.005 would be money no claim can be priced with: refused at load, not rounded
        assertThatThrownBy(() -> YearParameters.builder(2027).set(Parameter.CONVERSION_FACTOR, new BigDecimal("32.8409"))
                .set(Parameter.PART_B_DEDUCTIBLE, new BigDecimal("283.005"))
                .set(Parameter.SEQUESTRATION_RATE, new BigDecimal("0.02")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partBDeductible must be dollars and whole cents");
        assertThat(TestSchedules.PARAMETERS_2026.amount(Parameter.PART_A_DEDUCTIBLE))
                .contains(Money.of(new BigDecimal("1736")));
        assertThat(TestSchedules.PARAMETERS_2026.amount(Parameter.MEDIGAP_HIGH_DEDUCTIBLE).orElseThrow())
                .hasToString("2950.00");
        // a conversion factor is a rate of dollars per RVU, not an amount: asking for it as money is a mistake
        assertThatThrownBy(() -> TestSchedules.PARAMETERS_2026.amount(Parameter.CONVERSION_FACTOR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBorrowedParameterIsNamedWithItsYearAndAmount() {
        YearParametersUsed used = new YearParametersUsed(2027, TestSchedules.PARAMETERS_2026);
        assertThat(used.borrowed()).isTrue();
        assertThat(used.assumption(Parameter.PART_B_DEDUCTIBLE))
                .contains("The 2027 Part B deductible is not known; the 2026 amount, $283, is assumed.");
        assertThat(used.assumption(Parameter.PART_A_DEDUCTIBLE))
                .contains("The 2027 Part A deductible is not known; the 2026 amount, $1,736, is assumed.");
        assertThat(used.assumption(Parameter.CONVERSION_FACTOR))
                .contains("The 2027 PFS conversion factor is not known; the 2026 amount, $33.4009, is assumed.");
        assertThat(used.assumption(Parameter.MEDIGAP_K_OUT_OF_POCKET_LIMIT)).contains("The 2027 Medigap plan K"
                + " out-of-pocket limit is not known; the 2026 amount, $8,000, is assumed.");
        assertThat(used.assumption(Parameter.SEQUESTRATION_RATE))
                .contains("The 2027 sequestration rate is not known; the 2026 rate, 2%, is assumed.");
    }

    @Test
    void theYearsOwnParametersNeedNoAssumptionAndALaterYearIsNeverUsed() {
        YearParametersUsed own = new YearParametersUsed(2026, TestSchedules.PARAMETERS_2026);
        assertThat(own.borrowed()).isFalse();
        assertThat(own.assumption(Parameter.PART_B_DEDUCTIBLE)).isEmpty();
        assertThatThrownBy(() -> new YearParametersUsed(2025, TestSchedules.PARAMETERS_2026))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownParameterIsNotBorrowed() {
        // CY2024 here has no OPPS conversion factor: nothing to borrow, nothing to assume
        YearParametersUsed used = new YearParametersUsed(2025, TestSchedules.PARAMETERS_2024);
        assertThat(used.assumption(Parameter.OPPS_CONVERSION_FACTOR)).isEmpty();
        // a parameter the year does know is borrowed, and said so
        assertThat(used.assumption(Parameter.PART_B_DEDUCTIBLE))
                .contains("The 2025 Part B deductible is not known; the 2024 amount, $240, is assumed.");
    }
}
