package com.epiduralestimator.application;

import com.epiduralestimator.domain.Assignment;
import com.epiduralestimator.domain.CoinsuranceSplit;
import com.epiduralestimator.domain.CoveredLine;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.Payment;
import com.epiduralestimator.domain.PaymentEstimator;
import com.epiduralestimator.domain.PricedLine;
import com.epiduralestimator.domain.UnassignedClaims;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The physician's claim priced line by line (medicare-rules.md sections 5 and 6): the covered lines allowed and
 * split, the lines that are not covered at what an ABN would bill, the limiting charge and an unassigned claim.
 *
 * @param notCovered what the lines that are not covered would cost the patient with a signed ABN
 */
record PhysicianClaim(List<PricedLine> lines, Payment payment, boolean covered, Money notCovered) {
    static final String ABN_SOURCE = "CMS ABN (CMS-R-131)";
    static final String ABN = "ABN";

    PhysicianClaim {
        lines = List.copyOf(lines);
    }

    /**
     * @param drugs the quarter's ASP payment limits, read only when the claim has a drug line ({@link OfficeDrugs})
     */
    static PhysicianClaim price(com.epiduralestimator.domain.EstimateInput input, List<CoveredLine> coverage,
                                FeeResolution fee, OfficeDrugs drugs, Money deductibleRemaining,
                                List<Finding> findings) {
        boolean covered = false;
        for (CoveredLine line : coverage) {
            covered |= line.covered();
        }
        List<CoveredLine> scheduled = OfficeDrugs.scheduled(coverage);
        List<PricedLine> priced = drugs.merge(coverage, PaymentEstimator.priceCovered(scheduled, fee.quotes(),
                input.participation()), input.setting());
        // The split is of the covered lines; when none is covered, of them all (what an ABN bills, Medicare 0).
        List<PricedLine> shared = covered ? coveredLines(priced) : priced;
        Optional<Money> limitingCharge = Optional.empty();
        if (input.participation() == Participation.NON_PARTICIPATING) {
            // The limiting charge is the fee schedule's (42 CFR 414.48): a drug is paid at its ASP limit, unreduced.
            List<PricedLine> par = PaymentEstimator.priceCovered(scheduled, fee.quotes(), Participation.PARTICIPATING);
            limitingCharge = Optional.of(PaymentEstimator.limitingCharge(
                    covered ? PaymentEstimator.coveredTotal(par) : PaymentEstimator.total(par)));
            findings.add(Finding.info("LIMITING-CHARGE", "A non-participating provider is allowed 95% of the fee"
                    + " schedule amount and may charge the patient at most the limiting charge, $"
                    + limitingCharge.get() + ".", "42 CFR 414.48"));
        }
        BigDecimal sequestration = fee.parameters().parameters().sequestrationRate();
        Payment payment = CoinsuranceSplit.split(shared, deductibleRemaining, covered, limitingCharge, sequestration);
        if (input.assignment() == Assignment.NOT_ACCEPTED) {
            OfficeDrugs.requireAssignment(coverage);
            payment = PaymentEstimator.unassigned(payment, limitingCharge.orElseThrow());
            findings.addAll(UnassignedClaims.findings(fee.locality()));
        }
        Money notCovered = PaymentEstimator.notCoveredTotal(priced);
        if (!covered) {
            findings.add(Finding.info("ABN", "Medicare would not pay for this session. The patient may be billed"
                    + " the allowed amount only after signing an Advance Beneficiary Notice (claim modifier GA).",
                    ABN_SOURCE));
        } else if (notCovered.isGreaterThan(Money.ZERO) || anyNotCovered(priced)) {
            List<String> denied = new ArrayList<>();
            for (PricedLine l : priced) {
                if (!l.covered()) {
                    denied.add(l.line().code() + " (" + l.notCoveredBy().orElseThrow() + ")");
                }
            }
            findings.add(Finding.info("ABN", "Medicare would not pay for " + String.join(", ", denied)
                    + ". The patient may be billed $" + notCovered + " for them only after signing an Advance"
                    + " Beneficiary Notice (modifier GA on those lines); the rest of the session is paid as"
                    + " usual.", ABN_SOURCE));
        }
        return new PhysicianClaim(priced, payment, covered, notCovered);
    }

    private static List<PricedLine> coveredLines(List<PricedLine> priced) {
        List<PricedLine> out = new ArrayList<>(priced.size());
        for (PricedLine l : priced) {
            if (l.covered()) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean anyNotCovered(List<PricedLine> priced) {
        for (PricedLine l : priced) {
            if (!l.covered()) {
                return true;
            }
        }
        return false;
    }
}
