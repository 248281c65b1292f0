package com.epiduralestimator.adapter.http;

import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.application.EstimateResult;

/** POST /v1/estimates: fee, frequency cap, coverage findings and the payment split, for the caller's tenant. */
public final class EstimatesHandler extends ApiHandler {
    public EstimatesHandler() {
        this(DependencyFactory.lambdaServices(true));
        SnapStartPriming.register(EstimatesHandler::new, "POST /v1/estimates");
    }

    public EstimatesHandler(Services services) {
        super(services, "POST", "POST /v1/estimates");
    }

    @Override
    protected HttpResponse handle(HttpRequest request, RequestFacts facts) {
        String tenant = tenant(request);
        requireJson(request);
        Requests.Estimate estimate = Requests.estimate(request.body());
        facts.audit(new AuditLog.Entry(AuditLog.READ_SESSIONS, tenant, user(request),
                services().estimates().patientKey(tenant, estimate.patientId())));
        EstimateResult result = services().estimates().estimate(tenant, estimate.patientId(), estimate.input(),
                estimate.place().locality(), estimate.place().zip(), estimate.qualifyingApm(),
                estimate.otherSessions());
        facts.estimateMade();
        facts.findings(result.findings());
        return HttpResponse.json(200, ResponseBodies.estimate(result));
    }
}
