package com.epiduralestimator.domain;

import java.util.ArrayList;
import java.util.List;
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
 * A plan's coinsurance on a Part B drug under the inflation rebate is at most the percentage Part B allows (the ASP
 * file's: J3300 3.892%), line by line (CMS memo of 7 November 2022, "Inflation Reduction Act Changes to Cost Sharing
 * for Part B Drugs", for MA plans from 1 April 2023; a copay needs no adjustment, 42 CFR 422.100): see
 * {@link #claim(List, List, Percent, CostSharing, boolean)}.
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
     * A claim line by line: {@code partB} is each line's Part B coinsurance percentage (the ASP file's for a drug, 20
     * otherwise). With a plan coinsurance, a line whose Part B percentage is below both 20% and the plan's is charged
     * at that lower percentage; the rest of the claim at the plan's. The plan's allowed amount is the claim's × the
     * contracted rate, as {@link #claim(Money, Percent, CostSharing, boolean)}; such a line's is its own × the rate,
     * the rest the other lines'. The plan's deductible is taken from the other lines first, then from those lines in
     * claim order (as original Medicare's, {@link CoinsuranceSplit#deductibleByLine}); the coinsurance is rounded
     * half-up once per percentage; the member's share is capped by the MOOP as always. A copay, or no such line: the
     * claim as a whole.
     */
    public Claim claim(List<Money> medicareAllowed, List<Percent> partB, Percent contractedRate, CostSharing sharing,
                       boolean covered) {
        Money total = Money.ZERO;
        for (Money m : medicareAllowed) {
            total = total.plus(m);
        }
        Optional<Percent> plan = sharing.coinsurance();
        List<Money> amounts = new ArrayList<>(List.of(Money.ZERO));
        List<Percent> percents = new ArrayList<>(List.of(plan.orElse(PricedLine.COINSURANCE_PERCENT)));
        for (int i = 0; covered && plan.isPresent() && i < partB.size(); i++) {
            Percent p = partB.get(i);
            if (below(p, PricedLine.COINSURANCE_PERCENT) && below(p, plan.get())) {
                amounts.add(medicareAllowed.get(i).times(contractedRate));
                percents.add(p);
            }
        }
        if (amounts.size() == 1) {
            return claim(total, contractedRate, sharing, covered);
        }
        Money allowed = total.times(contractedRate);
        Money reduced = Money.ZERO;
        for (int i = 1; i < amounts.size(); i++) {
            reduced = reduced.plus(amounts.get(i));
        }
        amounts.set(0, allowed.minus(reduced));
        Money[] taken = CoinsuranceSplit.deductibleByLine(amounts, deductibleLeft,
                i -> i == 0 ? PricedLine.COINSURANCE_PERCENT : percents.get(i));
        Money deductible = Money.ZERO;
        List<Percent> groups = new ArrayList<>();
        List<Money> bases = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            deductible = deductible.plus(taken[i]);
            int g = 0;
            while (g < groups.size() && groups.get(g).value().compareTo(percents.get(i).value()) != 0) {
                g++;
            }
            if (g == groups.size()) {
                groups.add(percents.get(i));
                bases.add(Money.ZERO);
            }
            bases.set(g, bases.get(g).plus(amounts.get(i).minus(taken[i])));
        }
        Money coinsurance = Money.ZERO;
        for (int g = 0; g < groups.size(); g++) {
            coinsurance = coinsurance.plus(bases.get(g).times(groups.get(g)));
        }
        if (outOfPocketLeft.isPresent()) {
            Money room = outOfPocketLeft.get().atLeastZero();
            deductible = deductible.min(room);
            coinsurance = coinsurance.min(room.minus(deductible));
        }
        Money member = deductible.plus(coinsurance);
        return new Claim(new Payment(allowed, deductible, coinsurance, member, Money.ZERO, Money.ZERO,
                Optional.empty()), Money.ZERO, allowed.minus(member));
    }

    private static boolean below(Percent p, Percent than) {
        return p.value().compareTo(than.value()) < 0;
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
