package com.epiduralestimator.adapter.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the fields of one JSON object (or a query string) with types and ranges, collecting every error.
 * Unknown fields are errors: a misspelt field in a billing request must not be silently ignored. JSON null is
 * read as absent. Error messages never quote the rejected value (it could be a patient identifier).
 */
final class BodyReader {
    private static final Pattern PLAIN_TEXT = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\p{P}\\p{Zs}\\p{S}]*");

    private final Map<String, Object> fields;
    /** "body" or "query": what an error about the top-level object names. */
    private final String root;
    private final String prefix;
    private final List<FieldError> errors;
    private final Set<String> read = new LinkedHashSet<>();

    private BodyReader(Map<String, Object> fields, String root, String prefix, List<FieldError> errors) {
        this.fields = fields;
        this.root = root;
        this.prefix = prefix;
        this.errors = errors;
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

    static BodyReader ofQuery(Map<String, String> query) {
        return new BodyReader(Map.copyOf(query), "query", "", new ArrayList<>());
    }

    String path(String name) {
        return prefix + name;
    }

    boolean has(String name) {
        return fields.get(name) != null;
    }

    void error(String name, String message) {
        errors.add(new FieldError(path(name), message));
    }

    /** Marks a field as handled without reading it (its error, if any, is already reported). */
    void skip(String name) {
        read.add(name);
    }

    private Object raw(String name) {
        read.add(name);
        return fields.get(name);
    }

    Optional<String> string(String name, int maxLength, Pattern pattern, String patternHint) {
        Object value = raw(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String s)) {
            error(name, "must be a string");
            return Optional.empty();
        }
        if (s.isEmpty() || s.length() > maxLength) {
            error(name, "must be 1 to " + maxLength + " characters");
            return Optional.empty();
        }
        if (pattern != null && !pattern.matcher(s).matches()) {
            error(name, patternHint);
            return Optional.empty();
        }
        if (pattern == null && !PLAIN_TEXT.matcher(s).matches()) {
            error(name, "must not contain control characters");
            return Optional.empty();
        }
        return Optional.of(s);
    }

    Optional<String> requiredString(String name, int maxLength, Pattern pattern, String patternHint) {
        if (!has(name)) {
            read.add(name);
            error(name, "is required");
            return Optional.empty();
        }
        return string(name, maxLength, pattern, patternHint);
    }

    Optional<LocalDate> date(String name, boolean required) {
        if (!has(name)) {
            read.add(name);
            if (required) {
                error(name, "is required");
            }
            return Optional.empty();
        }
        Optional<String> text = string(name, 10, null, null);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (text.get().length() != 10) {
                throw new DateTimeParseException("length", text.get(), 0);
            }
            LocalDate date = LocalDate.parse(text.get());
            if (date.getYear() < 1966 || date.getYear() > 2100) {
                error(name, "must be a date between 1966 and 2100");
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            error(name, "must be an ISO-8601 date, e.g. 2025-06-01");
            return Optional.empty();
        }
    }

    <E extends Enum<E>> Optional<E> enumValue(String name, boolean required, Function<String, Optional<E>> parse,
                                              String... allowed) {
        if (!has(name)) {
            read.add(name);
            if (required) {
                error(name, "is required: one of " + String.join(", ", allowed));
            }
            return Optional.empty();
        }
        Object value = raw(name);
        Optional<E> parsed = value instanceof String s ? parse.apply(s) : Optional.empty();
        if (parsed.isEmpty()) {
            error(name, "must be one of " + String.join(", ", allowed));
        }
        return parsed;
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
                errors.add(new FieldError(path(name) + "[" + i + "]", patternHint));
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
        return Optional.of(new BodyReader((Map<String, Object>) value, root, path(name) + ".", errors));
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
                out.add(new BodyReader((Map<String, Object>) list.get(i), root, path(name) + "[" + i + "].", errors));
            } else {
                errors.add(new FieldError(path(name) + "[" + i + "]", "must be an object"));
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

    /**
     * Reports the members nobody read: unknown fields are rejected. Their names are never quoted back (an MRN used
     * as a key looks just like a field name, issue #14); the error names the object and lists the fields it may
     * have, which are ours. One error per object, however many unknown members it has.
     */
    void rejectUnknown() {
        long unknown = fields.keySet().stream().filter(name -> !read.contains(name)).count();
        if (unknown > 0) {
            String where = prefix.isEmpty() ? root : prefix.substring(0, prefix.length() - 1);
            errors.add(new FieldError(where, (unknown == 1 ? "1 member is not a field of this request"
                    : unknown + " members are not fields of this request") + " (names not repeated); the fields"
                    + " here are " + String.join(", ", read)));
        }
    }

    /** Throws the collected errors, if any (call on the top-level reader after every nested one is done). */
    void finish(String what) {
        rejectUnknown();
        if (!errors.isEmpty()) {
            throw new BadRequestException("The " + what + " has " + errors.size() + " invalid field"
                    + (errors.size() == 1 ? "" : "s") + ".", errors);
        }
    }
}
