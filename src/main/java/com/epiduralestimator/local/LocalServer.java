package com.epiduralestimator.local;

import com.epiduralestimator.adapter.http.FieldError;
import com.epiduralestimator.adapter.http.HttpResponse;
import com.epiduralestimator.adapter.http.Json;
import com.epiduralestimator.adapter.http.Problems;
import com.epiduralestimator.adapter.http.Scope;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * Serves the template's routes on 127.0.0.1, shaping each request into the API Gateway HTTP API (payload 2.0)
 * event the deployed function receives, with API Gateway's own limits (10 MB payload, 10 KB of request line and
 * headers). Like {@code sam local}, it does not verify JWT signatures: claims are read from the bearer token as
 * they stand, or the tenant given at start-up is used when there is no token.
 */
public final class LocalServer {
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
    static final int MAX_HEADER_BYTES = 10 * 1024;

    private final LocalFunctions functions;
    private final String tenantClaim;
    private final String defaultTenant;
    private final LocalCors cors;
    private final boolean acceptsTokens;
    private HttpServer server;
    private ExecutorService executor;

    static {
        LocalGuards.requestDeadline();
    }

    LocalServer(LocalFunctions functions, String tenantClaim, String defaultTenant, LocalCors cors) {
        this(functions, tenantClaim, defaultTenant, cors, true);
    }

    /**
     * @param acceptsTokens whether a bearer token's (unverified) claims are used: not when the sessions live in a
     *                      DynamoDB off this machine, where a forged token would reach real data (issue #22)
     */
    LocalServer(LocalFunctions functions, String tenantClaim, String defaultTenant, LocalCors cors,
                boolean acceptsTokens) {
        this.functions = functions;
        this.tenantClaim = tenantClaim;
        this.defaultTenant = defaultTenant;
        this.cors = cors;
        this.acceptsTokens = acceptsTokens;
    }

    /** Starts on 127.0.0.1 (port 0 picks a free one) and returns the port. */
    int start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        executor = LocalGuards.workers();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            if (!LocalGuards.loopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
                send(exchange, 403, Map.of("content-type", "application/json"), "{\"message\":\"Forbidden: serve"
                        + " answers requests for localhost, 127.0.0.1 or [::1] only (Host)\"}");
                return;
            }
            if (headerBytes(exchange) > MAX_HEADER_BYTES) {
                send(exchange, 431, Map.of("content-type", "application/json"),
                        "{\"message\":\"Request Header Fields Too Large\"}");
                return;
            }
            if (cors.isPreflight(method, exchange.getRequestHeaders())) {
                cors.preflight(exchange.getRequestHeaders(), exchange.getResponseHeaders());
                send(exchange, 204, Map.of(), "");
                return;
            }
            cors.onResponse(exchange.getRequestHeaders(), exchange.getResponseHeaders());
            var route = functions.routes().match(method, path);
            if (route.isEmpty() && LocalWeb.serve(exchange, method, path)) {
                return;
            }
            if (route.isEmpty()) {
                send(exchange, 404, Map.of("content-type", "application/json"), "{\"message\":\"Not Found\"}");
                return;
            }
            byte[] body = readLimited(exchange.getRequestBody());
            if (body == null) {
                send(exchange, 413, Map.of("content-type", "application/json"),
                        "{\"message\":\"Request Entity Too Large\"}");
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (!acceptsTokens && authorization != null && !authorization.isBlank()) {
                send(exchange, 401, Map.of("content-type", "application/json"), "{\"message\":\"Unauthorized: serve"
                        + " does not verify tokens, so against a DynamoDB off this machine it takes none; without"
                        + " one, requests act as the --tenant given at start-up\"}");
                return;
            }
            Map<String, Object> claims = claims(exchange.getRequestHeaders());
            if (claims == null) {
                send(exchange, 401, Map.of("content-type", "application/json"), "{\"message\":\"Unauthorized\"}");
                return;
            }
            String requestId = UUID.randomUUID().toString();
            byte[] event;
            try {
                event = LocalApiEvents.event(exchange, method, path, route.get().method() + " " + route.get().path(),
                        body, claims, requestId);
            } catch (QueryStrings.MalformedQueryException e) {
                HttpResponse problem = Problems.badRequest("The query string has a malformed percent-encoding.",
                        List.of(new FieldError(e.field(), "has a malformed percent-encoding (a % must be followed by"
                                + " two hex digits of UTF-8)")));
                send(exchange, problem.statusCode(), problem.headers(), problem.body());
                return;
            }
            byte[] response = functions.invoke(route.get().functionId(), event, requestId);
            writeResponse(exchange, response);
        }
    }

    private static long headerBytes(HttpExchange exchange) {
        long total = exchange.getRequestURI().toString().length() + 16L;
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            for (String value : header.getValue()) {
                total += header.getKey().length() + value.length() + 4;
            }
        }
        return total;
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
        return bytes.length > MAX_PAYLOAD_BYTES ? null : bytes;
    }

    /**
     * The claims of the bearer token (unverified, as sam local), or the start-up tenant; null if unreadable. Claims
     * are strings as API Gateway sends them, except the tenant claim when it is not a string: that one is passed
     * as it is, so the handler refuses it (403) instead of serving the tenant "42" or "true"; a null claim is no
     * claim (401), never the tenant "null" (issue #14).
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> claims(Headers headers) {
        String authorization = headers.getFirst("Authorization");
        Map<String, Object> claims = new LinkedHashMap<>();
        if (authorization == null || authorization.isBlank()) {
            claims.put(tenantClaim, defaultTenant);
            claims.put("scope", Scope.all()); // the developer's own requests: every scope, as before scopes existed
            return claims;
        }
        String[] parts = authorization.trim().split(" ", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            return null;
        }
        String[] jwt = parts[1].trim().split("\\.");
        if (jwt.length < 2) {
            return null;
        }
        try {
            Object payload = Json.parse(Base64.getUrlDecoder().decode(jwt[1]));
            if (!(payload instanceof Map)) {
                return null;
            }
            ((Map<String, Object>) payload).forEach((k, v) -> {
                if (v != null) {
                    claims.put(k, k.equals(tenantClaim) && !(v instanceof String) ? v : claimText(v));
                }
            });
            return claims;
        } catch (IllegalArgumentException | Json.SyntaxException e) {
            return null;
        }
    }

    private static String claimText(Object value) {
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(" ", list.stream().map(String::valueOf).toList()) + "]";
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static void writeResponse(HttpExchange exchange, byte[] responseEvent) throws IOException {
        Map<String, Object> response = (Map<String, Object>) Json.parse(responseEvent);
        int status = ((java.math.BigDecimal) response.get("statusCode")).intValueExact();
        Map<String, String> headers = new LinkedHashMap<>();
        if (response.get("headers") instanceof Map<?, ?> h) {
            h.forEach((k, v) -> headers.put(String.valueOf(k), String.valueOf(v)));
        }
        String body = response.get("body") instanceof String s ? s : "";
        send(exchange, status, headers, body);
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
