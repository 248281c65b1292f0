package com.epiduralestimator.domain;

import static com.epiduralestimator.domain.Dollars.dollars;
import static com.epiduralestimator.TestSchedules.CF_2025;
import static com.epiduralestimator.TestSchedules.esiRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentEstimatorTest {
    /** The 2% sequestration, a year parameter (0.02 in 2025 and 2026). */
    private static final BigDecimal SEQUESTRATION_2025 = new BigDecimal("0.02");


    private static Map<HcpcsCode, FeeQuote> nationalQuotes(Setting setting, String... codes) {
        Map<HcpcsCode, FeeQuote> quotes = new LinkedHashMap<>();
        for (String code : codes) {
            quotes.put(new HcpcsCode(code), FeeFormula.national(esiRow(code), setting, CF_2025));
        }
        return quotes;
    }

    private static SessionLine line(String spec) {
        // "64479x1+50" = code 64479, 1 unit, modifier 50
        String[] parts = spec.split("\\+");
        String[] codeUnits = parts[0].split("x");
        return new SessionLine(new HcpcsCode(codeUnits[0]), codeUnits.length > 1 ? Integer.parseInt(codeUnits[1]) : 1,
                Arrays.asList(parts).subList(1, parts.length));
    }

    @ParameterizedTest(name = "{0} non-facility national → {1}")
    @CsvSource(delimiter = '|', value = {
            "62321                 | 251.01 | 251.01",
            // MPPR: both indicator 2, highest (64479 256.18) at 100%, 62321 at 50% (125.505 → 125.51)
            "64479 62321           | 381.69 | 256.18 125.51",
            // issue 18, rounding: each line's adjusted amount is exact until the line is summed, then rounded once:
            // 62321 x2 at 50% each = 2 × 125.505 = 251.01 (not 2 × 125.51 = 251.02)
            "64479 62321x2         | 507.19 | 256.18 251.01",
            // add-on (indicator 0) at 100%
            "64483 64484           | 342.23 | 236.13 106.10",
            // bilateral indicator 1 with modifier 50: 150%
            "64479+50              | 384.27 | 384.27",
            "64479+50 64480+50     | 578.84 | 384.27 194.57",
            // bilateral indicator 9 (interlaminar): modifier 50 changes no price (the check makes it an error)
            "62321+50              | 251.01 | 251.01",
            // two units of an indicator-2 code: the second unit at 50%
            "62321x2               | 376.52 | 376.52",
            // BILATERAL-SIDES: 64483 RT+LT on one line = 150% of 236.13 = 354.195 → 354.20
            "64483+RT+LT           | 354.20 | 354.20",
            // ... or RT on one line and LT on another: one bilateral procedure, priced on the first line
            "64483+RT 64483+LT     | 354.20 | 354.20 0.00",
            "64483+LT 64483+RT     | 354.20 | 354.20 0.00",
            // both levels on both sides: 64484 (3.28 x 32.3465 = 106.10) x 150% = 159.15; add-on not reduced
            "64483+RT 64483+LT 64484+RT 64484+LT | 513.35 | 354.20 0.00 159.15 0.00",
            // bilateral before MPPR: the 354.20 bilateral 64483 is the highest at 100%, 62323 (7.63 x 32.3465 =
            // 246.80) at 50% = 123.40; total 477.60 (MPPR first would have reduced the bilateral procedure)
            "64483+RT 64483+LT 62323 | 477.60 | 354.20 0.00 123.40",
            // two lines on the same side are not a pair: two single procedures (236.13 + 50% = 118.07)
            "64483+RT 64483+RT     | 354.20 | 236.13 118.07"})
    void allowedAppliesMultipleProcedureAndBilateralRules(String lines, String total, String perLine) {
        List<SessionLine> session = Arrays.stream(lines.trim().split(" +")).map(PaymentEstimatorTest::line).toList();
        String[] codes = session.stream().map(l -> l.code().value()).distinct().toArray(String[]::new);
        List<PricedLine> priced = PaymentEstimator.price(session, nationalQuotes(Setting.NON_FACILITY, codes),
                Participation.PARTICIPATING);
        assertThat(PaymentEstimator.total(priced)).isEqualTo(dollars(total));
        assertThat(priced.stream().map(p -> p.allowed().toString()).toList())
                .containsExactly(perLine.trim().split(" +"));
    }

    @Test
    void contractPaymentExample() {
        // api-contract.md: allowed 120.79, deductible met → 24.16 / 96.63 / 94.70
        Payment p = PaymentEstimator.split(dollars("120.79"), Money.ZERO, true, Optional.empty(), SEQUESTRATION_2025);
        assertThat(p.deductibleApplied()).isEqualTo(dollars("0.00"));
        assertThat(p.coinsurance()).isEqualTo(dollars("24.16"));
        assertThat(p.patientPays()).isEqualTo(dollars("24.16"));
        assertThat(p.medicarePays()).isEqualTo(dollars("96.63"));
        assertThat(p.medicarePaysAfterSequestration()).isEqualTo(dollars("94.70"));
    }

    @ParameterizedTest(name = "allowed {0}, deductible left {1} → deductible {2}, coinsurance {3}, patient {4}, Medicare {5} / {6}")
    @CsvSource({
            "251.01, 257,    251.01, 0.00,  251.01, 0.00,   0.00",
            "251.01, 100,    100.00, 30.20, 130.20, 120.81, 118.39",
            "251.01, 0,      0.00,   50.20, 50.20,  200.81, 196.79",
            "103.83, 257.00, 103.83, 0.00,  103.83, 0.00,   0.00",
            "0.05,   0,      0.00,   0.01,  0.01,   0.04,   0.04"})
    void deductibleThenTwentyPercentThenSequestrationOnMedicareOnly(String allowed, String remaining,
            String deductible, String coinsurance, String patient, String medicare, String afterSequestration) {
        Payment p = PaymentEstimator.split(dollars(allowed), dollars(remaining), true, Optional.empty(), SEQUESTRATION_2025);
        assertThat(p.allowed()).isEqualTo(dollars(allowed));
        assertThat(p.deductibleApplied()).isEqualTo(dollars(deductible));
        assertThat(p.coinsurance()).isEqualTo(dollars(coinsurance));
        assertThat(p.patientPays()).isEqualTo(dollars(patient));
        assertThat(p.medicarePays()).isEqualTo(dollars(medicare));
        assertThat(p.medicarePaysAfterSequestration()).isEqualTo(dollars(afterSequestration));
        // 80% of what is left after the deductible, and the shares add up to the allowed amount
        assertThat(p.medicarePays()).isEqualTo(p.allowed().minus(p.deductibleApplied()).times(Percent.of("80")));
        assertThat(p.patientPays().plus(p.medicarePays())).isEqualTo(p.allowed());
    }

    @Test
    void notCoveredMeansMedicarePaysNothingAndThePatientOwesTheAllowedAmount() {
        Payment p = PaymentEstimator.split(dollars("251.01"), dollars("0"), false, Optional.empty(), SEQUESTRATION_2025);
        assertThat(p.medicarePays()).isEqualTo(Money.ZERO);
        assertThat(p.medicarePaysAfterSequestration()).isEqualTo(Money.ZERO);
        assertThat(p.patientPays()).isEqualTo(dollars("251.01"));
    }

    @Test
    void nonParticipatingIsAllowedNinetyFivePercentAndLimitedTo109Point25() {
        Map<HcpcsCode, FeeQuote> quotes = nationalQuotes(Setting.NON_FACILITY, "62321");
        List<PricedLine> priced = PaymentEstimator.price(List.of(line("62321")), quotes,
                Participation.NON_PARTICIPATING);
        assertThat(PaymentEstimator.total(priced)).isEqualTo(dollars("238.46")); // 238.4595
        assertThat(priced.get(0).adjustments()).containsExactly("non-participating 95%");
        assertThat(PaymentEstimator.limitingCharge(dollars("251.01"))).isEqualTo(dollars("274.23"));
    }

    /** §5 assignment not accepted: 62321 CY2025 national non-facility, non-par 95% = 238.46, limiting 274.23. */
    @ParameterizedTest(name = "unassigned 62321, deductible left {0}: Medicare pays the patient {1}, patient net {2}")
    @CsvSource({
            // 80% of 238.46 = 238.46 − 47.69 = 190.77; x 0.98 = 186.9546 → 186.95; 274.23 − 186.95 = 87.28
            "0,   186.95, 87.28",
            // 238.46 − 100 = 138.46; − 20% (27.69) = 110.77; x 0.98 = 108.5546 → 108.55; 274.23 − 108.55 = 165.68
            "100, 108.55, 165.68",
            // the deductible takes all 238.46: Medicare pays nothing, the patient pays the whole 274.23
            "257, 0.00,   274.23"})
    void unassignedPatientPaysTheLimitingChargeLessWhatMedicarePaysThem(String deductible, String medicarePaysPatient,
                                                                      String patientPays) {
        Payment assigned = PaymentEstimator.split(dollars("238.46"), dollars(deductible), true,
                Optional.empty(), new BigDecimal("0.02"));
        Payment p = PaymentEstimator.unassigned(assigned, dollars("274.23"));
        assertThat(p.unassigned()).hasValueSatisfying(u -> {
            assertThat(u.patientPaysProvider()).isEqualTo(dollars("274.23"));
            assertThat(u.medicarePaysPatient()).isEqualTo(dollars(medicarePaysPatient));
        });
        assertThat(p.patientPays()).isEqualTo(dollars(patientPays));
        assertThat(p.medicarePaysAfterSequestration()).isEqualTo(dollars(medicarePaysPatient));
        assertThat(p.patientPays().plus(p.unassigned().orElseThrow().medicarePaysPatient()))
                .isEqualTo(dollars("274.23"));
    }

    @Test
    void unassignedAndNotCoveredMedicarePaysThePatientNothingAndThePatientPaysTheLimitingCharge() {
        // not covered: Medicare pays 0, so the patient's net cost is the whole 274.23 the practice may charge
        Payment notCovered = PaymentEstimator.split(dollars("238.46"), Money.ZERO, false,
                Optional.empty(), new BigDecimal("0.02"));
        Payment p = PaymentEstimator.unassigned(notCovered, dollars("274.23"));
        assertThat(p.unassigned().orElseThrow().medicarePaysPatient()).isEqualTo(Money.ZERO);
        assertThat(p.unassigned().orElseThrow().patientPaysProvider()).isEqualTo(dollars("274.23"));
        assertThat(p.patientPays()).isEqualTo(dollars("274.23"));
    }
}
