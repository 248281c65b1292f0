package com.epiduralestimator.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A Medicare Advantage member's split of one claim (medicare-rules.md section 8), with what is left of the plan's
 * deductible and out-of-pocket maximum (MOOP) before it. Claims are split in order, the physician's first (as for the
 * Part B deductible); {@link #after} gives the room the next claim has.
 * <ol>
 * <li>the plan's allowed amount: Medicare's allowed amount × the contracted rate, half-up to the cent;</li>
 * <li>the plan's deductible first: min(deductible left, allowed);</li>
 * <li>then the copay (at most what is left) or the coinsurance of what is left, half-up to the cent;</li>
 * <li>the member's share (deductible + copay or coinsurance) capped by what is left of the MOOP, the deductible's
 *     part first;</li>
 * <li>the plan pays the rest of its allowed amount. No Part B deductible, no 20%, no sequestration (which is between
 *     CMS and the plan).</li>
 * </ol>
 * Not covered: the plan pays nothing and Medicare's allowed amount (as the lines that are not covered are shown) is
 * what the member would owe, only after the plan's pre-service organization determination (42 CFR 422.566); it counts
 * toward neither the deductible nor the MOOP.
 *
 * @param deductibleLeft  the plan's deductible still to go before this claim
 * @param outOfPocketLeft the MOOP still to go before this claim; empty: not reached, and not given
 */
public record AdvantageSplit(Money deductibleLeft, Optional<Money> outOfPocketLeft) {

    /**
     * One claim as the plan pays it. In {@code payment}: {@code deductibleApplied} is the plan's deductible,
     * {@code coinsurance} the plan's coinsurance (0 with a copay), {@code patientPays} the member's share; Medicare
     * pays nothing itself ({@code medicarePays} 0).
     */
    public record Claim(Payment payment, Money copay, Money planPays) {}

    public AdvantageSplit {
        Objects.requireNonNull(deductibleLeft, "deductibleLeft");
        Objects.requireNonNull(outOfPocketLeft, "outOfPocketLeft");
    }

    public Claim claim(Money medicareAllowed, Percent contractedRate, CostSharing sharing, boolean covered) {
        if (!covered) {
            return new Claim(new Payment(medicareAllowed, Money.ZERO, Money.ZERO, medicareAllowed, Money.ZERO,
                    Money.ZERO, Optional.empty()), Money.ZERO, Money.ZERO);
        }
        Money allowed = medicareAllowed.times(contractedRate);
        Money deductible = deductibleLeft.min(allowed).atLeastZero();
        Money sharingAmount = sharing.of(allowed.minus(deductible));
        if (outOfPocketLeft.isPresent()) {
            Money room = outOfPocketLeft.get().atLeastZero();
            deductible = deductible.min(room);
            sharingAmount = sharingAmount.min(room.minus(deductible));
        }
        Money copay = sharing.copay().isPresent() ? sharingAmount : Money.ZERO;
        Money coinsurance = sharing.copay().isPresent() ? Money.ZERO : sharingAmount;
        Money member = deductible.plus(sharingAmount);
        Money plan = allowed.minus(member);
        return new Claim(new Payment(allowed, deductible, coinsurance, member, Money.ZERO, Money.ZERO,
                Optional.empty()), copay, plan);
    }

    /**
     * The room the next claim has once this claim is split: the deductible applied and the member's share (covered
     * only) come off.
     */
    public AdvantageSplit after(Payment claim, boolean covered) {
        if (!covered) {
            return this;
        }
        return new AdvantageSplit(deductibleLeft.minus(claim.deductibleApplied()).atLeastZero(),
                outOfPocketLeft.map(m -> m.minus(claim.patientPays()).atLeastZero()));
    }

    /** The copay of a claim split by {@link #claim} with this cost sharing: its member share less the rest. */
    public static Money copayOf(Payment claim, CostSharing sharing, boolean covered) {
        if (!covered || sharing.copay().isEmpty()) {
            return Money.ZERO;
        }
        return claim.patientPays().minus(claim.deductibleApplied()).minus(claim.coinsurance());
    }

    /** What the plan pays of a claim split by {@link #claim}: its allowed amount less the member's share. */
    public static Money planPaysOf(Payment claim, boolean covered) {
        return covered ? claim.allowed().minus(claim.patientPays()) : Money.ZERO;
    }
}
