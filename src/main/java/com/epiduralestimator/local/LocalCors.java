package com.epiduralestimator.local;

import com.sun.net.httpserver.Headers;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CORS as the deployed HTTP API does it with the template's {@code AllowedOrigins}: API Gateway answers a
 * preflight {@code OPTIONS} itself (before the authorizer, for any path), and adds
 * {@code Access-Control-Allow-Origin} to responses only when the request's {@code Origin} is listed. With no
 * origin listed (the default) there is no CORS at all: an OPTIONS request is a 404 like any unknown route.
 */
record LocalCors(List<String> origins) {
    static final LocalCors NONE = new LocalCors(List.of());
    static final String ALLOW_METHODS = "GET,POST,PUT";
    static final String ALLOW_HEADERS = "authorization,content-type";
    static final String EXPOSE_HEADERS = "retry-after";
    static final String MAX_AGE = "600";
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.\\-]+(:[0-9]{1,5})?");

    LocalCors {
        origins = List.copyOf(origins);
    }

    /** From {@code --cors-origin https://a.example[,https://b.example]}; each an origin as a browser sends it. */
    static LocalCors parse(String option) {
        List<String> origins = List.of(option.split(",", -1)).stream().map(String::strip).toList();
        for (String origin : origins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("--cors-origin takes origins such as https://clinic.example or"
                        + " http://localhost:8080 (scheme, host and port; no path), comma separated");
            }
        }
        return new LocalCors(origins);
    }

    boolean enabled() {
        return !origins.isEmpty();
    }

    /**
     * Whether {@code origin} is listed. Scheme and host compare without case (RFC 3986 §6.2.2.1: a browser may
     * send either); the port and everything else compare exactly, so no prefix or suffix of a listed origin passes.
     */
    boolean allows(String origin) {
        if (origin == null) {
            return false;
        }
        String wanted = origin.toLowerCase(java.util.Locale.ROOT);
        if (!ORIGIN.matcher(wanted).matches()) {
            return false;
        }
        return origins.stream().anyMatch(listed -> listed.toLowerCase(java.util.Locale.ROOT).equals(wanted));
    }

    /** A CORS preflight: OPTIONS with an Origin and Access-Control-Request-Method. */
    boolean isPreflight(String method, Headers request) {
        return enabled() && method.equals("OPTIONS") && request.getFirst("Origin") != null
                && request.getFirst("Access-Control-Request-Method") != null;
    }

    /** The preflight answer's headers: the allowance for a listed origin, nothing for another. */
    void preflight(Headers request, Headers response) {
        String origin = request.getFirst("Origin");
        if (allows(origin)) {
            response.set("Access-Control-Allow-Origin", origin);
            response.set("Access-Control-Allow-Methods", ALLOW_METHODS);
            response.set("Access-Control-Allow-Headers", ALLOW_HEADERS);
            response.set("Access-Control-Max-Age", MAX_AGE);
            response.set("Vary", "Origin");
        }
    }

    /** On an actual response: Access-Control-Allow-Origin for a listed origin only. */
    void onResponse(Headers request, Headers response) {
        String origin = request.getFirst("Origin");
        if (enabled() && allows(origin)) {
            response.set("Access-Control-Allow-Origin", origin);
            response.set("Access-Control-Expose-Headers", EXPOSE_HEADERS);
            response.set("Vary", "Origin");
        }
    }
}
