package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Section 5: the allowed amount of a session (multiple-procedure and bilateral rules) and its split between the
 * patient (deductible, 20% coinsurance) and Medicare (80%, less 2% sequestration).
 */
public final class PaymentEstimator {
    static final Percent BILATERAL_PERCENT = Percent.of("150");
    static final Percent REDUCED_PROCEDURE_PERCENT = Percent.of("50");
    static final Percent COINSURANCE_PERCENT = PricedLine.COINSURANCE_PERCENT;
    /** 115% of the non-participating 95%. */
    static final Percent LIMITING_CHARGE_PERCENT = Percent.of("109.25");

    private PaymentEstimator() {}

    /**
     * Prices the lines. Per line: the unit fee (95% of it for a non-participating provider); a bilateral procedure
     * of a bilateral-indicator-1 code (modifier 50, RT and LT on one line, or RT on one line and LT on another:
     * BILATERAL-SIDES) is one unit at 150%, adjusted before the multiple-procedure rule (CMS RVU25D, indicator 1);
     * then across the session: of every unit with MPPR indicator 2, the highest-priced is allowed at 100% and the
     * others at 50%; add-ons (indicator 0) at 100%.
     */
    public static List<PricedLine> price(List<SessionLine> lines, Map<HcpcsCode, FeeQuote> quotes,
                                         Participation participation) {
        List<CoveredLine> covered = new ArrayList<>(lines.size());
        for (SessionLine line : lines) {
            covered.add(CoveredLine.covered(line));
        }
        return priceCovered(covered, quotes, participation);
    }

