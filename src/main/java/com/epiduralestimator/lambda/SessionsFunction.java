package com.epiduralestimator.lambda;

import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.adapter.http.SessionsHandler;

/** The sessions function (record, search, correct, void, batch): refuses to start without the patient key secret. */
public final class SessionsFunction extends LambdaFunction {
    static final String PRIMED_ROUTE = "POST /v1/sessions";

    /** The constructor the Lambda runtime calls: the deployed wiring, and the route primed before the snapshot. */
    public SessionsFunction() {
        this(DependencyFactory.lambdaServices(true));
        SnapStartPriming.register(SessionsFunction::handler, PRIMED_ROUTE);
    }

    /** On other wiring: the local server and the tests. */
    public SessionsFunction(Services services) {
        super(handler(services));
    }

    /** The route handler on these services. */
    public static SessionsHandler handler(Services services) {
        return new SessionsHandler(services.sessions(), services.tenantClaim(), services.rateLimit());
    }
}
