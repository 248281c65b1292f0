package com.epiduralestimator.adapter.http;

import java.util.Map;

/** The parts of an API Gateway HTTP API (payload 2.0) request the handlers read. Header names are lower case. */
public record HttpRequest(String requestId, String method, String path, Map<String, String> query,
                          Map<String, String> headers, String body, Map<String, String> claims) {
    public HttpRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        claims = Map.copyOf(claims);
    }
}