    /**
     * Line-level coverage (medicare-rules.md section 6): the covered lines are priced together as {@link #price}
     * prices a session (the multiple-procedure rule among them only); a line that is not covered is priced alone,
     * at its own fee (bilateral 150% where it is one bilateral procedure), never reduced: what the patient would
     * owe for it with a signed ABN.
     */
    public static List<PricedLine> priceCovered(List<CoveredLine> covered, Map<HcpcsCode, FeeQuote> quotes,
                                                Participation participation) {
        // Loops, not streams or lambdas: every estimate prices its lines (docs/performance.md).
        List<SessionLine> lines = new ArrayList<>(covered.size());
        boolean anyCovered = false;
        for (CoveredLine line : covered) {
            lines.add(line.line());
            anyCovered |= line.covered();
        }
        // Beside covered lines, a line that is not covered is priced alone; when none is covered, the session is
        // priced as one (what the practice would bill with an ABN, as before line-level coverage).
        boolean[] alone = new boolean[lines.size()];
        for (int i = 0; i < alone.length; i++) {
            alone[i] = anyCovered && !covered.get(i).covered();
        }
        record Unit(int line, BigDecimal amount, boolean reducible) {}
        int[] pairedWithLater = new int[lines.size()];
        int[] pairedWithEarlier = new int[lines.size()];
        List<List<String>> adjustments = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            adjustments.add(new ArrayList<>());
        }
        pairSides(lines, alone, quotes, pairedWithLater, pairedWithEarlier, adjustments);
        List<Unit> units = new ArrayList<>();
        List<Money> unitFees = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SessionLine line = lines.get(i);
            FeeQuote quote = quotes.get(line.code());
            List<String> notes = adjustments.get(i);
            Money fee = quote.amount();
            if (participation == Participation.NON_PARTICIPATING) {
                fee = quote.nonParticipatingAmount();
                notes.add(0, "non-participating 95%");
            }
            BigDecimal bilateralAmount = BILATERAL_PERCENT.of(fee.amount());
            boolean bothSides = quote.row().bilateral() == 1 && Sides.of(line) == Sides.BOTH;
            if (bothSides) {
                notes.add("bilateral 150%");
            }
            unitFees.add(fee);
            boolean reducible = quote.row().multipleProcedure() == 2 && !alone[i];
            for (int u = 0; u < pairedWithLater[i]; u++) {
                units.add(new Unit(i, bilateralAmount, reducible));
            }
            for (int u = 0; u < line.units() - pairedWithLater[i] - pairedWithEarlier[i]; u++) {
                units.add(new Unit(i, bothSides ? bilateralAmount : fee.amount(), reducible));
            }
        }
        // Each line's adjusted amount is exact until the line is done, then rounded once to the cent and the lines
        // summed (medicare-rules.md section 6, "Rounding": 64483-50 + 64484-50 = 397.31 + 176.36 = 573.67).
        BigDecimal[] exact = new BigDecimal[lines.size()];
        java.util.Arrays.fill(exact, BigDecimal.ZERO);
        Unit primary = null; // the first of the highest-priced reducible units
        for (Unit unit : units) {
            if (unit.reducible() && (primary == null || unit.amount().compareTo(primary.amount()) > 0)) {
                primary = unit;
            }
        }
        for (Unit unit : units) {
            BigDecimal amount = unit.amount();
            if (unit.reducible() && unit != primary) {
                amount = REDUCED_PROCEDURE_PERCENT.of(amount);
                String note = "multiple procedure 50%";
                if (!adjustments.get(unit.line()).contains(note)) {
                    adjustments.get(unit.line()).add(note);
                }
            }
            exact[unit.line()] = exact[unit.line()].add(amount);
        }
        Money[] allowed = new Money[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            allowed[i] = Money.round(exact[i]);
        }
        List<PricedLine> priced = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!covered.get(i).covered()) {
                adjustments.get(i).add("not covered (" + covered.get(i).notCoveredBy().orElseThrow()
                        + ")" + (alone[i] ? ": its own fee" : "")
                        + ", billed to the patient " + NotCoveredBilling.ABN.condition());
            }
            priced.add(new PricedLine(lines.get(i), unitFees.get(i), allowed[i], adjustments.get(i),
                    covered.get(i).notCoveredBy()));
        }
        return priced;
    }

    /**
     * BILATERAL-SIDES across lines: a bilateral-indicator-1 code on a line with RT and a line with LT is one
     * bilateral procedure per pair of units, priced on the earlier line; the later line's paired units are paid there.
     */
    private static void pairSides(List<SessionLine> lines, boolean[] alone, Map<HcpcsCode, FeeQuote> quotes,
                                  int[] pairedWithLater, int[] pairedWithEarlier, List<List<String>> adjustments) {
        for (int i = 0; i < lines.size(); i++) {
            SessionLine a = lines.get(i);
            Sides side = Sides.of(a);
            if (alone[i] || quotes.get(a.code()).row().bilateral() != 1 || (side != Sides.RIGHT && side != Sides.LEFT)) {
                continue;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                SessionLine b = lines.get(j);
                Sides other = Sides.of(b);
                int free = a.units() - pairedWithLater[i] - pairedWithEarlier[i];
                int freeB = b.units() - pairedWithLater[j] - pairedWithEarlier[j];
                if (alone[j] || !b.code().equals(a.code()) || free == 0 || freeB == 0
                        || (other != Sides.RIGHT && other != Sides.LEFT) || other == side) {
                    continue;
                }
                int pairs = Math.min(free, freeB);
                pairedWithLater[i] += pairs;
                pairedWithEarlier[j] += pairs;
                adjustments.get(i).add("bilateral 150% (RT and LT: lines " + (i + 1) + " and " + (j + 1) + ")");
                adjustments.get(j).add("paid on line " + (i + 1) + " as one bilateral procedure");
            }
        }
    }

    /** Every line's amount, covered or not. */
    public static Money total(List<PricedLine> lines) {
        Money total = Money.ZERO;
        for (PricedLine line : lines) {
            total = total.plus(line.allowed());
        }
        return total;
    }

    /** The covered lines' allowed amount: what the split shares between the patient and Medicare. */
    public static Money coveredTotal(List<PricedLine> lines) {
        Money total = Money.ZERO;
        for (PricedLine line : lines) {
            if (line.covered()) {
                total = total.plus(line.allowed());
            }
        }
        return total;
    }

    /** What the lines that are not covered would cost the patient with a signed ABN. */
    public static Money notCoveredTotal(List<PricedLine> lines) {
        Money total = Money.ZERO;
        for (PricedLine line : lines) {
            if (!line.covered()) {
                total = total.plus(line.allowed());
            }
        }
        return total;
    }

    /**
     * Covered: deductibleApplied = min(remaining, allowed); coinsurance = 20% of the rest; Medicare pays the rest
     * (80%), and sequestration takes its rate (the year's parameter, 0.02 = 2%) off Medicare's payment only. Not
     * covered: Medicare pays nothing and the allowed amount is what the patient would owe (only with a signed ABN).
     */
    public static Payment split(Money allowed, Money deductibleRemaining, boolean covered,
                                Optional<Money> limitingCharge, BigDecimal sequestrationRate) {
        if (!covered) {
            return new Payment(allowed, Money.ZERO, Money.ZERO, allowed, Money.ZERO, Money.ZERO, limitingCharge);
        }
        Money deductible = deductibleRemaining.min(allowed).atLeastZero();
        Money afterDeductible = allowed.minus(deductible);
        Money coinsurance = afterDeductible.times(COINSURANCE_PERCENT);
        Money medicare = afterDeductible.minus(coinsurance);
        Money afterSequestration = medicare.scaledBy(BigDecimal.ONE.subtract(sequestrationRate));
        return new Payment(allowed, deductible, coinsurance, deductible.plus(coinsurance), medicare,
                afterSequestration, limitingCharge);
    }

    /**
     * Assignment not accepted (section 5): the practice may charge up to the limiting charge and the patient pays
     * it; Medicare pays the patient its share of the non-participating amount, after sequestration (which applies to
     * Medicare's payments to beneficiaries too); the patient's net cost is the difference. 62321 CY2025 national
     * non-facility, deductible met: 274.23 − 0.98 × 190.77 = 274.23 − 186.95 = 87.28. Not covered: Medicare pays
     * the patient nothing and the patient's cost is the practice's charge, estimated at the limiting charge.
     *
     * @param assigned the split of the non-participating allowed amount as if assigned
     */
    public static Payment unassigned(Payment assigned, Money charge) {
        Money toPatient = assigned.medicarePaysAfterSequestration();
        return new Payment(assigned.allowed(), assigned.deductibleApplied(), assigned.coinsurance(),
                charge.minus(toPatient), assigned.medicarePays(), toPatient, Optional.of(charge),
                Optional.of(new Payment.Unassigned(charge, toPatient)));
    }

    /** 42 CFR 414.48: a non-participating provider may charge at most 115% of 95% = 109.25% of the fee. */
    public static Money limitingCharge(Money participatingAllowed) {
        return participatingAllowed.times(LIMITING_CHARGE_PERCENT);
    }
}
