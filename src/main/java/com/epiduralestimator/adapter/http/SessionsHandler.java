package com.epiduralestimator.adapter.http;

import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.application.RecordOutcome;

/** POST /v1/sessions: records a performed session; 201 the first time, 200 with the stored one after. */
public final class SessionsHandler extends ApiHandler {
    public SessionsHandler() {
        this(DependencyFactory.lambdaServices(true));
        SnapStartPriming.register(SessionsHandler::new, "POST /v1/sessions");
    }

    public SessionsHandler(Services services) {
        super(services, "POST", "POST /v1/sessions");
    }

    @Override
    protected HttpResponse handle(HttpRequest request, RequestFacts facts) {
        String tenant = tenant(request);
        requireJson(request);
        Requests.Session session = Requests.session(request.body());
        facts.audit(new AuditLog.Entry(AuditLog.RECORD_SESSION, tenant, user(request),
                services().sessions().patientKey(tenant, session.patientId())));
        RecordOutcome outcome = services().sessions().record(tenant, session.patientId(), session.dateOfService(),
                session.lines());
        return HttpResponse.json(outcome.created() ? 201 : 200, ResponseBodies.session(outcome));
    }
}
