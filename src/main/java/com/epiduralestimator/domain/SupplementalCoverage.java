package com.epiduralestimator.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What a supplement pays of the patient's Medicare cost sharing, claim by claim (physician's first, then the
 * facility's: the same order as the Part B deductible), carrying plan K/L's out-of-pocket room and a high-deductible
 * plan's deductible from one claim to the next.
 * <ul>
 * <li>A, B, D, G, M, N: the coinsurance; C, F: the Part B deductible and the coinsurance; F and G: the excess
 *     charge of an unassigned claim;</li>
 * <li>K, L: 50% / 75% of the coinsurance, and the rest of the coinsurance once the patient's own spending
 *     (deductible and their share of the coinsurance) reaches the plan's yearly out-of-pocket limit; never the Part B
 *     deductible (Medicare: K and L pay 100% once the out-of-pocket limit and the Part B deductible are met);</li>
 * <li>high-deductible F, G: nothing until the patient's Medicare cost sharing has met the plan's deductible, then as
 *     F or G (G never pays the Part B deductible, which still counts toward the plan's);</li>
 * <li>Medicaid QMB: all of it (the patient owes nothing and may not be billed for it);</li>
 * <li>none: nothing. A claim Medicare does not cover is paid by no supplement.</li>
 * </ul>
 * On an unassigned claim F and G (and high-deductible F and G once met) also pay the excess charge, what the practice
 * may charge above the approved amount; the 2% sequestration of what Medicare pays the patient is paid by no plan.
 */
public final class SupplementalCoverage {
    static final Percent PLAN_K_PERCENT = Percent.of("50");
    static final Percent PLAN_L_PERCENT = Percent.of("75");

    /** What a supplement pays of one claim and what the patient still owes. */
    public record Share(Money supplementalPays, Money patientOwes) {}

    private final Supplemental plan;
    private Money outOfPocketRemaining;
    private Money deductibleRemaining;

    /**
     * @param outOfPocketRemaining plan K/L: what the patient may still spend this year before the plan pays all
     * @param deductibleRemaining  high-deductible F/G: what remains of the plan's deductible this year
     */
    public SupplementalCoverage(Supplemental plan, Optional<Money> outOfPocketRemaining,
                                Optional<Money> deductibleRemaining) {
        this.plan = Objects.requireNonNull(plan, "plan");
        if (plan == Supplemental.MEDICARE_ADVANTAGE) {
            throw new IllegalArgumentException("Medicare Advantage is not a supplement to original Medicare");
        }
        if (plan.hasOutOfPocketLimit() && outOfPocketRemaining.isEmpty()) {
            throw new IllegalArgumentException("plan " + plan.wireName() + " needs its out-of-pocket room");
        }
        if (plan.highDeductible() && deductibleRemaining.isEmpty()) {
            throw new IllegalArgumentException("plan " + plan.wireName() + " needs its deductible remaining");
        }
        this.outOfPocketRemaining = outOfPocketRemaining.orElse(Money.ZERO);
        this.deductibleRemaining = deductibleRemaining.orElse(Money.ZERO);
    }

    /** The next claim's share; {@code covered} false: Medicare pays nothing and neither does a supplement. */
    public Share next(Payment claim, boolean covered) {
        Money patientPays = claim.patientPays();
        if (!covered) {
            return new Share(Money.ZERO, patientPays);
        }
        Money deductible = claim.deductibleApplied();
        Money coinsurance = claim.coinsurance();
        // An unassigned claim: what the practice may charge above the approved amount (up to the limiting charge).
        Money excess = claim.unassigned().isPresent() ? claim.unassigned().get().patientPaysProvider()
                .minus(claim.allowed()).atLeastZero() : Money.ZERO; // no lambda: docs/performance.md
        Money pays;
        switch (plan) {
            case NONE:
                pays = Money.ZERO;
                break;
            case MEDIGAP_A: case MEDIGAP_B: case MEDIGAP_D: case MEDIGAP_M: case MEDIGAP_N:
                pays = coinsurance;
                break;
            case MEDIGAP_G:
                pays = coinsurance.plus(excess);
                break;
            case MEDIGAP_C:
                pays = deductible.plus(coinsurance);
                break;
            case MEDIGAP_F:
                pays = deductible.plus(coinsurance).plus(excess);
                break;
            case MEDICAID_QMB:
                pays = patientPays;
                break;
            case MEDIGAP_K: case MEDIGAP_L: {
                Percent share = plan == Supplemental.MEDIGAP_K ? PLAN_K_PERCENT : PLAN_L_PERCENT;
                Money own = deductible.plus(coinsurance.minus(coinsurance.times(share)));
                // K and L never pay the Part B deductible: they pay everything only once both the out-of-pocket
                // limit and the deductible are met, so the patient's own part is at least the deductible applied.
                Money ownCapped = own.min(outOfPocketRemaining.max(deductible));
                outOfPocketRemaining = outOfPocketRemaining.minus(ownCapped).atLeastZero();
                pays = deductible.plus(coinsurance).minus(ownCapped);
                break;
            }
            case MEDIGAP_F_HIGH: {
                Money costSharing = deductible.plus(coinsurance).plus(excess);
                Money own = costSharing.min(deductibleRemaining);
                deductibleRemaining = deductibleRemaining.minus(own);
                pays = costSharing.minus(own);
                break;
            }
            case MEDIGAP_G_HIGH: {
                Money covers = coinsurance.plus(excess);
                Money room = deductibleRemaining.minus(deductible).atLeastZero();
                Money own = covers.min(room);
                deductibleRemaining = deductibleRemaining.minus(deductible.plus(own).min(deductibleRemaining));
                pays = covers.minus(own);
                break;
            }
            default:
                throw new IllegalStateException("unpriced plan " + plan);
        }
        pays = pays.min(patientPays).atLeastZero();
        return new Share(pays, patientPays.minus(pays));
    }
}
