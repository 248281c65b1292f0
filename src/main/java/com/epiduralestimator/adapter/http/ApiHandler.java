package com.epiduralestimator.adapter.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.InputStream;
import java.io.OutputStream;
import com.epiduralestimator.application.Deadline;
import com.epiduralestimator.application.StoreCalls;
import com.epiduralestimator.application.TenantRateLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shape every route handler shares: event in, use case, response out, one log line. Subclasses only read
 * their request and call their use case. A {@code RequestStreamHandler} with our own JSON: no POJO binding.
 */
public abstract class ApiHandler implements RequestStreamHandler {
    /** Tenants become part of storage keys: plain identifier characters only. */
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    private final String tenantClaim;
    private final String route;
    private final String method;
    private final TenantRateLimit rateLimit;

    /**
     * @param tenantClaim the name of the verified JWT claim that carries the tenant (configuration the entry point
     *                    reads; this layer never reads the environment)
     * @param rateLimit   the per-tenant limit of the patient routes ({@link TenantRateLimit#off()} for none)
     */
    protected ApiHandler(String tenantClaim, String method, String route, TenantRateLimit rateLimit) {
        this.tenantClaim = tenantClaim;
        this.method = method;
        this.route = route;
        this.rateLimit = java.util.Objects.requireNonNull(rateLimit, "rateLimit");
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) {
        long started = System.nanoTime();
        boolean cold = Metrics.firstInvocation();
        StoreCalls.drain(); // a reused thread starts from zero
        RequestFacts facts = new RequestFacts(deadline(context));
        HttpResponse response;
        String requestId = context == null ? null : context.getAwsRequestId();
        String routeKey = route;
        try {
            HttpRequest request = ApiGatewayEvents.decode(input);
            if (request.requestId() != null) {
                requestId = request.requestId();
            }
            routeKey = routeKey(request);
            facts.request(routeKey, requestId);
            response = accepts(request.method()) ? authorized(request, routeKey, facts)
                    : Problems.methodNotAllowed(request.method());
        } catch (RuntimeException e) {
            response = Problems.from(e);
            if (response.statusCode() >= 500) {
                RequestLog.failure(routeKey, requestId, e);
            }
        }
        Scope scope = Scope.BY_ROUTE.get(routeKey);
        if (scope == null || scope.patientData()) {
            // About a patient (an estimate, a history, a session changed, or a problem quoting the stored one):
            // no cache on the way (a proxy, the browser's disk) may keep it (issue #22).
            response = response.withHeader("cache-control", "no-store");
        }
        ApiGatewayEvents.encode(response, output);
        double latencyMs = (System.nanoTime() - started) / 1_000_000.0;
        RequestLog.request(routeKey, requestId, response.statusCode(), latencyMs, facts.rules());
        if (facts.audit() != null) {
            AuditLog.write(routeKey, requestId, facts.audit(), response.statusCode());
        }
        emitMetrics(routeKey, cold, facts, response.statusCode(), StoreCalls.drain());
        if (cold) {
            RequestLog.startInBackground(); // after the first response, never before it (see RequestLog)
        }
    }

    /**
     * Issue 22: store calls stop this long before the function's timeout. A call started just before it may take
     * the SDK's whole call timeout (2 s, {@code DynamoClients}); half a second more writes the answer and the logs.
     */
    static final Duration DEADLINE_MARGIN = Duration.ofMillis(2_500);

    private static Deadline deadline(Context context) {
        return context == null ? Deadline.none()
                : Deadline.of(Duration.ofMillis(context.getRemainingTimeInMillis()), DEADLINE_MARGIN);
    }

    /** Whether this function serves the method (one method per function, except where a subclass says). */
    protected boolean accepts(String requestMethod) {
        return method.equals(requestMethod);
    }

    /**
     * The route key logged and used as the metrics dimension: the template's route, never the raw path (which can
     * hold ids). A function serving several routes names the one the request matched.
     */
    protected String routeKey(HttpRequest request) {
        return route;
    }

