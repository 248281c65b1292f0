package com.epiduralestimator.adapter.http;

import com.epiduralestimator.application.SessionConflictException;
import com.epiduralestimator.application.SessionNotFoundException;
import com.epiduralestimator.application.Deadline;
import com.epiduralestimator.application.StoreUnavailableException;
import com.epiduralestimator.application.TenantRateLimitedException;
import com.epiduralestimator.domain.FeeNotFoundException;
import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.UnsupportedRequestException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 9457 problem+json for every error. The only place exceptions become HTTP; never a stack trace. */
public final class Problems {
    static final String TYPE_BASE = "https://epidural-estimator.dev/problems/";

    private Problems() {}

    public static HttpResponse problem(int status, String type, String title, String detail, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("errors", errors.stream().map(e -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("field", e.field());
            item.put("message", e.message());
            return (Object) item;
        }).toList());
        return new HttpResponse(status, Map.of("content-type", HttpResponse.PROBLEM_JSON),
                new String(Json.write(body), StandardCharsets.UTF_8));
    }

    public static HttpResponse badRequest(String detail, List<FieldError> errors) {
        return problem(400, "invalid-request", "Invalid request", detail, errors);
    }

    public static HttpResponse unauthorized(String detail) {
        return problem(401, "unauthorized", "Unauthorized", detail, List.of());
    }

    public static HttpResponse forbidden(String detail) {
        return problem(403, "forbidden", "Forbidden", detail, List.of());
    }

    public static HttpResponse notFound(String detail) {
        return problem(404, "not-found", "Not found", detail, List.of());
    }

    public static HttpResponse methodNotAllowed(String method) {
        return problem(405, "method-not-allowed", "Method not allowed", "this route does not take " + method,
                List.of());
    }

    /** 409: the request contradicts the session on file, which the {@code stored} member shows. */
    static HttpResponse conflict(SessionConflictException c) {
        HttpResponse plain = problem(409, "conflict", "Conflict with the stored session", c.getMessage(),
                List.of(new FieldError("lines", c.getMessage())));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) Json.parse(plain.body());
        body.put("stored", SessionBodies.session(c.stored()));
        return new HttpResponse(409, plain.headers(), new String(Json.write(body), StandardCharsets.UTF_8));
    }

    /** Maps what the use cases throw; anything unexpected is a 500 that says nothing of the cause. */
    public static HttpResponse from(RuntimeException e) {
        if (e instanceof ApiHandler.TenantException t) {
            return t.status() == 401 ? unauthorized(t.getMessage()) : forbidden(t.getMessage());
        }
        if (e instanceof Scope.ScopeException s) {
            return problem(403, "insufficient-scope", "Insufficient scope", s.getMessage(), s.errors());
        }
        if (e instanceof TenantRateLimitedException r) {
            long seconds = Math.max(1, r.retryAfter().toSeconds());
            return problem(429, "rate-limited", "Too many requests", "This clinic's limit of " + r.limit()
                    + " requests per minute is reached. Retry after " + seconds + " s.", List.of())
                    .withHeader("retry-after", Long.toString(seconds));
        }
        if (e instanceof ApiHandler.UnsupportedMediaTypeException m) {
            return problem(415, "unsupported-media-type", "Unsupported media type", m.getMessage(),
                    List.of(new FieldError("content-type", "must be application/json")));
        }
        if (e instanceof BadRequestException b) {
            return badRequest(b.getMessage(), b.errors());
        }
        if (e instanceof Json.SyntaxException s) {
            return badRequest(s.getMessage(), List.of(new FieldError("body", s.getMessage())));
        }
        if (e instanceof ApiGatewayEvents.BodyTooLargeException t) {
            return badRequest(t.getMessage(), List.of(new FieldError("body", t.getMessage())));
        }
        if (e instanceof InvalidFieldException f) {
            return badRequest("invalid field " + f.field(), List.of(new FieldError(f.field(), f.getMessage())));
        }
        if (e instanceof UnsupportedRequestException u) {
            return problem(422, "unsupported/" + u.rule().toLowerCase(java.util.Locale.ROOT), "Unsupported request ("
                    + u.rule() + ")", u.getMessage(), List.of(new FieldError(u.field(), u.getMessage())));
        }
        if (e instanceof SessionConflictException c) {
            return conflict(c);
        }
        if (e instanceof SessionNotFoundException n) {
            return notFound(n.getMessage());
        }
        if (e instanceof FeeNotFoundException n) {
            return notFound(n.getMessage());
        }
        if (e instanceof Deadline.DeadlineExceededException d) {
            // Issue 22: the message is fixed text saying what was not done (no data); retrying is safe.
            return problem(503, "unavailable", "Service unavailable", d.getMessage() + " Retry after 1 s.",
                    List.of()).withHeader("retry-after", "1");
        }
        if (e instanceof StoreUnavailableException s) {
            long seconds = Math.max(1, s.retryAfter().toSeconds());
            return problem(503, "unavailable", "Service unavailable", "The fee schedule or session store could"
                    + " not be read; no estimate was made. Retry after " + seconds + " s.", List.of())
                    .withHeader("retry-after", Long.toString(seconds));
        }
        return problem(500, "internal", "Internal error", "An unexpected error occurred; it has been logged.",
                List.of());
    }
}
