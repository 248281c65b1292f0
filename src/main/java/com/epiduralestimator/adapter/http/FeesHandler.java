package com.epiduralestimator.adapter.http;

import com.epiduralestimator.application.FacilityDirectory;
import com.epiduralestimator.application.TenantRateLimit;
import com.epiduralestimator.application.FeeLookup;
import com.epiduralestimator.application.FeeResolution;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

/**
 * GET /v1/fees: what Medicare allows for a code in a setting and place. Fees are shared by every tenant.
 * The same function answers GET /v1/schedules: the loaded years, their parameters and sources, and
 * GET /v1/facilities: hospitals and ASCs by the words of their names (issue 21), from memory.
 */
public final class FeesHandler extends ApiHandler {
    static final String SCHEDULES_PATH = "/v1/schedules";
    static final String FACILITIES_PATH = "/v1/facilities";

    private final FeeLookup fees;
    private final Clock clock;
    private final Supplier<FacilityDirectory> facilities;

    /** @param clock today's date when a request gives none */
    public FeesHandler(FeeLookup fees, String tenantClaim, Clock clock) {
        this(fees, tenantClaim, clock, () -> {
            throw new IllegalStateException("no facility directory wired");
        });
    }

    /** @param facilities the facility directory GET /v1/facilities searches, read on its first search (issue 21) */
    public FeesHandler(FeeLookup fees, String tenantClaim, Clock clock, Supplier<FacilityDirectory> facilities) {
        super(tenantClaim, "GET", "GET /v1/fees", TenantRateLimit.off()); // fees are shared: no tenant, no limit
        this.fees = fees;
        this.clock = clock;
        this.facilities = facilities;
    }

    @Override
    protected String routeKey(HttpRequest request) {
        if (FACILITIES_PATH.equals(request.path())) {
            return "GET " + FACILITIES_PATH;
        }
        return SCHEDULES_PATH.equals(request.path()) ? "GET " + SCHEDULES_PATH : super.routeKey(request);
    }

    @Override
    protected HttpResponse handle(HttpRequest request, RequestFacts facts) {
        if (FACILITIES_PATH.equals(request.path())) {
            DirectoryRequests.Search q = DirectoryRequests.search(request.query());
            return HttpResponse.json(200, FacilityBodies.facilities(facilities.get().search(q.words(), q.state(),
                    q.type())));
        }
        if (SCHEDULES_PATH.equals(request.path())) {
            return HttpResponse.json(200, ScheduleBodies.schedules(fees.loadedSchedules(), fees.loadedEditions()));
        }
        Requests.FeeQuery q = Requests.feeQuery(request.query(), LocalDate.now(clock));
        FeeResolution fee = fees.resolve(q.date(), Set.of(q.code()), q.modifier(), q.setting(),
                q.place().locality(), q.place().zip(), q.qualifyingApm());
        facts.findings(fee.findings());
        return HttpResponse.json(200, ResponseBodies.fee(q.code(), q.modifier(), fee));
    }
}
