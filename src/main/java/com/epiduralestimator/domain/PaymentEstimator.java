package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Section 5: the allowed amount of a session (multiple-procedure and bilateral rules) and its split between the
 * patient (deductible, 20% coinsurance) and Medicare (80%, less 2% sequestration).
 */
public final class PaymentEstimator {
    static final String BILATERAL_PERCENT = "150";
    static final String REDUCED_PROCEDURE_PERCENT = "50";
    static final String COINSURANCE_PERCENT = "20";
    /** 115% of the non-participating 95%. */
    static final String LIMITING_CHARGE_PERCENT = "109.25";

    private PaymentEstimator() {}

    /**
     * Prices the lines. Per line: the unit fee (95% of it for a non-participating provider), 150% with modifier 50
     * where the bilateral indicator is 1, then the multiple-procedure rule across the session: of every unit with
     * indicator 2, the highest-priced is allowed at 100% and the others at 50%; add-ons (indicator 0) at 100%.
     */
    public static List<PricedLine> price(List<SessionLine> lines, Map<String, FeeQuote> quotes,
                                         Participation participation) {
        record Unit(int line, BigDecimal amount, boolean reducible) {}
        List<Unit> units = new ArrayList<>();
        List<BigDecimal> unitFees = new ArrayList<>();
        List<List<String>> adjustments = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SessionLine line = lines.get(i);
            FeeQuote quote = quotes.get(line.code());
            List<String> notes = new ArrayList<>();
            BigDecimal fee = quote.amount();
            if (participation == Participation.NON_PARTICIPATING) {
                fee = quote.nonParticipatingAmount();
                notes.add("non-participating 95%");
            }
            BigDecimal unitAmount = fee;
            if (line.hasModifier("50") && quote.row().bilateral() == 1) {
                unitAmount = Money.percentOf(fee, BILATERAL_PERCENT);
                notes.add("bilateral 150%");
            }
            unitFees.add(fee);
            adjustments.add(notes);
            boolean reducible = quote.row().multipleProcedure() == 2;
            for (int u = 0; u < line.units(); u++) {
                units.add(new Unit(i, unitAmount, reducible));
            }
        }
        BigDecimal[] allowed = new BigDecimal[lines.size()];
        java.util.Arrays.fill(allowed, Money.ZERO);
        Optional<Unit> primary = units.stream().filter(Unit::reducible)
                .max(Comparator.comparing(Unit::amount));
        for (Unit unit : units) {
            BigDecimal amount = unit.amount();
            if (unit.reducible() && unit != primary.orElseThrow()) {
                amount = Money.percentOf(amount, REDUCED_PROCEDURE_PERCENT);
                String note = "multiple procedure 50%";
                if (!adjustments.get(unit.line()).contains(note)) {
                    adjustments.get(unit.line()).add(note);
                }
            }
            allowed[unit.line()] = allowed[unit.line()].add(amount);
        }
        List<PricedLine> priced = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            priced.add(new PricedLine(lines.get(i), unitFees.get(i), Money.cents(allowed[i]), adjustments.get(i)));
        }
        return priced;
    }

    public static BigDecimal total(List<PricedLine> lines) {
        return Money.cents(lines.stream().map(PricedLine::allowed).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * Covered: deductibleApplied = min(remaining, allowed); coinsurance = 20% of the rest; Medicare pays the rest
     * (80%), and sequestration takes its rate (the year's parameter, 0.02 = 2%) off Medicare's payment only. Not
     * covered: Medicare pays nothing and the allowed amount is what the patient would owe (only with a signed ABN).
     */
    public static Payment split(BigDecimal allowed, BigDecimal deductibleRemaining, boolean covered,
                                Optional<BigDecimal> limitingCharge, BigDecimal sequestrationRate) {
        allowed = Money.cents(allowed);
        if (!covered) {
            return new Payment(allowed, Money.ZERO, Money.ZERO, allowed, Money.ZERO, Money.ZERO, limitingCharge);
        }
        BigDecimal deductible = Money.cents(deductibleRemaining.min(allowed).max(BigDecimal.ZERO));
        BigDecimal afterDeductible = allowed.subtract(deductible);
        BigDecimal coinsurance = Money.percentOf(afterDeductible, COINSURANCE_PERCENT);
        BigDecimal medicare = afterDeductible.subtract(coinsurance);
        BigDecimal afterSequestration = Money.cents(medicare.multiply(BigDecimal.ONE.subtract(sequestrationRate)));
        return new Payment(allowed, deductible, coinsurance, deductible.add(coinsurance), medicare,
                afterSequestration, limitingCharge);
    }

    /** 42 CFR 414.48: a non-participating provider may charge at most 115% of 95% = 109.25% of the fee. */
    public static BigDecimal limitingCharge(BigDecimal participatingAllowed) {
        return Money.percentOf(participatingAllowed, LIMITING_CHARGE_PERCENT);
    }
}
