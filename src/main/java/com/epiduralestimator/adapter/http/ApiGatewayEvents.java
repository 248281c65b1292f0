package com.epiduralestimator.adapter.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads API Gateway HTTP API (payload format 2.0) events and writes their responses, with our own streaming
 * JSON: measured cheaper at cold start than letting the runtime bind {@code APIGatewayV2HTTPEvent} POJOs.
 */
public final class ApiGatewayEvents {
    /** The largest request body accepted; estimates and sessions are well under 4 KB. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** API Gateway's own limit on a whole event (10 MB); bigger input is not an API Gateway event. */
    static final int MAX_EVENT_BYTES = 10 * 1024 * 1024 + 64 * 1024;

    private ApiGatewayEvents() {}

    /** Thrown for a body over {@link #MAX_BODY_BYTES}: answered 400 as the contract says. */
    public static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException() {
            super("the request body exceeds " + MAX_BODY_BYTES + " bytes");
        }
    }

    public static HttpRequest decode(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_EVENT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_EVENT_BYTES) {
            throw new BodyTooLargeException();
        }
        return decode(bytes);
    }

    @SuppressWarnings("unchecked")
    public static HttpRequest decode(byte[] eventBytes) {
        Object parsed = Json.parse(eventBytes);
        if (!(parsed instanceof Map)) {
            throw new Json.SyntaxException("not an API Gateway HTTP API event");
        }
        Map<String, Object> event = (Map<String, Object>) parsed;
        Map<String, Object> context = object(event.get("requestContext"));
        Map<String, Object> http = object(context.get("http"));
        String method = string(http.get("method"));
        String path = event.get("rawPath") instanceof String p ? p : string(http.get("path"));

        Map<String, String> headers = new LinkedHashMap<>();
        object(event.get("headers")).forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), string(v)));
        Map<String, String> query = new LinkedHashMap<>();
        object(event.get("queryStringParameters")).forEach((k, v) -> query.put(k, string(v)));
        Map<String, String> claims = new LinkedHashMap<>();
        java.util.Set<String> nonStringClaims = new java.util.LinkedHashSet<>();
        Map<String, Object> authorizer = object(context.get("authorizer"));
        object(object(authorizer.get("jwt")).get("claims")).forEach((k, v) -> {
            // Only strings are claims we use (API Gateway sends every claim as one); null is no claim. A number
            // or true is never turned into the tenant "42" or "true" (issue #14).
            if (v instanceof String s) {
                claims.put(k, s);
            } else if (k.equals("scp") && v instanceof java.util.List<?> list) {
                // A direct invocation may give the scopes as a JSON list; API Gateway passes a list claim as
                // "[a b]", which Scope reads the same way (issue #22).
                claims.put(k, "[" + String.join(" ", list.stream().map(String::valueOf).toList()) + "]");
            } else if (v != null) {
                nonStringClaims.add(k);
            }
        });

        String body = event.get("body") instanceof String b ? b : null;
        if (body != null && Boolean.TRUE.equals(event.get("isBase64Encoded"))) {
            try {
                body = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(Base64.getDecoder().decode(body))).toString();
            } catch (IllegalArgumentException e) {
                throw new Json.SyntaxException("the body is not valid base64");
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new Json.SyntaxException("the body is not valid UTF-8");
            }
        }
        if (body != null && body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        return new HttpRequest(string(context.get("requestId")), method, path, query, headers, body, claims,
                nonStringClaims);
    }

    public static void encode(HttpResponse response, OutputStream out) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("statusCode", response.statusCode());
        event.put("headers", new LinkedHashMap<>(response.headers()));
        event.put("body", response.body());
        event.put("isBase64Encoded", Boolean.FALSE);
        Json.write(event, out);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    private static String string(Object value) {
        return value == null ? null : value instanceof String s ? s : String.valueOf(value);
    }
}
