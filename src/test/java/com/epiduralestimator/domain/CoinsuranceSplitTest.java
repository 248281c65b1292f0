package com.epiduralestimator.domain;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The split of a claim with a drug whose coinsurance is not 20% (medicare-rules.md section 7), worked by hand. */
class CoinsuranceSplitTest {
    private static final BigDecimal SEQUESTRATION = new BigDecimal("0.02");

    private static PricedLine fee(String code, String allowed) {
        return new PricedLine(new SessionLine(new HcpcsCode(code), 1, List.of()), dollars(allowed), dollars(allowed),
                List.of());
    }

    private static PricedLine drug(String code, int units, String limit, String coinsurance) {
        AspPrices.Limit l = new AspPrices.Limit(new HcpcsCode(code), "1 MG", new BigDecimal(limit),
                Percent.of(coinsurance));
        return new PricedLine(new SessionLine(new HcpcsCode(code), units, List.of("JZ")), Money.round(l.paymentLimit()),
                l.allowed(units), List.of(), Optional.empty(), Optional.of(new DrugPrice(l, "2025Q4")));
    }

    @Test
    void twentyPercentLinesOnlyAreSplitExactlyAsBefore() {
        // 62321 276.56 + 99213 95.19 + J3301 x4 3.38 = 375.13, $50 deductible: 20% × 325.13 = 65.026 → 65.03
        List<PricedLine> lines = List.of(fee("62321", "276.56"), fee("99213", "95.19"),
                drug("J3301", 4, "0.844", "20.000"));
        Payment split = CoinsuranceSplit.split(lines, dollars("50"), true, Optional.empty(), SEQUESTRATION);
        assertThat(split).isEqualTo(PaymentEstimator.split(dollars("375.13"), dollars("50"), true, Optional.empty(),
                SEQUESTRATION));
        assertThat(split.coinsurance()).isEqualByComparingTo(dollars("65.03"));
    }

    @Test
    void aLowerDrugCoinsuranceIsItsOwnPercentageOfItsLine() {
        // 62323 273.22: 20% = 54.644 → 54.64; J3300 x40 979.92: 3.892% = 38.1385 → 38.14; coinsurance 92.78
        // Medicare 1253.14 − 92.78 = 1160.36, after 2% 1137.1528 → 1137.15
        Payment split = CoinsuranceSplit.split(List.of(fee("62323", "273.22"), drug("J3300", 40, "24.498", "3.892")),
                Money.ZERO, true, Optional.empty(), SEQUESTRATION);
        assertThat(split.allowed()).isEqualByComparingTo(dollars("1253.14"));
        assertThat(split.coinsurance()).isEqualByComparingTo(dollars("92.78"));
        assertThat(split.medicarePays()).isEqualByComparingTo(dollars("1160.36"));
        assertThat(split.medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("1137.15"));
    }

    @Test
    void theDeductibleIsTakenFromTheTwentyPercentLinesBeforeTheDrugWhateverTheOrder() {
        // J3300 listed first, $283 deductible: 62323 (20%) takes 273.22 first, J3300 the other 9.78;
        // 3.892% × (979.92 − 9.78 = 970.14) = 37.7578 → 37.76; 62323 20% × 0 = 0; coinsurance 37.76;
        // patient 283 + 37.76 = 320.76; Medicare 1253.14 − 320.76 = 932.38, after 2% 913.7324 → 913.73
        // (in claim order it was 364.76: the drug took the deductible and the procedure paid 20% of all of it)
        for (List<PricedLine> lines : List.of(List.of(drug("J3300", 40, "24.498", "3.892"), fee("62323", "273.22")),
                List.of(fee("62323", "273.22"), drug("J3300", 40, "24.498", "3.892")))) {
            Payment split = CoinsuranceSplit.split(lines, dollars("283"), true, Optional.empty(), SEQUESTRATION);
            assertThat(split.deductibleApplied()).isEqualByComparingTo(dollars("283.00"));
            assertThat(split.coinsurance()).isEqualByComparingTo(dollars("37.76"));
            assertThat(split.patientPays()).isEqualByComparingTo(dollars("320.76"));
            assertThat(split.medicarePays()).isEqualByComparingTo(dollars("932.38"));
            assertThat(split.medicarePaysAfterSequestration()).isEqualByComparingTo(dollars("913.73"));
        }
    }

    @Test
    void notCoveredTheDrugIsWhatTheAbnBills() {
        Payment split = CoinsuranceSplit.split(List.of(fee("62323", "273.22"), drug("J3300", 40, "24.498", "3.892")),
                Money.ZERO, false, Optional.empty(), SEQUESTRATION);
        assertThat(split.patientPays()).isEqualByComparingTo(dollars("1253.14"));
        assertThat(split.medicarePays()).isEqualByComparingTo(Money.ZERO);
    }
}
