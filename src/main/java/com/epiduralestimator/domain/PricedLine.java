package com.epiduralestimator.domain;

import java.util.List;
import java.util.Optional;

/**
 * One line after pricing: the schedule amount of one unit, what is allowed for the line, and why.
 *
 * @param notCoveredBy the id of the coverage rule that denies the line (line-level coverage, medicare-rules.md
 *                     section 6); empty when the line is covered. A line that is not covered is priced alone, at
 *                     its own fee: what the patient would owe for it with a signed ABN.
 * @param drug         for a Part B drug line priced at the ASP payment limit, that limit and its coinsurance
 *                     percentage ({@link DrugLines}); empty for a fee-schedule line (20% coinsurance)
 */
public record PricedLine(SessionLine line, Money unitFee, Money allowed, List<String> adjustments,
                         Optional<String> notCoveredBy, Optional<DrugPrice> drug) {
    /** Part B's coinsurance: 20% of the allowed amount after the deductible (section 5). */
    public static final Percent COINSURANCE_PERCENT = Percent.of("20");

    public PricedLine {
        adjustments = List.copyOf(adjustments);
    }

    /** A fee-schedule line. */
    public PricedLine(SessionLine line, Money unitFee, Money allowed, List<String> adjustments,
                      Optional<String> notCoveredBy) {
        this(line, unitFee, allowed, adjustments, notCoveredBy, Optional.empty());
    }

    /** A covered fee-schedule line. */
    public PricedLine(SessionLine line, Money unitFee, Money allowed, List<String> adjustments) {
        this(line, unitFee, allowed, adjustments, Optional.empty(), Optional.empty());
    }

    public boolean covered() {
        return notCoveredBy.isEmpty();
    }

    /** The patient's coinsurance percentage: the drug's from the ASP file, else 20%. */
    public Percent coinsurance() {
        return drug.isPresent() ? drug.get().coinsurance() : COINSURANCE_PERCENT;
    }

    /** The same line with other notes (a Medicare Advantage plan rewords the ABN's). */
    public PricedLine withAdjustments(List<String> other) {
        return new PricedLine(line, unitFee, allowed, other, notCoveredBy, drug);
    }
}
