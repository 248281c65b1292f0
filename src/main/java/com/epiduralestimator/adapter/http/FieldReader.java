package com.epiduralestimator.adapter.http;

import com.epiduralestimator.domain.WireNamed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What reading a request's fields means, for a JSON body ({@link BodyReader}) and a query string
 * ({@link QueryReader}) alike: strings, dates and enum values checked against their types and ranges, every error
 * collected, unknown fields rejected (a misspelt field in a billing request must not be silently ignored), and
 * error messages that never quote the rejected value (it could be a patient identifier).
 */
abstract class FieldReader {
    private static final Pattern PLAIN_TEXT = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\p{P}\\p{Zs}\\p{S}]*");

    private final Map<String, Object> fields;
    /** "body" or "query": what an error about the top-level object names. */
    private final String root;
    private final String prefix;
    private final List<FieldError> errors;
    private final Set<String> read = new LinkedHashSet<>();

    FieldReader(Map<String, Object> fields, String root, String prefix, List<FieldError> errors) {
        this.fields = fields;
        this.root = root;
        this.prefix = prefix;
        this.errors = errors;
    }

    String root() {
        return root;
    }

    List<FieldError> errors() {
        return errors;
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

    Object raw(String name) {
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

    /** One of the enum's API spellings; the allowed ones named in the error are the enum's own ({@link WireNamed}). */
    <E extends Enum<E> & WireNamed> Optional<E> enumValue(String name, boolean required, Class<E> type) {
        String allowed = String.join(", ", WireNamed.wireNames(type));
        if (!has(name)) {
            read.add(name);
            if (required) {
                error(name, "is required: one of " + allowed);
            }
            return Optional.empty();
        }
        Object value = raw(name);
        Optional<E> parsed = value instanceof String s ? WireNamed.parse(type, s) : Optional.empty();
        if (parsed.isEmpty()) {
            error(name, "must be one of " + allowed);
        }
        return parsed;
    }

    /**
     * Reports the members nobody read: unknown fields are rejected. Their names are never quoted back (an MRN used
     * as a key looks just like a field name, issue #14); the error names the object and lists the fields it may
     * have, which are ours. One error per object, however many unknown members it has.
     */
    void rejectUnknown() {
        long unknown = 0;
        for (String name : fields.keySet()) {
            if (!read.contains(name)) {
                unknown++;
            }
        }
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
