package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The split of a claim whose lines do not all carry 20% coinsurance (medicare-rules.md section 7): a Part B drug
 * under the inflation rebate has the lower percentage CMS's ASP file gives (J3300 3.892%). The deductible is taken
 * from the lines in claim order; the coinsurance is each percentage of the amount after the deductible of its lines,
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
        Money remaining = deductibleRemaining.atLeastZero();
        Money deductible = Money.ZERO;
        List<Percent> percents = new ArrayList<>();
        List<Money> bases = new ArrayList<>();
        for (PricedLine line : lines) {
            Money taken = remaining.min(line.allowed()).atLeastZero();
            remaining = remaining.minus(taken);
            deductible = deductible.plus(taken);
            int group = indexOf(percents, line.coinsurance());
            if (group < 0) {
                percents.add(line.coinsurance());
                bases.add(Money.ZERO);
                group = percents.size() - 1;
            }
            bases.set(group, bases.get(group).plus(line.allowed().minus(taken)));
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
