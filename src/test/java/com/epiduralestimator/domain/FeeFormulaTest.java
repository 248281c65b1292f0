package com.epiduralestimator.domain;

import static com.epiduralestimator.domain.Dollars.dollars;
import static com.epiduralestimator.TestSchedules.ALABAMA;
import static com.epiduralestimator.TestSchedules.ALASKA;
import static com.epiduralestimator.TestSchedules.CF_2025;
import static com.epiduralestimator.TestSchedules.MANHATTAN;
import static com.epiduralestimator.TestSchedules.SAN_FRANCISCO;
import static com.epiduralestimator.TestSchedules.esiRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.TestSchedules;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeFormulaTest {
    private static final Map<String, Locality> LOCALITIES = Map.of(
            "0111205", SAN_FRANCISCO, "1011200", ALABAMA, "0210201", ALASKA, "1320201", MANHATTAN);

    @ParameterizedTest(name = "{0} national: {1} non-facility / {2} facility")
    @CsvSource({
            // The figures quoted in medicare-rules.md and api-contract.md, then the rest of the family, computed
            // independently from CMS's files with Python's decimal module.
            "62321, 251.01, 103.83",
            "62320, 153.97, 95.75",
            "62322, 127.77, 75.69",
            "62323, 246.80, 96.07",
            "62325, 234.84, 105.13",
            "64479, 256.18, 126.80",
            "64480, 129.71, 59.52",
            "64483, 236.13, 107.71",
            "64484, 106.10, 48.84",
            "62281, 230.95, 152.03"})
    void nationalAmountsUseGpcisOfOne(String code, String nonFacility, String facility) {
        assertThat(FeeFormula.national(esiRow(code), Setting.NON_FACILITY, CF_2025).amount())
                .isEqualTo(dollars(nonFacility));
        assertThat(FeeFormula.national(esiRow(code), Setting.FACILITY, CF_2025).amount())
                .isEqualTo(dollars(facility));
    }

    @ParameterizedTest(name = "{0} in {1}: {2} / {3}")
    @CsvSource({
            "62321, 0111205, 329.63, 120.79",
            "62321, 1011200, 224.68, 96.78",
            "62321, 0210201, 294.92, 135.82",
            "62321, 1320201, 289.16, 117.55",
            "62323, 0111205, 325.59, 111.69",
            "64479, 1011200, 230.33, 117.89",
            "64484, 0210201, 126.98, 65.09",
            "64483, 1320201, 271.66, 121.92"})
    void localityAmountsMatchCmsToTheCent(String code, String locality, String nonFacility, String facility) {
        Locality l = LOCALITIES.get(locality);
        assertThat(FeeFormula.local(esiRow(code), Setting.NON_FACILITY, l, CF_2025).amount())
                .isEqualTo(dollars(nonFacility));
        assertThat(FeeFormula.local(esiRow(code), Setting.FACILITY, l, CF_2025).amount())
                .isEqualTo(dollars(facility));
    }

    @Test
    void roundsOnceAtTheEndHalfUp() {
        // 62321 San Francisco non-facility: 10.19067 RVU-weighted × 32.3465 = 329.633... → 329.63;
        // rounding each component first would give a different cent on other codes.
        FeeQuote quote = FeeFormula.local(esiRow("62321"), Setting.NON_FACILITY, SAN_FRANCISCO, CF_2025);
        assertThat(quote.breakdown().workRvu()).isEqualByComparingTo("1.95");
        assertThat(quote.breakdown().peRvu()).isEqualByComparingTo("5.63");
        assertThat(quote.breakdown().peGpci()).isEqualByComparingTo("1.419");
        assertThat(quote.amount()).isEqualTo(dollars("329.63"));
        // A row built so that the product ends exactly in half a cent: 1.00 RVU × CF 0.005 → 0.005 → 0.01.
        FeeRow half = TestSchedules.row("99999", "1.00", "0", "0", "0", 2, 9);
        assertThat(FeeFormula.national(half, Setting.FACILITY, new BigDecimal("0.005")).amount())
                .isEqualTo(dollars("0.01"));
    }

    @Test
    void limitingChargeAndNonParticipatingAmountFollowTheFee() {
        FeeQuote quote = FeeFormula.local(esiRow("62321"), Setting.NON_FACILITY, SAN_FRANCISCO, CF_2025);
        assertThat(quote.limitingCharge()).isEqualTo(dollars("360.12")); // the contract's example
        assertThat(quote.nonParticipatingAmount()).isEqualTo(dollars("313.15"));
    }
}
