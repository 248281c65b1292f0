package com.epiduralestimator.domain;

import java.math.BigDecimal;
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
    static final BigDecimal PLAN_K_SHARE = new BigDecimal("0.50");
    static final BigDecimal PLAN_L_SHARE = new BigDecimal("0.75");

    /** What a supplement pays of one claim and what the patient still owes. */
    public record Share(BigDecimal supplementalPays, BigDecimal patientOwes) {}

    private final Supplemental plan;
    private BigDecimal outOfPocketRemaining;
    private BigDecimal deductibleRemaining;

    /**
     * @param outOfPocketRemaining plan K/L: what the patient may still spend this year before the plan pays all
     * @param deductibleRemaining  high-deductible F/G: what remains of the plan's deductible this year
     */
    public SupplementalCoverage(Supplemental plan, Optional<BigDecimal> outOfPocketRemaining,
                                Optional<BigDecimal> deductibleRemaining) {
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
        this.outOfPocketRemaining = outOfPocketRemaining.map(Money::cents).orElse(Money.ZERO);
        this.deductibleRemaining = deductibleRemaining.map(Money::cents).orElse(Money.ZERO);
    }

    public Supplemental plan() {
        return plan;
    }

    /** The next claim's share; {@code covered} false: Medicare pays nothing and neither does a supplement. */
    public Share next(Payment claim, boolean covered) {
        BigDecimal patientPays = claim.patientPays();
        if (!covered) {
            return new Share(Money.ZERO, patientPays);
        }
        BigDecimal deductible = claim.deductibleApplied();
        BigDecimal coinsurance = claim.coinsurance();
        // An unassigned claim: what the practice may charge above the approved amount (up to the limiting charge).
        BigDecimal excess = claim.unassigned().map(u -> u.patientPaysProvider().subtract(claim.allowed())
                .max(BigDecimal.ZERO)).orElse(Money.ZERO);
        BigDecimal pays;
        switch (plan) {
            case NONE:
                pays = Money.ZERO;
                break;
            case MEDIGAP_A: case MEDIGAP_B: case MEDIGAP_D: case MEDIGAP_M: case MEDIGAP_N:
                pays = coinsurance;
                break;
            case MEDIGAP_G:
                pays = coinsurance.add(excess);
                break;
            case MEDIGAP_C:
                pays = deductible.add(coinsurance);
                break;
            case MEDIGAP_F:
                pays = deductible.add(coinsurance).add(excess);
                break;
            case MEDICAID_QMB:
                pays = patientPays;
                break;
            case MEDIGAP_K: case MEDIGAP_L: {
                BigDecimal share = plan == Supplemental.MEDIGAP_K ? PLAN_K_SHARE : PLAN_L_SHARE;
                BigDecimal own = deductible.add(coinsurance.subtract(Money.cents(coinsurance.multiply(share))));
                // K and L never pay the Part B deductible: they pay everything only once both the out-of-pocket
                // limit and the deductible are met, so the patient's own part is at least the deductible applied.
                BigDecimal ownCapped = own.min(outOfPocketRemaining.max(deductible));
                outOfPocketRemaining = outOfPocketRemaining.subtract(ownCapped).max(BigDecimal.ZERO);
                pays = deductible.add(coinsurance).subtract(ownCapped);
                break;
            }
            case MEDIGAP_F_HIGH: {
                BigDecimal costSharing = deductible.add(coinsurance).add(excess);
                BigDecimal own = costSharing.min(deductibleRemaining);
                deductibleRemaining = deductibleRemaining.subtract(own);
                pays = costSharing.subtract(own);
                break;
            }
            case MEDIGAP_G_HIGH: {
                BigDecimal covers = coinsurance.add(excess);
                BigDecimal room = deductibleRemaining.subtract(deductible).max(BigDecimal.ZERO);
                BigDecimal own = covers.min(room);
                deductibleRemaining = deductibleRemaining.subtract(deductible.add(own).min(deductibleRemaining));
                pays = covers.subtract(own);
                break;
            }
            default:
                throw new IllegalStateException("unpriced plan " + plan);
        }
        pays = Money.cents(pays.min(patientPays).max(BigDecimal.ZERO));
        return new Share(pays, Money.cents(patientPays.subtract(pays)));
    }
}
