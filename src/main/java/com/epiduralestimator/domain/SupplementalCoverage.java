package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a supplement pays of the patient's Medicare cost sharing, claim by claim (physician's first, then the
 * facility's: the same order as the Part B deductible), carrying plan K/L's out-of-pocket room and a high-deductible
 * plan's deductible from one claim to the next.
 * <ul>
 * <li>A, B, D, G, M, N: the coinsurance; C, F: the Part B deductible and the coinsurance;</li>
 * <li>K, L: 50% / 75% of the coinsurance, and everything once the patient's own spending (deductible and their share
 *     of the coinsurance) reaches the plan's yearly out-of-pocket limit;</li>
 * <li>high-deductible F, G: nothing until the patient's Medicare cost sharing has met the plan's deductible, then as
 *     F or G (G never pays the Part B deductible, which still counts toward the plan's);</li>
 * <li>Medicaid QMB: all of it (the patient owes nothing and may not be billed for it);</li>
 * <li>none: nothing. A claim Medicare does not cover is paid by no supplement.</li>
 * </ul>
 * Excess charges above the allowed amount (plans F and G) arise only on unassigned claims, which this estimator does
 * not price yet.
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
        BigDecimal owes;
        switch (plan) {
            case NONE:
                owes = patientPays;
                break;
            case MEDIGAP_A: case MEDIGAP_B: case MEDIGAP_D: case MEDIGAP_G: case MEDIGAP_M: case MEDIGAP_N:
                owes = deductible;
                break;
            case MEDIGAP_C: case MEDIGAP_F: case MEDICAID_QMB:
                owes = Money.ZERO;
                break;
            case MEDIGAP_K: case MEDIGAP_L: {
                BigDecimal share = plan == Supplemental.MEDIGAP_K ? PLAN_K_SHARE : PLAN_L_SHARE;
                BigDecimal own = deductible.add(coinsurance.subtract(Money.cents(coinsurance.multiply(share))));
                owes = own.min(outOfPocketRemaining);
                outOfPocketRemaining = outOfPocketRemaining.subtract(owes);
                break;
            }
            case MEDIGAP_F_HIGH:
                owes = patientPays.min(deductibleRemaining);
                deductibleRemaining = deductibleRemaining.subtract(owes);
                break;
            case MEDIGAP_G_HIGH: {
                BigDecimal room = deductibleRemaining.subtract(deductible).max(BigDecimal.ZERO);
                owes = deductible.add(coinsurance.min(room));
                deductibleRemaining = deductibleRemaining.subtract(owes.min(deductibleRemaining));
                break;
            }
            default:
                throw new IllegalStateException("unpriced plan " + plan);
        }
        owes = Money.cents(owes);
        return new Share(Money.cents(patientPays.subtract(owes)), owes);
    }
}