    private void emitMetrics(String route, boolean cold, RequestFacts facts, int status,
                             StoreCalls.Snapshot store) {
        Map<String, String> byRoute = Map.of("Route", route);
        List<Metrics.Value> values = new ArrayList<>();
        if (cold) {
            values.add(new Metrics.Value("ColdStart", Metrics.Unit.COUNT, 1));
        }
        if (facts.estimate()) {
            values.add(new Metrics.Value("EstimateCount", Metrics.Unit.COUNT, 1));
        }
        if (facts.nationalFallback()) {
            values.add(new Metrics.Value("NationalFallback", Metrics.Unit.COUNT, 1));
        }
        if (store.calls() > 0) {
            values.add(new Metrics.Value("DynamoDbLatency", Metrics.Unit.MILLISECONDS, store.millis().doubleValue()));
            values.add(new Metrics.Value("DynamoDbError", Metrics.Unit.COUNT, store.errors()));
        }
        Metrics.emit(byRoute, values);
        for (String rule : facts.notCoveredRules()) {
            Map<String, String> byRule = new LinkedHashMap<>();
            byRule.put("Route", route);
            byRule.put("Rule", rule);
            Metrics.emit(byRule, List.of(new Metrics.Value("NotCovered", Metrics.Unit.COUNT, 1)));
        }
    }

    /**
     * Function-level authorization before the route runs (issue #22): the route's scope ({@link Scope}), and on the
     * patient routes the tenant (401/403) first and the tenant's rate limit (429) last, so that a refused request
     * takes nothing from the tenant's allowance. The authorizer checks the scope too; this is the check a direct
     * invocation cannot skip.
     */
    private HttpResponse authorized(HttpRequest request, String routeKey, RequestFacts facts) {
        Scope scope = Scope.forRoute(routeKey);
        if (scope.patientData()) {
            String tenant = tenant(request);
            scope.require(request);
            rateLimit.admit(tenant);
        } else {
            scope.require(request);
        }
        return handle(request, facts);
    }

    protected abstract HttpResponse handle(HttpRequest request, RequestFacts facts);

    /**
     * The tenant from the verified JWT's claim named by TENANT_CLAIM: a non-blank string of the allowed characters.
     * Absent, null or blank: 401. A number, boolean, array or object, or a string that is not a plain identifier:
     * 403 (it could not be stored safely).
     */
    protected String tenant(HttpRequest request) {
        if (request.nonStringClaims().contains(tenantClaim)) {
            throw new TenantException(403, "The '" + tenantClaim + "' claim is not a string.");
        }
        String tenant = request.claims().get(tenantClaim);
        if (tenant == null || tenant.isBlank()) {
            throw new TenantException(401, "The verified token carries no '" + tenantClaim + "' claim.");
        }
        if (!TENANT.matcher(tenant).matches()) {
            throw new TenantException(403, "The '" + tenantClaim + "' claim is not an allowed tenant id.");
        }
        return tenant;
    }

    /**
     * Who made the request, for the audit line: the verified token's {@code sub} claim (a user id at the identity
     * provider, not a patient), or "" when the token has none.
     */
    protected static String user(HttpRequest request) {
        String sub = request.claims().get("sub");
        return sub == null ? "" : sub.length() > 256 ? sub.substring(0, 256) : sub;
    }

    /**
     * The body's media type must be JSON: {@code application/json}, with at most a UTF-8 charset parameter. A form
     * post or plain text is answered 415 rather than parsed: a client that sends the wrong type has a bug we should
     * show it, not work around.
     */
    protected static void requireJson(HttpRequest request) {
        String type = request.headers().get("content-type");
        if (type == null || !JSON_MEDIA_TYPE.matcher(type.trim()).matches()) {
            throw new UnsupportedMediaTypeException();
        }
    }

    private static final Pattern JSON_MEDIA_TYPE = Pattern.compile(
            "(?i)application/json\\s*(;\\s*charset\\s*=\\s*\"?utf-8\"?\\s*)?");

    /** The body is not JSON by its declared media type: answered 415. */
    static final class UnsupportedMediaTypeException extends RuntimeException {
        UnsupportedMediaTypeException() {
            super("the request body must be sent as application/json (UTF-8)");
        }
    }

    /** No tenant, or a tenant that may not be used: answered 401 or 403. */
    static final class TenantException extends BadRequestException {
        private final int status;

        TenantException(int status, String detail) {
            super(detail, List.of());
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
