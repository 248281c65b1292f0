package com.epiduralestimator.adapter.http;

import com.epiduralestimator.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the fields of one JSON object: what {@link FieldReader} reads, and the JSON-only types (numbers,
 * booleans, arrays, nested objects, each nested reader sharing this one's errors). JSON null is read as absent.
 */
final class BodyReader extends FieldReader {

    private BodyReader(Map<String, Object> fields, String root, String prefix, List<FieldError> errors) {
        super(fields, root, prefix, errors);
    }

    @SuppressWarnings("unchecked")
    static BodyReader ofJsonBody(String body) {
        if (body == null || body.isBlank()) {
            throw new BadRequestException("a JSON body is required", List.of(new FieldError("body", "required")));
        }
        Object parsed = Json.parse(body);
        if (!(parsed instanceof Map)) {
            throw new BadRequestException("the body must be a JSON object",
                    List.of(new FieldError("body", "must be a JSON object")));
        }
        return new BodyReader((Map<String, Object>) parsed, "body", "", new ArrayList<>());
    }

    Optional<BigDecimal> decimal(String name, BigDecimal min, BigDecimal max, int maxScale) {
        Object value = raw(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof BigDecimal d)) {
            error(name, "must be a number");
            return Optional.empty();
        }
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            error(name, "must be between " + min.toPlainString() + " and " + max.toPlainString());
            return Optional.empty();
        }
        if (d.stripTrailingZeros().scale() > maxScale) {
            error(name, "must have at most " + maxScale + " decimals");
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /** An amount of money: dollars and at most two decimals, from 0 to {@code max}. */
    Optional<Money> money(String name, BigDecimal max) {
        Optional<BigDecimal> amount = decimal(name, BigDecimal.ZERO, max, 2); // no lambda: docs/performance.md
        return amount.isPresent() ? Optional.of(Money.of(amount.get())) : Optional.empty();
    }

    Optional<Integer> integer(String name, int min, int max) {
        Object value = raw(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof BigDecimal d) || d.stripTrailingZeros().scale() > 0) {
            error(name, "must be a whole number");
            return Optional.empty();
        }
        if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            error(name, "must be between " + min + " and " + max);
            return Optional.empty();
        }
        return Optional.of(d.intValueExact());
    }

    Optional<Boolean> bool(String name) {
        Object value = raw(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Boolean b)) {
            error(name, "must be true or false");
            return Optional.empty();
        }
        return Optional.of(b);
    }

    /** A list of strings, each matching the pattern; empty when absent. */
    List<String> strings(String name, int maxItems, Pattern pattern, String patternHint) {
        Object value = raw(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            error(name, "must be an array of strings");
            return List.of();
        }
        if (list.size() > maxItems) {
            error(name, "must have at most " + maxItems + " items");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (!(item instanceof String s) || !pattern.matcher(s).matches()) {
                errors().add(new FieldError(path(name) + "[" + i + "]", patternHint));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** A nested object, read by its own reader that shares this one's errors. */
    @SuppressWarnings("unchecked")
    Optional<BodyReader> object(String name) {
        Object value = raw(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map)) {
            error(name, "must be an object");
            return Optional.empty();
        }
        return Optional.of(new BodyReader((Map<String, Object>) value, root(), path(name) + ".", errors()));
    }

    /** The objects of an array, each with its own reader; empty when absent or not an array of objects. */
    @SuppressWarnings("unchecked")
    List<BodyReader> objects(String name, int minItems, int maxItems) {
        Object value = raw(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.size() < minItems || list.size() > maxItems) {
            error(name, "must be an array of " + minItems + " to " + maxItems + " objects");
            return List.of();
        }
        List<BodyReader> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map) {
                out.add(new BodyReader((Map<String, Object>) list.get(i), root(), path(name) + "[" + i + "].", errors()));
            } else {
                errors().add(new FieldError(path(name) + "[" + i + "]", "must be an object"));
            }
        }
        return out;
    }

    /** An array of any JSON values, of {@code minItems} to {@code maxItems}; empty when absent or not such an array. */
    @SuppressWarnings("unchecked")
    Optional<List<Object>> list(String name, int minItems, int maxItems) {
        Object value = raw(name);
        if (value == null) {
            error(name, "is required");
            return Optional.empty();
        }
        if (!(value instanceof List<?> list) || list.size() < minItems || list.size() > maxItems) {
            error(name, "must be an array of " + minItems + " to " + maxItems + " items");
            return Optional.empty();
        }
        return Optional.of((List<Object>) list);
    }

}
