package com.epiduralestimator.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A Medicare Advantage member's plan terms, as the front desk reads them from the plan's eligibility response (271)
 * or its summary of benefits (medicare-rules.md section 8). Absent values are the defaults the estimate states in its
 * assumptions: the plan's deductible met ($0), the out-of-pocket maximum not reached, the contracted rate 100% of
 * Medicare's, prior authorization unknown.
 *
 * @param physician            the cost sharing of the physician's claim
 * @param facility             the cost sharing of the hospital outpatient department's or ASC's claim
 * @param deductibleRemaining  the plan's deductible still to go this year
 * @param outOfPocketRemaining the plan's in-network out-of-pocket maximum (MOOP) still to go this year
 * @param allowedPercent       the plan's contracted rate as a percentage of Medicare's allowed amount
 */
public record AdvantagePlan(CostSharing physician, Optional<CostSharing> facility,
                            Optional<Money> deductibleRemaining, Optional<Money> outOfPocketRemaining,
                            Optional<Percent> allowedPercent, PriorAuthorization priorAuthorization) {
    public static final Percent MEDICARE_RATE = Percent.of("100");

    public AdvantagePlan {
        Objects.requireNonNull(physician, "physician");
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(deductibleRemaining, "deductibleRemaining");
        Objects.requireNonNull(outOfPocketRemaining, "outOfPocketRemaining");
        Objects.requireNonNull(allowedPercent, "allowedPercent");
        Objects.requireNonNull(priorAuthorization, "priorAuthorization");
    }

    /** The plan's deductible still to go: as given, or $0 (said in assumptions). */
    public Money deductible() {
        return deductibleRemaining.orElse(Money.ZERO);
    }

    /** The contracted rate: as given, or 100% of Medicare's allowed amount (said in assumptions). */
    public Percent contractedRate() {
        return allowedPercent.orElse(MEDICARE_RATE);
    }

    /** The plan's allowed amount for a claim Medicare would allow {@code medicareAllowed}, half-up to the cent. */
    public Money allowed(Money medicareAllowed) {
        return medicareAllowed.times(contractedRate());
    }

    /** The split of the first claim (the physician's): the whole deductible and out-of-pocket room still to go. */
    public AdvantageSplit split() {
        return new AdvantageSplit(deductible(), outOfPocketRemaining);
    }
}
