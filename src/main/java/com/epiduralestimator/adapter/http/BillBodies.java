package com.epiduralestimator.adapter.http;

import com.epiduralestimator.application.WholeBill;
import com.epiduralestimator.domain.BillTotal;
import com.epiduralestimator.domain.FacilityClaim;
import com.epiduralestimator.domain.FacilityLine;
import com.epiduralestimator.domain.SupplementalCoverage;
import java.util.LinkedHashMap;
import java.util.Map;

/** The whole-bill parts of the estimate response: the supplement's share, the facility's claim, the total. */
final class BillBodies {
    private BillBodies() {}

    /** Adds {@code supplementalPays} and {@code patientOwes} to a claim's money fields. */
    static Map<String, Object> withShare(Map<String, Object> payment, SupplementalCoverage.Share share) {
        payment.put("supplementalPays", share.supplementalPays());
        payment.put("patientOwes", share.patientOwes());
        return payment;
    }

    /** Puts {@code facilityPayment} (when the facility is priced) and {@code total} into the body. */
    static void put(Map<String, Object> body, WholeBill bill) {
        if (bill.facility().isPresent()) { // no lambda: every estimate's response (docs/performance.md)
            body.put("facilityPayment", facility(bill.facility().get(), bill.facilityShare().orElseThrow()));
        }
        body.put("total", total(bill.total()));
    }

    static Map<String, Object> facility(FacilityClaim claim, SupplementalCoverage.Share share) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", claim.type().wireName());
        out.put("cbsa", claim.cbsa().orElse(null));
        out.put("wageIndex", claim.wageIndex().orElse(null));
        out.put("lines", claim.lines().stream().map(l -> line(claim, l)).toList());
        out.putAll(ResponseBodies.payment(claim.payment()));
        if (claim.lines().stream().anyMatch(l -> !l.covered())) {
            out.put("notCovered", claim.notCovered());
        }
        return withShare(out, share);
    }

    private static Object line(FacilityClaim claim, FacilityLine l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", l.line().code().value());
        out.put("units", l.line().units());
        out.put("modifiers", l.line().modifiers());
        out.put(claim.type().opps() ? "status" : "paymentIndicator", l.indicator());
        out.put("apc", l.apc().orElse(null));
        out.put("rate", l.rate());
        out.put("allowed", l.allowed());
        out.put("adjustments", l.adjustments());
        ResponseBodies.coverage(out, l.notCoveredBy());
        return out;
    }

    static Map<String, Object> total(BillTotal t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("allowed", t.allowed());
        out.put("patientPays", t.patientPays());
        out.put("supplementalPays", t.supplementalPays());
        out.put("patientOwes", t.patientOwes());
        out.put("medicarePaysAfterSequestration", t.medicarePaysAfterSequestration());
        return out;
    }
}
