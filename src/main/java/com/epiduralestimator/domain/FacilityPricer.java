package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prices the facility's claim (cms-facility README; medicare-rules.md section 5, "The facility's claim"):
 * <ul>
 * <li>per unit: the national rate × (labour share × wage index + (1 − labour share)); labour share 60% OPPS, 50% ASC;
 *     no wage index → the national unadjusted rate; a non-excepted off-campus department is paid 40% of that;</li>
 * <li>packaged lines (OPPS status N, ASC indicator N1) pay nothing separately; a comprehensive (J1) line is paid
 *     once for the claim and packages the other lines, pass-through (G) excepted; J2 (the clinic visit G0463) is
 *     paid at its own rate (the comprehensive observation APC is not modelled);</li>
 * <li>a separately paid drug (OPPS G or K, ASC K2 at the OPPS rate) is paid its national rate × billing units,
 *     neither wage-adjusted nor reduced off campus (ASP + 6%), and its coinsurance is the ASP file's percentage
 *     where the inflation rebate lowers it below 20% ({@code drugCoinsurance});</li>
 * <li>multiple-procedure discount over the claim's discounted units (OPPS status T, ASC discount "Y"): the highest
 *     at 100%, the others at 50%; modifier 50 makes a unit two procedures;</li>
 * <li>the Part B deductible that the physician's claim left (Decision: physician first) is applied line by line,
 *     the lines at 20% first, then a drug with a lower coinsurance (each in claim order, as the physician's claim:
 *     {@link CoinsuranceSplit#deductibleByLine}); coinsurance is 20% of the rest of each line: an ASC's half-up to the cent, a hospital's
 *     <b>rounded up</b> as CMS rounds its published OPPS copayments (20% of $692.52 = 138.504 is listed as $138.51)
 *     ({@link #publishedCopayment}); a hospital line's coinsurance
 *     never exceeds the year's Part A inpatient deductible;</li>
 * <li>Medicare pays the rest of the allowed amount, less sequestration (the year's rate, 2%; half-up to cents).</li>
 * </ul>
 * Each reported figure is rounded once; only a hospital line's coinsurance is rounded up.
 */
public final class FacilityPricer {
    static final BigDecimal OPPS_LABOUR_SHARE = new BigDecimal("0.60");
    static final BigDecimal ASC_LABOUR_SHARE = new BigDecimal("0.50");
    static final BigDecimal SITE_NEUTRAL_SHARE = new BigDecimal("0.40");
    static final BigDecimal REDUCED = new BigDecimal("0.50");
    static final Percent COINSURANCE_PERCENT = Percent.of("20");

    private FacilityPricer() {}

    /**
     * @param rates             each line's code's rates for the year
     * @param cbsa              where the facility is, as asked (reported as is)
     * @param wageIndex         the chosen index, empty for the national unadjusted rate
     * @param deductibleRemaining the Part B deductible left after the physician's claim
     * @param partADeductible   the year's Part A inpatient deductible: the cap of one hospital line's coinsurance
     * @param sequestrationRate the year's sequestration rate (0.02), taken off Medicare's part
     * @param covered           false: Medicare pays nothing and the allowed amount is what the patient would owe
     * @throws UnsupportedRequestException FACILITY-RATE: a code without a rate of the facility's type, or a status
     *                                     this estimator does not price
     */
    public static FacilityClaim claim(FacilityType type, List<SessionLine> lines, Map<String, FacilityRate> rates,
                                      Optional<String> cbsa, Optional<FacilityWageIndex.Choice> wageIndex, Money deductibleRemaining,
                                      Money partADeductible, BigDecimal sequestrationRate,
                                      boolean covered) {
        return coveredClaim(type, lines.stream().map(l -> covered ? CoveredLine.covered(l)
                : CoveredLine.notCovered(l, "NOT-COVERED")).toList(), rates, cbsa, wageIndex, deductibleRemaining,
                partADeductible, sequestrationRate);
    }

    /**
     * Line-level coverage (medicare-rules.md section 6): the covered lines are priced as a claim (the
     * multiple-procedure discount among them only) and split; a line that is not covered is priced alone at its own
     * wage-adjusted rate (150% for a line with 50 of a discounted code), what the patient would owe with an ABN.
     * When no line is covered, the lines are priced as one claim (as before line-level coverage) and the whole
     * amount is the patient's (Medicare pays nothing).
     */
    public static FacilityClaim coveredClaim(FacilityType type, List<CoveredLine> coverage,
                                             Map<String, FacilityRate> rates, Optional<String> cbsa,
                                             Optional<FacilityWageIndex.Choice> wageIndex, Money deductibleRemaining,
                                             Money partADeductible, BigDecimal sequestrationRate) {
        return coveredClaim(type, coverage, rates, cbsa, wageIndex, deductibleRemaining, partADeductible,
                sequestrationRate, Map.of());
    }

    /**
     * @param drugCoinsurance per drug code, the coinsurance percentage of the quarter's ASP file where it is below 20%
     *                        (the inflation rebate: J3300 3.892%); a drug not named pays 20%
     */
    public static FacilityClaim coveredClaim(FacilityType type, List<CoveredLine> coverage,
                                             Map<String, FacilityRate> rates, Optional<String> cbsa,
                                             Optional<FacilityWageIndex.Choice> wageIndex, Money deductibleRemaining,
                                             Money partADeductible, BigDecimal sequestrationRate,
                                             Map<String, Percent> drugCoinsurance) {
        List<SessionLine> lines = coverage.stream().map(CoveredLine::line).toList();
        boolean covered = coverage.stream().anyMatch(CoveredLine::covered);
        record Unit(int line, BigDecimal amount, boolean discounted) {}
        BigDecimal factor = wageIndex.map(w -> adjustment(type, w.index())).orElse(BigDecimal.ONE);
        if (type == FacilityType.HOSPITAL_OUTPATIENT_OFF_CAMPUS) {
            factor = factor.multiply(SITE_NEUTRAL_SHARE);
        }
        List<Unit> units = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        List<Optional<String>> apcs = new ArrayList<>();
        List<Money> unitRates = new ArrayList<>();
        List<List<String>> adjustments = new ArrayList<>();
        List<Percent> percents = new ArrayList<>();
        // A comprehensive (J1) line: one payment for the claim at its rate; the other lines are packaged into it,
        // except pass-through (G) lines, paid separately even on a J1 claim (medicare-rules.md section 7)
        int comprehensive = FacilityLineRates.comprehensiveLine(type, lines, rates);
        for (int i = 0; i < lines.size(); i++) {
            SessionLine line = lines.get(i);
            FacilityLineRates.Priced priced = FacilityLineRates.priced(type, line.code(),
                    rates.get(line.code().value()));
            percents.add(priced.drug() ? drugCoinsurance.getOrDefault(line.code().value(), COINSURANCE_PERCENT)
                    : COINSURANCE_PERCENT);
            if (comprehensive >= 0 && i != comprehensive && !priced.paidOnComprehensiveClaim()) {
                indicators.add(priced.indicator());
                apcs.add(priced.apc());
                unitRates.add(Money.round(priced.rate()));
                adjustments.add(new ArrayList<>(List.of("packaged into the comprehensive (J1) line "
                        + lines.get(comprehensive).code() + ": no separate payment")));
                continue;
            }
            indicators.add(priced.indicator());
            apcs.add(priced.apc());
            unitRates.add(Money.round(priced.rate()));
            List<String> notes = new ArrayList<>();
            adjustments.add(notes);
            if (priced.packaged()) {
                notes.add("packaged (" + priced.indicator() + "): no separate payment");
                continue;
            }
            if (priced.drug()) {
                // ASP + 6% per billing unit, national: neither wage-adjusted nor reduced off campus
                notes.add(priced.indicator() + ": paid separately per billing unit at the national rate ("
                        + line.units() + " × " + priced.rate().toPlainString() + ")" + (comprehensive >= 0
                        ? ", even on a comprehensive (J1) claim" : ""));
                units.add(new Unit(i, priced.rate().multiply(BigDecimal.valueOf(line.units())), false));
                continue;
            }
            if (wageIndex.isPresent()) {
                notes.add("wage adjusted: " + (type.opps() ? "60" : "50") + "% labour share × "
                        + wageIndex.get().index().toPlainString());
            }
            if (type == FacilityType.HOSPITAL_OUTPATIENT_OFF_CAMPUS) {
                notes.add("off-campus, non-excepted: 40% of the OPPS rate");
            }
            // a J1 line is paid once, without the bilateral uplift
            int procedures = i == comprehensive ? 1 : line.units();
            boolean bilateral = line.hasModifier("50") && priced.discounted();
            if (bilateral) {
                procedures *= 2;
                notes.add("bilateral (modifier 50): two procedures");
            }
            BigDecimal amount = priced.rate().multiply(factor);
            if (covered && !coverage.get(i).covered()) {
                // beside covered lines, alone, undiscounted: its own amount (a bilateral line's two procedures at 100% + 50%)
                BigDecimal own = amount.multiply(BigDecimal.valueOf(line.units()));
                units.add(new Unit(i, bilateral ? own.add(own.multiply(REDUCED)) : own, false));
                notes.add("not covered: its own rate, billed to the patient " + NotCoveredBilling.ABN.condition());
                continue;
            }
            for (int u = 0; u < procedures; u++) {
                units.add(new Unit(i, amount, priced.discounted()));
            }
        }
        BigDecimal[] allowedExact = new BigDecimal[lines.size()];
        java.util.Arrays.fill(allowedExact, BigDecimal.ZERO);
        Optional<Unit> primary = units.stream().filter(Unit::discounted).max(Comparator.comparing(Unit::amount));
        for (Unit unit : units) {
            BigDecimal amount = unit.amount();
            if (unit.discounted() && unit != primary.orElseThrow()) {
                amount = amount.multiply(REDUCED);
                String note = "multiple procedure 50%";
                if (!adjustments.get(unit.line()).contains(note)) {
                    adjustments.get(unit.line()).add(note);
                }
            }
            allowedExact[unit.line()] = allowedExact[unit.line()].add(amount);
        }

        List<Money> deductibleBase = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            deductibleBase.add(coverage.get(i).covered() ? Money.round(allowedExact[i]) : Money.ZERO);
        }
        Money[] deductibles = CoinsuranceSplit.deductibleByLine(deductibleBase, deductibleRemaining, percents::get);
        Money allowed = Money.ZERO;
        Money deductible = Money.ZERO;
        Money coinsurance = Money.ZERO;
        Money partA = partADeductible;
        List<FacilityLine> priced = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Money lineAllowed = Money.round(allowedExact[i]);
            boolean lineCovered = coverage.get(i).covered();
            if (lineCovered || !covered) {
                allowed = allowed.plus(lineAllowed);
            }
            if (lineCovered) {
                Money lineDeductible = deductibles[i];
                BigDecimal exactCoinsurance = percents.get(i).of(lineAllowed.minus(lineDeductible).amount());
                if (percents.get(i).value().compareTo(COINSURANCE_PERCENT.value()) != 0) {
                    adjustments.get(i).add("coinsurance " + percents.get(i) + " (inflation-adjusted, ASP file)");
                }
                Money lineCoinsurance = publishedCopayment(type, wageIndex) ? Money.roundUp(exactCoinsurance)
                        : Money.round(exactCoinsurance);
                if (type.opps() && lineCoinsurance.isGreaterThan(partA)) {
                    lineCoinsurance = partA;
                    adjustments.get(i).add("coinsurance capped at the Part A deductible ($" + partA + ")");
                }
                deductible = deductible.plus(lineDeductible);
                coinsurance = coinsurance.plus(lineCoinsurance);
            }
            priced.add(new FacilityLine(lines.get(i), indicators.get(i), apcs.get(i), unitRates.get(i), lineAllowed,
                    adjustments.get(i), coverage.get(i).notCoveredBy()));
        }
        Payment payment;
        if (!covered) {
            payment = new Payment(allowed, Money.ZERO, Money.ZERO, allowed, Money.ZERO, Money.ZERO, Optional.empty());
        } else {
            Money patient = deductible.plus(coinsurance);
            Money medicare = allowed.minus(patient);
            payment = new Payment(allowed, deductible, coinsurance, patient, medicare,
                    medicare.scaledBy(BigDecimal.ONE.subtract(sequestrationRate)), Optional.empty());
        }
        return new FacilityClaim(type, cbsa, wageIndex.map(FacilityWageIndex.Choice::index), priced,
                payment);
    }

    /**
     * A hospital (OPPS) line's coinsurance is rounded up as CMS rounds the national copayments it publishes
     * (Addendum B); an ASC's is 20% to the nearest cent, half-up (62321: 20% × 387.46 = 77.492 → 77.49;
     * medicare-rules.md section 6, "Rounding"). Issue 18 changes the ASC only: the hospital's figures stand.
     */
    static boolean publishedCopayment(FacilityType type, Optional<FacilityWageIndex.Choice> wageIndex) {
        return type.opps();
    }

    /** labour share × index + (1 − labour share): 0.6 × 0.9721 + 0.4 = 0.98326. */
    static BigDecimal adjustment(FacilityType type, BigDecimal index) {
        BigDecimal labour = type.opps() ? OPPS_LABOUR_SHARE : ASC_LABOUR_SHARE;
        return labour.multiply(index).add(BigDecimal.ONE.subtract(labour));
    }
}
