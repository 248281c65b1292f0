package com.epiduralestimator.adapter.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response as API Gateway takes it back: status, headers and a UTF-8 body. */
public record HttpResponse(int statusCode, Map<String, String> headers, String body) {
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    public static HttpResponse json(int status, Object value) {
        return new HttpResponse(status, Map.of("content-type", JSON),
                new String(Json.write(value), StandardCharsets.UTF_8));
    }

    HttpResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpResponse(statusCode, copy, body);
    }
}
