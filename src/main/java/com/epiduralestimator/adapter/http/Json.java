package com.epiduralestimator.adapter.http;

import com.epiduralestimator.domain.Money;
import software.amazon.awssdk.thirdparty.jackson.core.JsonEncoding;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonProcessingException;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;
import software.amazon.awssdk.thirdparty.jackson.core.StreamReadConstraints;
import software.amazon.awssdk.thirdparty.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON on Jackson's streaming API only, in the copy the AWS SDK ships relocated
 * ({@code software.amazon.awssdk.thirdparty.jackson.core}, the SDK's own artifact {@code third-party-jackson-core}):
 * the SDK loads it for every DynamoDB call anyway, so the cold path loads one JSON parser, not two (a second,
 * un-relocated jackson-core was ~80 more classes on the first estimate; docs/performance.md, issue 23). Objects
 * become {@code LinkedHashMap<String, Object>}, arrays {@code ArrayList}, numbers {@code BigDecimal} (never double:
 * money and RVUs are exact), plus String, Boolean and null. No databind on the cold path. Duplicate keys, nesting
 * deeper than {@link #MAX_DEPTH}, numbers with an exponent beyond {@link #MAX_EXPONENT} and trailing content are
 * rejected.
 *
 * <p>Member names are not canonicalised: Jackson's name table is shared by every parser of a factory, so one
 * tenant's body of names with equal hash codes broke it for the next request (a 500, issue #14). Our objects have
 * a few dozen members; a fresh String per name costs nothing measurable.
 */
public final class Json {
    public static final int MAX_DEPTH = 32;
    /**
     * The largest exponent (either sign) a number may have: no field of ours needs more than a few, and a
     * BigDecimal whose scale nears the int range overflows in later arithmetic (stripTrailingZeros, setScale).
     */
    static final int MAX_EXPONENT = 1000;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(64)
                    .maxStringLength(1_000_000)
                    .build())
            .build();

    private Json() {}

    /** A syntax error, with a message safe to show a client (it never quotes the input). */
    public static final class SyntaxException extends RuntimeException {
        SyntaxException(String message) {
            super(message);
        }
    }

    public static Object parse(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return parseDocument(parser);
        } catch (IOException e) {
            throw syntax(e);
        }
    }

    public static Object parse(InputStream in) {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return parseDocument(parser);
        } catch (IOException e) {
            throw syntax(e);
        }
    }

    public static Object parse(byte[] bytes) {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            return parseDocument(parser);
        } catch (IOException e) {
            throw syntax(e);
        }
    }

    private static SyntaxException syntax(IOException e) {
        if (e instanceof StreamConstraintsException) {
            return new SyntaxException("JSON exceeds a size limit (nesting depth " + MAX_DEPTH
                    + ", number length or string length)");
        }
        String where = e instanceof JsonProcessingException p && p.getLocation() != null
                ? " at line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr() : "";
        return new SyntaxException("malformed JSON" + where);
    }

    private static Object parseDocument(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new SyntaxException("empty JSON document");
        }
        Object value = parseValue(parser, first);
        if (parser.nextToken() != null) {
            throw new SyntaxException("content after the JSON document");
        }
        return value;
    }

    private static Object parseValue(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    Object value = parseValue(parser, parser.nextToken());
                    if (object.containsKey(name)) {
                        // The name is not quoted back: it may be a patient id used as a key.
                        throw new SyntaxException("an object has a duplicate member");
                    }
                    object.put(name, value);
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(parseValue(parser, t));
                }
                return array;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(parser);
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new SyntaxException("unexpected JSON token");
        }
    }

    /**
     * A number as a BigDecimal. An exponent that does not fit an int (1e-2147483648, 1e9999999999) throws
     * NumberFormatException inside Jackson, not an IOException: it was a 500 (issue #14).
     */
    private static BigDecimal number(JsonParser parser) throws IOException {
        BigDecimal value;
        try {
            value = parser.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new SyntaxException("a number is out of range");
        }
        if (Math.abs((long) value.scale()) > MAX_EXPONENT) {
            throw new SyntaxException("a number is out of range (exponent beyond " + MAX_EXPONENT + ")");
        }
        return value;
    }

    public static byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        write(value, out);
        return out.toByteArray();
    }

    public static void write(Object value, OutputStream out) {
        try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            writeValue(gen, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeValue(JsonGenerator gen, Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof String s) {
            gen.writeString(s);
        } else if (value instanceof BigDecimal d) {
            gen.writeNumber(d);
        } else if (value instanceof Money m) {
            gen.writeNumber(m.amount());
        } else if (value instanceof Integer i) {
            gen.writeNumber(i);
        } else if (value instanceof Long l) {
            gen.writeNumber(l);
        } else if (value instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (value instanceof Map<?, ?> map) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                gen.writeFieldName(String.valueOf(e.getKey()));
                writeValue(gen, e.getValue());
            }
            gen.writeEndObject();
        } else if (value instanceof List<?> list) {
            gen.writeStartArray();
            for (Object item : list) {
                writeValue(gen, item);
            }
            gen.writeEndArray();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }
}
