package com.epiduralestimator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each OPPS status and ASC payment indicator means for the facility's payment; a quarter's rates by date. */
class FacilityIndicatorsTest {
    @ParameterizedTest(name = "OPPS {0}: {1}, paid at its rate {2}, paid on a J1 claim {3}")
    @CsvSource({
            "J1, COMPREHENSIVE,              true,  true",   // 64633 RFA: one payment for the claim
            "T,  SEPARATE_DISCOUNTED,        true,  false",  // 62321: the second T line at 50%
            "S,  SEPARATE,                   true,  false",
            "V,  SEPARATE,                   true,  false",
            "N,  PACKAGED,                   false, false",  // 64480, 77003, J1100: no separate payment
            "G,  PASS_THROUGH,               true,  true",   // J3300 in 2026: paid even on a J1 claim
            "K,  SEPARATE,                   true,  false",  // J1010 in 2025 Q4
            "B,  NOT_PAYABLE_USE_OTHER_CODE, false, false",  // 27096 (G0260), 99213 (G0463)
            "E1, NOT_PAYABLE,                false, false",
            "C,  NOT_PAYABLE,                false, false",
            "Q1, CONDITIONALLY_PACKAGED,     false, false",
            "A,  OTHER_PAYMENT_SYSTEM,       false, false"})
    void oppsStatusIndicators(String letter, FacilityPaymentTreatment treatment, boolean paid, boolean onJ1) {
        OppsStatusIndicator status = OppsStatusIndicator.parse(letter).orElseThrow();
        assertThat(status.treatment()).isEqualTo(treatment);
        assertThat(status.separatelyPaid()).isEqualTo(paid);
        assertThat(status.paidOnComprehensiveClaim()).isEqualTo(onJ1);
        assertThat(status.meaning()).isNotBlank();
    }

    @ParameterizedTest(name = "ASC {0}: {1}")
    @CsvSource({
            "G2, SEPARATE,     false", // 62321, 64490, 64633
            "A2, SEPARATE,     false", // 64479, G0260
            "P3, SEPARATE,     false",
            "N1, PACKAGED,     true",  // 64480, 64491, 64634: no ASC payment
            "K2, PASS_THROUGH, false", // a pass-through drug in an ASC
            "D5, NOT_PAYABLE,  true"})
    void ascPaymentIndicators(String value, FacilityPaymentTreatment treatment, boolean withoutRate) {
        AscPaymentIndicator indicator = AscPaymentIndicator.parse(value).orElseThrow();
        assertThat(indicator.treatment()).isEqualTo(treatment);
        assertThat(indicator.withoutRate()).isEqualTo(withoutRate);
        assertThat(indicator.packaged()).isEqualTo(treatment == FacilityPaymentTreatment.PACKAGED);
    }

    @Test
    void anUnknownIndicatorIsNotGuessed() {
        assertThat(OppsStatusIndicator.parse("Z9")).isEmpty();
        assertThat(AscPaymentIndicator.parse("Z9")).isEmpty();
        FacilityRate rate = new FacilityRate("99999", Optional.of(new FacilityRate.Opps("Z9", Optional.empty(),
                BigDecimal.ZERO)), Optional.empty());
        assertThat(rate.oppsStatus()).isEmpty();
        assertThat(rate.opps().orElseThrow().status()).isEqualTo("Z9");
        assertThat(rate.ascIndicator()).isEmpty();
    }

    private static FacilityRate drug(String rate) {
        return new FacilityRate("J3300", Optional.of(new FacilityRate.Opps("G", Optional.empty(),
                new BigDecimal(rate))), Optional.empty());
    }

    @Test
    void aDateOfServiceTakesItsQuartersRates() {
        // J3300 2026: January 24.491, April 18.78 (Addendum B); a made-up July change to show two earlier quarters
        FacilityRateQuarters q = new FacilityRateQuarters(drug("17.00"), List.of(
                new SupersededFacilityRate(LocalDate.of(2026, 7, 1), drug("18.78")),
                new SupersededFacilityRate(LocalDate.of(2026, 4, 1), drug("24.491"))));
        assertThat(q.on(Optional.of(LocalDate.of(2026, 1, 1))).opps().orElseThrow().rate()).isEqualByComparingTo("24.491");
        assertThat(q.on(Optional.of(LocalDate.of(2026, 3, 31))).opps().orElseThrow().rate()).isEqualByComparingTo("24.491");
        assertThat(q.on(Optional.of(LocalDate.of(2026, 4, 1))).opps().orElseThrow().rate()).isEqualByComparingTo("18.78");
        assertThat(q.on(Optional.of(LocalDate.of(2026, 6, 30))).opps().orElseThrow().rate()).isEqualByComparingTo("18.78");
        assertThat(q.on(Optional.of(LocalDate.of(2026, 7, 1))).opps().orElseThrow().rate()).isEqualByComparingTo("17.00");
        assertThat(q.on(Optional.empty()).opps().orElseThrow().rate()).isEqualByComparingTo("17.00");
        assertThat(FacilityRateQuarters.of(drug("18.78")).on(Optional.of(LocalDate.of(2026, 2, 1))))
                .isEqualTo(drug("18.78"));
    }
}
