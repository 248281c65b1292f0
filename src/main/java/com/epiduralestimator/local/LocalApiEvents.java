package com.epiduralestimator.local;

import com.epiduralestimator.adapter.http.Json;
import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The API Gateway HTTP API (payload 2.0) event the deployed function would receive for a request the local server
 * took: headers lower-cased and joined, the query both raw and parsed, the JWT claims under the authorizer, the
 * route key the template matched. Shaping the event is this class's job; serving and limits are LocalServer's.
 */
final class LocalApiEvents {
    private static final DateTimeFormatter API_GATEWAY_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private LocalApiEvents() {}

    static byte[] event(HttpExchange exchange, String method, String path, String routeKey, byte[] body,
                                Map<String, Object> claims, String requestId) {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, Object> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        Instant now = Instant.now();
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("method", method);
        http.put("path", path);
        http.put("protocol", exchange.getProtocol());
        http.put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress());
        http.put("userAgent", exchange.getRequestHeaders().getFirst("User-Agent"));
        Map<String, Object> jwt = new LinkedHashMap<>();
        jwt.put("claims", new LinkedHashMap<>(claims));
        jwt.put("scopes", null);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        context.put("authorizer", Map.of("jwt", jwt));
        context.put("domainName", "localhost");
        context.put("domainPrefix", "localhost");
        context.put("http", http);
        context.put("requestId", requestId);
        context.put("routeKey", routeKey);
        context.put("stage", "$default");
        context.put("time", API_GATEWAY_TIME.format(now));
        context.put("timeEpoch", now.toEpochMilli());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", path);
        event.put("rawQueryString", rawQuery == null ? "" : rawQuery);
        event.put("headers", headers);
        Map<String, Object> query = QueryStrings.parse(rawQuery);
        if (!query.isEmpty()) {
            event.put("queryStringParameters", query);
        }
        event.put("requestContext", context);
        if (body.length > 0) {
            event.put("body", new String(body, StandardCharsets.UTF_8));
        }
        event.put("isBase64Encoded", Boolean.FALSE);
        return Json.write(event);
    }
}
