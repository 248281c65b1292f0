package com.epiduralestimator.application;

import com.epiduralestimator.domain.BillTotal;
import com.epiduralestimator.domain.FacilityClaim;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.domain.Payment;
import com.epiduralestimator.domain.ZipCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@link FacilityLocator} found: the bill's options to price with, the physician's place, and what it adds to
 * the estimate once priced ({@link #finish}).
 *
 * @param options        the bill's options with the facility's area, state and type
 * @param physicianZip   the request's zip, or the facility's when the request gives no zip or locality
 * @param ruralEmergency a rural emergency hospital: Medicare adds 5% of the OPPS payment
 * @param notPaid        a hospital not paid under OPPS (critical access, Maryland, VA/DoD): no facility price
 * @param state          the facility's state, where known
 */
public record LocatedFacility(BillOptions options, Optional<ZipCode> physicianZip, List<Finding> findings,
                              List<String> assumptions, boolean ruralEmergency, boolean notPaid,
                              Optional<String> state) {
    /** The rural emergency hospital's add-on: 5% of the OPPS payment, Medicare's alone (42 CFR 419.92). */
    static final BigDecimal RURAL_EMERGENCY_ADD_ON = new BigDecimal("0.05");

    public LocatedFacility {
        findings = List.copyOf(findings);
        assumptions = List.copyOf(assumptions);
    }

    static LocatedFacility unchanged(BillOptions options, Optional<ZipCode> zip) {
        return new LocatedFacility(options, zip, List.of(), List.of(), false, false, Optional.empty());
    }

    /** The estimate with what the locator found: its findings and assumptions, and a rural emergency add-on. */
    public EstimateResult finish(EstimateResult r) {
        if (findings.isEmpty() && assumptions.isEmpty() && !ruralEmergency && !notPaid) {
            return r;
        }
        List<Finding> allFindings = new ArrayList<>(r.findings());
        if (notPaid) {
            // "Give facilityType to include it" is not what a hospital not paid under OPPS needs: its own finding says.
            allFindings.removeIf(f -> f.code().equals("FACILITY-SEPARATE"));
        }
        allFindings.addAll(findings);
        List<String> allAssumptions = new ArrayList<>(r.assumptions());
        allAssumptions.addAll(assumptions);
        WholeBill bill = r.bill();
        if (ruralEmergency && r.eligible() && bill.facility().isPresent()) {
            bill = addOn(bill, r.payment(), r.fee().parameters().parameters().sequestrationRate());
        }
        return with(r, allFindings, allAssumptions, bill);
    }

    /** The estimate with other findings, assumptions and whole bill (the rest as it is). */
    static EstimateResult with(EstimateResult r, List<Finding> findings, List<String> assumptions, WholeBill bill) {
        return new EstimateResult(r.eligible(), r.region(), r.countsTowardCap(), r.frequency(), r.setting(), r.fee(),
                r.lines(), r.payment(), findings, assumptions, r.priorSessionsElsewhere(), bill, r.notCovered(),
                r.claims());
    }

    /**
     * Medicare pays a rural emergency hospital 5% more than the OPPS payment; the patient's deductible and
     * coinsurance stay those of the OPPS rate, so only Medicare's part grows (before and after sequestration).
     */
    static WholeBill addOn(WholeBill bill, Payment physician, BigDecimal sequestrationRate) {
        FacilityClaim c = bill.facility().orElseThrow();
        Payment p = c.payment();
        Money extra = Money.round(p.allowed().amount().multiply(RURAL_EMERGENCY_ADD_ON));
        Money medicare = p.medicarePays().plus(extra);
        Payment paid = new Payment(p.allowed().plus(extra), p.deductibleApplied(), p.coinsurance(), p.patientPays(),
                medicare, medicare.scaledBy(BigDecimal.ONE.subtract(sequestrationRate)), p.limitingCharge(),
                p.unassigned());
        FacilityClaim claim = new FacilityClaim(c.type(), c.cbsa(), c.wageIndex(), c.lines(), paid);
        BillTotal total = BillTotal.ZERO.plus(physician, bill.physicianShare())
                .plus(paid, bill.facilityShare().orElseThrow());
        return new WholeBill(bill.physicianShare(), Optional.of(claim), bill.facilityShare(), total,
                bill.facilityState());
    }
}
