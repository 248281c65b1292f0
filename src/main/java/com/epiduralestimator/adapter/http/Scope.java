package com.epiduralestimator.adapter.http;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Function-level authorization (issue #22): each route needs one OAuth scope, which the JWT authorizer checks
 * (template.yaml's {@code AuthorizationScopes}) and the handler checks again (a direct invocation or a
 * misconfigured route never skips it). A token's scopes are its standard claims: {@code scope} (space-separated,
 * RFC 8693 / RFC 9068) or {@code scp} (a list; API Gateway passes a list claim as the string {@code "[a b]"}).
 */
public enum Scope {
    FEES_READ("fees:read", false),
    ESTIMATES_READ("estimates:read", true),
    SESSIONS_READ("sessions:read", true),
    SESSIONS_WRITE("sessions:write", true),
    SESSIONS_VOID("sessions:void", true);

    /** Each route key of template.yaml and the one scope it needs (TemplateScopesTest holds the template to it). */
    static final Map<String, Scope> BY_ROUTE = Map.of(
            "GET /v1/fees", FEES_READ,
            "GET /v1/schedules", FEES_READ,
            "GET /v1/facilities", FEES_READ,
            "POST /v1/estimates", ESTIMATES_READ,
            "POST /v1/sessions/search", SESSIONS_READ,
            "POST /v1/sessions", SESSIONS_WRITE,
            "POST /v1/sessions/batch", SESSIONS_WRITE,
            "PUT /v1/sessions/{sessionId}", SESSIONS_WRITE,
            "POST /v1/sessions/{sessionId}/void", SESSIONS_VOID);

    private final String value;
    private final boolean patientData;

    Scope(String value, boolean patientData) {
        this.value = value;
        this.patientData = patientData;
    }

    /** The scope as a token carries it, e.g. {@code sessions:void}. */
    public String value() {
        return value;
    }

    /** Whether the route reads or writes a patient's data: tenant-bound, rate-limited, never cached. */
    boolean patientData() {
        return patientData;
    }

    /** Each route key and the scope it needs (template.yaml's AuthorizationScopes must say the same). */
    public static Map<String, Scope> byRoute() {
        return BY_ROUTE;
    }

    /** Every scope, space-separated: what {@code serve} grants a request without a token. */
    public static String all() {
        return Arrays.stream(values()).map(Scope::value).collect(Collectors.joining(" "));
    }

    /** The scope a route needs; a route key not in the table needs one no token has (a new route must be added). */
    static Scope forRoute(String routeKey) {
        Scope scope = BY_ROUTE.get(routeKey);
        if (scope == null) {
            throw new IllegalStateException("no scope for route " + routeKey);
        }
        return scope;
    }

    /** The scopes the verified token grants, from {@code scope} and {@code scp} together. */
    static Set<String> granted(HttpRequest request) {
        Set<String> granted = new LinkedHashSet<>();
        for (String claim : new String[] {"scope", "scp"}) {
            String text = request.claims().get(claim);
            if (text == null) {
                continue;
            }
            String list = text.strip();
            if (list.startsWith("[") && list.endsWith("]")) {
                list = list.substring(1, list.length() - 1); // API Gateway's spelling of a list claim
            }
            for (String s : list.split("[\\s,]+")) {
                if (!s.isEmpty()) {
                    granted.add(s); // scopes compare exactly (RFC 6749 §3.3: case-sensitive)
                }
            }
        }
        return granted;
    }

    /** 403 unless the token grants this scope; the problem names the scope that is missing. */
    void require(HttpRequest request) {
        if (!granted(request).contains(value)) {
            throw new ScopeException(value);
        }
    }

    /** The token lacks the route's scope: answered 403 naming it. */
    static final class ScopeException extends BadRequestException {
        private final String missing;

        ScopeException(String missing) {
            super("The token does not grant the scope '" + missing + "' that this route needs.",
                    java.util.List.of(new FieldError("scope", "missing " + missing)));
            this.missing = missing;
        }

        String missing() {
            return missing;
        }
    }
}
