package com.epiduralestimator.lambda;

import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.adapter.http.EstimatesHandler;

/** The estimates function (POST /v1/estimates): refuses to start without the patient key secret. */
public final class EstimatesFunction extends LambdaFunction {
    static final String PRIMED_ROUTE = "POST /v1/estimates";

    /** The constructor the Lambda runtime calls: the deployed wiring, and the route primed before the snapshot. */
    public EstimatesFunction() {
        this(DependencyFactory.lambdaServices(true));
        SnapStartPriming.register(EstimatesFunction::handler, PRIMED_ROUTE);
    }

    /** On other wiring: the local server and the tests. */
    public EstimatesFunction(Services services) {
        super(handler(services));
    }

    /** The route handler on these services. */
    public static EstimatesHandler handler(Services services) {
        return new EstimatesHandler(services.estimates(), services.tenantClaim(), services.rateLimit());
    }
}
