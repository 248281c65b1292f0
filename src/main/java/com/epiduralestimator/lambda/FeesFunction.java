package com.epiduralestimator.lambda;

import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.adapter.http.FeesHandler;

/** The fees function (GET /v1/fees, GET /v1/schedules): wired without the patient key secret. */
public final class FeesFunction extends LambdaFunction {
    static final String PRIMED_ROUTE = "GET /v1/fees";

    /** The constructor the Lambda runtime calls: the deployed wiring, and the route primed before the snapshot. */
    public FeesFunction() {
        this(DependencyFactory.lambdaServices(false));
        SnapStartPriming.register(FeesFunction::handler, PRIMED_ROUTE);
        DirectorySnapshot.register(DependencyFactory.lambdaServices(false).facilities());
    }

    /** On other wiring: the local server and the tests. */
    public FeesFunction(Services services) {
        super(handler(services));
    }

    /** The route handler on these services. */
    public static FeesHandler handler(Services services) {
        return new FeesHandler(services.fees(), services.tenantClaim(), services.clock(), services.facilities());
    }
}
