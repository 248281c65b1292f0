package com.epiduralestimator.adapter.http;

import com.epiduralestimator.application.EstimateResult;
import com.epiduralestimator.domain.AdvantagePlan;
import com.epiduralestimator.domain.AdvantageSplit;
import com.epiduralestimator.domain.CostSharing;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.domain.Payment;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Medicare Advantage member's parts of the estimate response (api-contract "Additions, round 3"): each claim and
 * {@code total} gain {@code planPays} (and a claim with a copay its {@code copay}); {@code coverageKind} is
 * {@code medicare-advantage}; {@code medicareAdvantage} gives the plan's terms as applied and what is left of its
 * deductible and out-of-pocket maximum after this session. Nothing is added for original Medicare.
 */
final class AdvantageBodies {
    static final String KIND = "medicare-advantage";

    private AdvantageBodies() {}

    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> body, EstimateInput input, EstimateResult result) {
        if (input.medicareAdvantage().isEmpty()) {
            return;
        }
        AdvantagePlan plan = input.medicareAdvantage().get();
        boolean covered = result.eligible();
        Payment physician = result.payment();
        Money planPays = claim((Map<String, Object>) body.get("payment"), physician, plan.physician(), covered);
        AdvantageSplit after = plan.split().after(physician, covered);
        if (result.bill().facility().isPresent()) {
            Payment facility = result.bill().facility().get().payment();
            planPays = planPays.plus(claim((Map<String, Object>) body.get("facilityPayment"), facility,
                    plan.facility().orElseThrow(), covered));
            after = after.after(facility, covered);
        }
        ((Map<String, Object>) body.get("total")).put("planPays", planPays);
        body.put("coverageKind", KIND);
        body.put("medicareAdvantage", terms(plan, after));
    }

    private static Money claim(Map<String, Object> out, Payment claim, CostSharing sharing, boolean covered) {
        Money planPays = AdvantageSplit.planPaysOf(claim, covered);
        if (sharing.copay().isPresent()) {
            out.put("copay", AdvantageSplit.copayOf(claim, sharing, covered));
        }
        out.put("planPays", planPays);
        return planPays;
    }

    private static Map<String, Object> terms(AdvantagePlan plan, AdvantageSplit after) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("physician", sharing(plan.physician()));
        out.put("facility", plan.facility().map(AdvantageBodies::sharing).orElse(null));
        out.put("allowedPercentOfMedicare", plan.contractedRate().value());
        out.put("deductibleRemaining", plan.deductible());
        out.put("deductibleRemainingAfter", after.deductibleLeft());
        out.put("outOfPocketRemaining", plan.outOfPocketRemaining().orElse(null));
        out.put("outOfPocketRemainingAfter", after.outOfPocketLeft().orElse(null));
        out.put("priorAuthorization", plan.priorAuthorization().wireName());
        return out;
    }

    private static Map<String, Object> sharing(CostSharing sharing) {
        Map<String, Object> out = new LinkedHashMap<>();
        sharing.copay().ifPresent(c -> out.put("copay", c));
        sharing.coinsurance().ifPresent(c -> out.put("coinsurancePercent", c.value()));
        return out;
    }
}
