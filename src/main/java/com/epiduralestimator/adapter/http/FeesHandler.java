package com.epiduralestimator.adapter.http;

import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.application.FeeResolution;
import java.time.LocalDate;
import java.util.Set;

/**
 * GET /v1/fees: what Medicare allows for a code in a setting and place. Fees are shared by every tenant.
 * The same function answers GET /v1/schedules: the loaded years, their parameters and sources.
 */
public final class FeesHandler extends ApiHandler {
    static final String SCHEDULES_PATH = "/v1/schedules";

    public FeesHandler() {
        this(DependencyFactory.lambdaServices(false));
        SnapStartPriming.register(FeesHandler::new, "GET /v1/fees");
    }

    public FeesHandler(Services services) {
        super(services, "GET", "GET /v1/fees");
    }

    @Override
    protected HttpResponse handle(HttpRequest request, RequestFacts facts) {
        if (SCHEDULES_PATH.equals(request.path())) {
            return HttpResponse.json(200, ScheduleBodies.schedules(services().fees().loadedSchedules()));
        }
        Requests.FeeQuery q = Requests.feeQuery(request.query(), LocalDate.now(services().clock()));
        FeeResolution fee = services().fees().resolve(q.date(), Set.of(q.code()), q.modifier(), q.setting(),
                q.place().locality(), q.place().zip(), q.qualifyingApm());
        facts.findings(fee.findings());
        return HttpResponse.json(200, ResponseBodies.fee(q.code(), q.modifier(), fee));
    }
}
