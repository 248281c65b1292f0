package com.epiduralestimator.adapter.http;

import com.epiduralestimator.application.TenantRateLimit;
import com.epiduralestimator.application.EstimateResult;
import com.epiduralestimator.application.EstimateService;

/** POST /v1/estimates: fee, frequency cap, coverage findings and the payment split, for the caller's tenant. */
public final class EstimatesHandler extends ApiHandler {
    private final EstimateService estimates;

    public EstimatesHandler(EstimateService estimates, String tenantClaim) {
        this(estimates, tenantClaim, TenantRateLimit.off());
    }

    /** @param rateLimit the per-tenant request limit, checked before the request is read */
    public EstimatesHandler(EstimateService estimates, String tenantClaim, TenantRateLimit rateLimit) {
        super(tenantClaim, "POST", "POST /v1/estimates", rateLimit);
        this.estimates = estimates;
    }

    @Override
    protected HttpResponse handle(HttpRequest request, RequestFacts facts) {
        String tenant = tenant(request);
        requireJson(request);
        Requests.Estimate estimate = Requests.estimate(request.body());
        // Without a patient id no session is read (issue 21): nothing to audit.
        if (estimate.patientId().isPresent()) { // no lambda: every estimate's path (docs/performance.md)
            facts.audit(new AuditLog.Entry(AuditLog.READ_SESSIONS, tenant, user(request),
                    estimates.patientKey(tenant, estimate.patientId().get())));
        }
        EstimateResult result = estimates.estimate(tenant, estimate.patientId(), estimate.input(),
                estimate.place().locality(), estimate.place().zip(), estimate.qualifyingApm(),
                estimate.otherSessions(), estimate.bill(), estimate.where());
        facts.estimateMade();
        facts.findings(result.findings());
        java.util.Map<String, Object> body = ResponseBodies.estimate(result);
        AdvantageBodies.put(body, estimate.input(), result); // hook (issue 20): the plan's figures, section 8
        return HttpResponse.json(200, body);
    }
}
