package com.epiduralestimator.application;

import com.epiduralestimator.domain.AdvantagePlan;
import com.epiduralestimator.domain.AdvantageSplit;
import com.epiduralestimator.domain.Assignment;
import com.epiduralestimator.domain.CostSharing;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.FacilityClaim;
import com.epiduralestimator.domain.FacilityLine;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FindingKind;
import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.domain.NotCoveredBilling;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.Payment;
import com.epiduralestimator.domain.Percent;
import com.epiduralestimator.domain.PricedLine;
import com.epiduralestimator.domain.Severity;
import com.epiduralestimator.domain.Supplemental;
import com.epiduralestimator.domain.UnsupportedRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Medicare Advantage member's estimate (medicare-rules.md section 8), at the few points where it differs from
 * original Medicare's: what may be asked together, the plan's split of each claim (physician first, then the
 * facility's, sharing the plan's deductible and out-of-pocket maximum), and the advice for a service the plan would
 * not cover. Every rule of the estimate (the cap, the findings, the facility's claim) is the same.
 */
final class AdvantageEstimates {
    static final String SOURCE = "42 CFR 422.101(b), 422.566; medicare-rules.md section 8";
    /** The finding that takes the ABN's place for a plan's member. */
    static final String ADVICE = "ORGANIZATION-DETERMINATION";
    static final String WHAT_TO_SEND = "give medicareAdvantage: {\"physician\": {\"copay\": 40} or"
            + " {\"coinsurancePercent\": 20}, \"facility\": (the same, with facilityType), \"deductibleRemaining\","
            + " \"outOfPocketRemaining\", \"allowedPercentOfMedicare\", \"priorAuthorization\"} from the plan's"
            + " eligibility response or summary of benefits";

    static final String DRUG_ASSUMPTION = "Coinsurance from CMS's ASP file, lower than 20% for a drug";
    static final String IRA_MEMO = "CMS memo of 7 November 2022, Inflation Reduction Act changes to cost sharing for"
            + " Part B drugs, Medicare Advantage plans from 1 April 2023";

    private AdvantageEstimates() {}

    /**
     * What can be refused before any store is read.
     *
     * @throws UnsupportedRequestException SUPPLEMENTAL-MEDICARE-ADVANTAGE: the plan named without its terms (422)
     * @throws InvalidFieldException       a field of original Medicare's beside a plan's terms (400)
     */
    static void validate(EstimateInput input, BillOptions options) {
        if (input.medicareAdvantage().isEmpty()) {
            if (options.supplemental() == Supplemental.MEDICARE_ADVANTAGE) {
                throw new UnsupportedRequestException("SUPPLEMENTAL-MEDICARE-ADVANTAGE", "supplemental",
                        "A Medicare Advantage plan is not original Medicare, nor a supplement to it: the member is"
                                + " estimated with the plan's own cost sharing. To estimate, " + WHAT_TO_SEND
                                + ", and leave supplemental out (or medicaid-qmb for a QMB member).");
            }
            return;
        }
        AdvantagePlan plan = input.medicareAdvantage().get();
        Supplemental supplemental = options.supplemental();
        if (supplemental != Supplemental.NONE && supplemental != Supplemental.MEDICAID_QMB) {
            throw new InvalidFieldException("supplemental", "with medicareAdvantage must be absent, none or"
                    + " medicaid-qmb: no Medigap plan can be paired with Medicare Advantage");
        }
        if (input.deductibleRemaining().isPresent()) {
            throw new InvalidFieldException("deductibleRemaining", "is the Part B deductible, which a Medicare"
                    + " Advantage member does not pay: give the plan's as medicareAdvantage.deductibleRemaining");
        }
        if (input.participation() == Participation.NON_PARTICIPATING
                || input.assignment() == Assignment.NOT_ACCEPTED) {
            throw new InvalidFieldException(input.assignment() == Assignment.NOT_ACCEPTED ? "assignment"
                    : "participation", "is original Medicare's: with medicareAdvantage the plan pays its contracted"
                    + " rate, given as medicareAdvantage.allowedPercentOfMedicare");
        }
        if (options.facilityType().isPresent() && plan.facility().isEmpty()) {
            throw new InvalidFieldException("medicareAdvantage.facility", "is required with facilityType: the plan's"
                    + " copay or coinsurance for a hospital outpatient department or an ASC");
        }
        if (options.facilityType().isEmpty() && plan.facility().isPresent()) {
            throw new InvalidFieldException("medicareAdvantage.facility", "is only given with facilityType");
        }
    }

    /**
     * The physician's claim as the plan pays it: its covered lines' allowed amount split by the plan (all of them,
     * Medicare's amount, when none is covered), the plan's assumptions, and for what is not covered the advice of an
     * organization determination instead of the ABN's (findings and the lines' notes).
     */
    static PhysicianClaim physician(AdvantagePlan plan, PhysicianClaim claim, List<Finding> findings,
                                    List<String> assumptions) {
        Money medicareAllowed = claim.payment().allowed();
        boolean covered = claim.covered();
        assumptions.add("Medicare Advantage: the plan pays its contracted rate and the member its cost sharing (the"
                + " physician's: " + plan.physician().describe() + "); no Part B deductible, none of original"
                + " Medicare's coinsurance and no sequestration in the member's figures.");
        if (plan.allowedPercent().isEmpty()) {
            assumptions.add("medicareAdvantage.allowedPercentOfMedicare not given: the plan's contracted rate is"
                    + " assumed to be 100% of Medicare's allowed amount (in network).");
        } else if (covered) {
            assumptions.add("The plan's contracted rate is " + plan.contractedRate() + " of Medicare's allowed amount:"
                    + " physician $" + medicareAllowed + " × " + plan.contractedRate() + " = $"
                    + plan.allowed(medicareAllowed) + ".");
        }
        if (plan.deductibleRemaining().isEmpty()) {
            assumptions.add("medicareAdvantage.deductibleRemaining not given: the plan's deductible is assumed met"
                    + " ($0 to go).");
        }
        if (plan.outOfPocketRemaining().isEmpty()) {
            assumptions.add("medicareAdvantage.outOfPocketRemaining not given: the plan's in-network out-of-pocket"
                    + " maximum is assumed not reached.");
        }
        List<PricedLine> lines = claim.lines().stream().map(l -> l.withAdjustments(l.adjustments().stream()
                .map(NotCoveredBilling.ORGANIZATION_DETERMINATION::reword).toList())).toList();
        findings.removeIf(f -> f.code().equals(PhysicianClaim.ABN));
        if (!covered) {
            findings.add(notCoveredAdvice());
        } else if (lines.stream().anyMatch(l -> !l.covered())) {
            List<String> denied = lines.stream().filter(l -> !l.covered()).map(l -> l.line().code() + " ("
                    + l.notCoveredBy().orElseThrow() + ")").toList();
            findings.add(Finding.of(ADVICE, Severity.INFO, FindingKind.PAYMENT, "The plan would not pay for "
                    + String.join(", ", denied) + ". The member can be billed $" + claim.notCovered() + " for them "
                    + NotCoveredBilling.ORGANIZATION_DETERMINATION.condition() + ": ask the plan for one before the"
                    + " service. The rest of the session is paid as usual.", SOURCE));
        }
        if (!covered || lines.stream().anyMatch(l -> !l.covered())) {
            assumptions.add("What the plan would not cover is shown at Medicare's allowed amount; the practice's own"
                    + " charge may be higher.");
        }
        List<PricedLine> shared = covered ? lines.stream().filter(PricedLine::covered).toList() : lines;
        Payment payment = plan.split().claim(shared.stream().map(PricedLine::allowed).toList(),
                shared.stream().map(PricedLine::coinsurance).toList(), plan.contractedRate(), plan.physician(),
                covered).payment();
        assumptions.replaceAll(a -> drugAssumption(a, plan.physician()));
        return new PhysicianClaim(lines, payment, covered, claim.notCovered());
    }

    /** The facility's claim as the plan pays it, after the physician's (physician first). */
    static FacilityClaim facility(AdvantagePlan plan, FacilityClaim claim, Payment physician, boolean covered,
                                  Map<String, Percent> drugCoinsurance, List<String> assumptions) {
        assumptions.add("The plan's deductible and out-of-pocket maximum are applied to the physician's claim first,"
                + " then the facility's (" + plan.facility().orElseThrow().describe() + ").");
        if (plan.allowedPercent().isPresent() && covered) {
            assumptions.add("Facility $" + claim.payment().allowed() + " × " + plan.contractedRate() + " = $"
                    + plan.allowed(claim.payment().allowed()) + ".");
        }
        AdvantageSplit room = plan.split().after(physician, covered);
        // the claim's allowed amount as two parts: the drug lines under the inflation rebate, and the rest
        List<Money> amounts = new ArrayList<>(List.of(claim.payment().allowed()));
        List<Percent> percents = new ArrayList<>(List.of(PricedLine.COINSURANCE_PERCENT));
        for (FacilityLine line : claim.lines()) {
            Percent percent = drugCoinsurance.get(line.line().code().value());
            if (percent != null && line.covered() && covered) {
                amounts.set(0, amounts.get(0).minus(line.allowed()));
                amounts.add(line.allowed());
                percents.add(percent);
            }
        }
        CostSharing sharing = plan.facility().orElseThrow();
        Payment payment = room.claim(amounts, percents, plan.contractedRate(), sharing, covered).payment();
        assumptions.replaceAll(a -> a.contains(") is paid separately") && a.endsWith("(inflation-adjusted).")
                ? a + " For the plan's member: " + sharing.coinsurance().map(p -> "the plan's " + p + " coinsurance,"
                + " at most that percentage (" + IRA_MEMO + ").").orElse("the plan's copay applies as it is (42 CFR"
                + " 422.100).") : a);
        List<FacilityLine> lines = claim.lines().stream().map(l -> new FacilityLine(l.line(), l.indicator(), l.apc(),
                l.rate(), l.allowed(), l.adjustments().stream()
                .map(NotCoveredBilling.ORGANIZATION_DETERMINATION::reword).toList(), l.notCoveredBy())).toList();
        return new FacilityClaim(claim.type(), claim.cbsa(), claim.wageIndex(), lines, payment);
    }

    /**
     * Original Medicare's assumption of a drug under the inflation rebate ("Coinsurance from CMS's ASP file, lower
     * than 20% ... (J3300 3.892%): Medicare pays ...") as it is true for a plan's member; any other unchanged.
     */
    static String drugAssumption(String assumption, CostSharing sharing) {
        int end = assumption.indexOf("): ");
        if (!assumption.startsWith(DRUG_ASSUMPTION) || end < 0) {
            return assumption;
        }
        return assumption.substring(0, end + 3) + sharing.coinsurance().map(p -> "the plan's " + p + " coinsurance"
                + " is charged at most that percentage on the drug, the rest of the claim at the plan's; the plan's"
                + " deductible is taken from the other lines first").orElse("the plan's copay applies as it is, a"
                + " plan that charges copays need not adjust them (42 CFR 422.100)") + " (" + IRA_MEMO + ").";
    }

    /** A service the plan would not cover: the member owes it only after the plan's organization determination. */
    static Finding notCoveredAdvice() {
        return Finding.of(ADVICE, Severity.INFO, FindingKind.PAYMENT, "The plan would not pay"
                + " for this session under Medicare's coverage rules. A Medicare Advantage member can be held liable"
                + " for it only after the plan's pre-service organization determination denies it (42 CFR 422.566):"
                + " ask the plan for one before the service.", SOURCE);
    }
}
