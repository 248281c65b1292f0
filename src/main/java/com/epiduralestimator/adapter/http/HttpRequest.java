package com.epiduralestimator.adapter.http;

import java.util.Map;
import java.util.Set;

/**
 * The parts of an API Gateway HTTP API (payload 2.0) request the handlers read. Header names are lower case.
 *
 * @param claims          the verified token's claims whose value is a JSON string (API Gateway sends every claim
 *                        as a string; a null claim is no claim)
 * @param nonStringClaims names of claims whose value was a number, boolean, array or object: only a direct
 *                        invocation can send those, and none of them may stand for a tenant
 */
public record HttpRequest(String requestId, String method, String path, Map<String, String> query,
                          Map<String, String> headers, String body, Map<String, String> claims,
                          Set<String> nonStringClaims) {
    public HttpRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        claims = Map.copyOf(claims);
        nonStringClaims = Set.copyOf(nonStringClaims);
    }
}
