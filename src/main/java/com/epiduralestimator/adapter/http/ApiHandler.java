package com.epiduralestimator.adapter.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.epiduralestimator.Services;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape every route handler shares: event in, use case, response out, one log line. Subclasses only read
 * their request and call their use case. A {@code RequestStreamHandler} with our own JSON: no POJO binding.
 */
public abstract class ApiHandler implements RequestStreamHandler {
    /** Tenants become part of storage keys: plain identifier characters only. */
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    private final Services services;
    private final String route;
    private final String method;

    protected ApiHandler(Services services, String method, String route) {
        this.services = services;
        this.method = method;
        this.route = route;
    }

    protected Services services() {
        return services;
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) {
        long started = System.nanoTime();
        HttpResponse response;
        String requestId = context == null ? null : context.getAwsRequestId();
        try {
            HttpRequest request = ApiGatewayEvents.decode(input);
            if (request.requestId() != null) {
                requestId = request.requestId();
            }
            response = method.equals(request.method()) ? handle(request) : Problems.methodNotAllowed(request.method());
        } catch (RuntimeException e) {
            response = Problems.from(e);
            if (response.statusCode() >= 500) {
                RequestLog.failure(route, requestId, e);
            }
        }
        ApiGatewayEvents.encode(response, output);
        RequestLog.request(route, requestId, response.statusCode(), (System.nanoTime() - started) / 1_000_000.0);
    }

    protected abstract HttpResponse handle(HttpRequest request);

    /**
     * The tenant from the verified JWT's claim named by TENANT_CLAIM. Absent: 401. Present but not a plain
     * identifier: 403 (it could not be stored safely).
     */
    protected String tenant(HttpRequest request) {
        String tenant = request.claims().get(services.tenantClaim());
        if (tenant == null || tenant.isBlank()) {
            throw new TenantException(401, "The verified token carries no '" + services.tenantClaim() + "' claim.");
        }
        if (!TENANT.matcher(tenant).matches()) {
            throw new TenantException(403, "The '" + services.tenantClaim() + "' claim is not an allowed tenant id.");
        }
        return tenant;
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
