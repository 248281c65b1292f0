package com.epiduralestimator.adapter.http;

import java.util.ArrayList;
import java.util.Map;

/**
 * Reads a query string's parameters: every value is text, so only {@link FieldReader}'s strings, dates and enum
 * values apply; errors name the top-level object {@code query}.
 */
final class QueryReader extends FieldReader {

    private QueryReader(Map<String, Object> parameters) {
        super(parameters, "query", "", new ArrayList<>());
    }

    static QueryReader of(Map<String, String> query) {
        return new QueryReader(Map.copyOf(query));
    }
}
