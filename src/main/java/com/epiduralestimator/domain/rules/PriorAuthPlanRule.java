package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.COVERAGE;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.AdvantagePlan;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.PriorAuthorization;
import java.util.List;
import java.util.Optional;

/**
 * PRIOR-AUTH-PLAN (medicare-rules.md section 8): most Medicare Advantage plans require prior authorization for spinal
 * injections; without {@code priorAuthorization: obtained}, a coverage warning that the plan may deny the claim
 * without it. For a plan's member only (CMS's WISeR and OPD programs are traditional Medicare's: not for them).
 */
final class PriorAuthPlanRule extends Rule {
    PriorAuthPlanRule() {
        super("PRIOR-AUTH-PLAN", COVERAGE, WARNING, "42 CFR 422.138 (prior authorization in Medicare Advantage);"
                + " the plan's evidence of coverage");
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        Optional<AdvantagePlan> plan = s.input().medicareAdvantage();
        if (plan.isEmpty() || plan.get().priorAuthorization() == PriorAuthorization.OBTAINED || !s.coveredEsi()) {
            return List.of();
        }
        String status = plan.get().priorAuthorization() == PriorAuthorization.NOT_OBTAINED
                ? "Prior authorization has not been obtained"
                : "Whether the plan has authorized this service is not known";
        return List.of(finding(status + ": most Medicare Advantage plans require prior authorization for spinal"
                + " injections, and the plan may deny the claim without it. Ask the plan before the service."));
    }
}
