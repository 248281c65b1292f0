package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The split of a claim whose lines do not all carry 20% coinsurance (medicare-rules.md section 7): a Part B drug
 * under the inflation rebate has the lower percentage CMS's ASP file gives (J3300 3.892%). The deductible is taken
 * from the lines at 20% first, then from the lines with a lower percentage, each group in claim order (so the share does
 * not depend on the order the request listed the lines: {@link #deductibleByLine}); the coinsurance is each percentage of the amount after the deductible of its lines,
 * rounded once per percentage (so a claim with 20% only is split exactly as {@link PaymentEstimator#split}); Medicare
 * pays the allowed amount less the deductible and that coinsurance, less sequestration on its payment only.
 */
public final class CoinsuranceSplit {
    private CoinsuranceSplit() {}

    /**
     * @param lines the lines the split shares (the covered ones; all of them when none is covered, what an ABN
     *              bills)
     */
    public static Payment split(List<PricedLine> lines, Money deductibleRemaining, boolean covered,
                                Optional<Money> limitingCharge, BigDecimal sequestrationRate) {
        Money allowed = PaymentEstimator.total(lines);
        if (!covered || allTwentyPercent(lines)) {
            return PaymentEstimator.split(allowed, deductibleRemaining, covered, limitingCharge, sequestrationRate);
        }
        Money[] taken = deductibleByLine(lines.stream().map(PricedLine::allowed).toList(), deductibleRemaining, i -> lines.get(i).coinsurance());
        Money deductible = Money.ZERO;
        List<Percent> percents = new ArrayList<>();
        List<Money> bases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PricedLine line = lines.get(i);
            deductible = deductible.plus(taken[i]);
            int group = indexOf(percents, line.coinsurance());
            if (group < 0) {
                percents.add(line.coinsurance());
                bases.add(Money.ZERO);
                group = percents.size() - 1;
            }
            bases.set(group, bases.get(group).plus(line.allowed().minus(taken[i])));
        }
        Money coinsurance = Money.ZERO;
        for (int i = 0; i < percents.size(); i++) {
            coinsurance = coinsurance.plus(bases.get(i).times(percents.get(i)));
        }
        Money medicare = allowed.minus(deductible).minus(coinsurance);
        Money afterSequestration = medicare.scaledBy(BigDecimal.ONE.subtract(sequestrationRate));
        return new Payment(allowed, deductible, coinsurance, deductible.plus(coinsurance), medicare,
                afterSequestration, limitingCharge);
    }

    /**
     * The deductible each line takes, in an order that does not depend on how the request listed the lines
     * (docs/encounter.md, Decision "the deductible before the reduced coinsurance"): the lines at the standard 20%
     * first (the procedures and visits, in claim order), then the lines with a lower percentage (a drug under the
     * inflation rebate), in claim order. The same rule splits the facility's claim ({@link FacilityPricer}).
     *
     * @param amounts the allowed amount of each line the deductible may be taken from (zero for a line it may not)
     */
    static Money[] deductibleByLine(List<Money> amounts, Money deductibleRemaining, IntFunction<Percent> percentOf) {
        Money[] taken = new Money[amounts.size()];
        Money remaining = deductibleRemaining.atLeastZero();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < amounts.size(); i++) {
                boolean standard = percentOf.apply(i).value().compareTo(PricedLine.COINSURANCE_PERCENT.value()) == 0;
                if (standard == (pass == 0)) {
                    taken[i] = remaining.min(amounts.get(i)).atLeastZero();
                    remaining = remaining.minus(taken[i]);
                }
            }
        }
        return taken;
    }

    private static boolean allTwentyPercent(List<PricedLine> lines) {
        for (PricedLine line : lines) {
            if (indexOf(List.of(PricedLine.COINSURANCE_PERCENT), line.coinsurance()) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Percentages compared by value (20.000 is 20). */
    private static int indexOf(List<Percent> percents, Percent percent) {
        for (int i = 0; i < percents.size(); i++) {
            if (percents.get(i).value().compareTo(percent.value()) == 0) {
                return i;
            }
        }
        return -1;
    }
}
