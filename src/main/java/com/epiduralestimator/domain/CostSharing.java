package com.epiduralestimator.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A Medicare Advantage plan's cost sharing for one service category (the physician's visit, or the hospital
 * outpatient department or ASC): a fixed copay, or a coinsurance percentage of the plan's allowed amount. Exactly one
 * of the two (medicare-rules.md section 8; api-contract "Additions, round 3").
 */
public record CostSharing(Optional<Money> copay, Optional<Percent> coinsurance) {
    public CostSharing {
        Objects.requireNonNull(copay, "copay");
        Objects.requireNonNull(coinsurance, "coinsurance");
        if (copay.isPresent() == coinsurance.isPresent()) {
            throw new IllegalArgumentException("cost sharing is a copay or a coinsurance, exactly one");
        }
        if (coinsurance.isPresent() && coinsurance.get().value().compareTo(new java.math.BigDecimal("100")) > 0) {
            throw new IllegalArgumentException("a coinsurance is at most 100%");
        }
    }

    public static CostSharing copayOf(Money copay) {
        return new CostSharing(Optional.of(copay), Optional.empty());
    }

    public static CostSharing coinsuranceOf(Percent percent) {
        return new CostSharing(Optional.empty(), Optional.of(percent));
    }

    /**
     * The member's share of what is left once the plan's deductible is applied: the copay (never more than what is
     * left: a copay above the allowed amount is the allowed amount), or the coinsurance of it, half-up to the cent.
     */
    public Money of(Money left) {
        Money positive = left.atLeastZero();
        return copay.map(c -> c.min(positive)).orElseGet(() -> positive.times(coinsurance.orElseThrow()));
    }

    /** As a person reads it: "a $40.00 copay", "20% coinsurance". */
    public String describe() {
        return copay.map(c -> "a $" + c + " copay").orElseGet(() -> coinsurance.orElseThrow() + " coinsurance");
    }
}
