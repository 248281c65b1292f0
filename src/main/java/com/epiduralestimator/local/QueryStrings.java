package com.epiduralestimator.local;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The local server's query strings, decoded as API Gateway passes them to a function. */
final class QueryStrings {
    /**
     * The API's query parameters (openapi.yaml; GET /v1/fees): the only names an error may quote. Any other name is
     * a client's text, which could be a patient identifier ({@code ?MRN-0077-SMITH-JOHN=%ff}): the error then names
     * the query string as a whole (issue #22).
     */
    static final Set<String> PARAMETERS = Set.of("code", "modifier", "setting", "date", "locality", "zip", "apm",
            "q", "state", "type"); // q, state, type: GET /v1/facilities (issue 21)

    private QueryStrings() {}

    /** As API Gateway does: decoded names and values, repeated parameters joined with commas. */
    static Map<String, Object> parse(String rawQuery) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), "query");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), PARAMETERS.contains(name) ? name : "query");
            query.merge(name, value, (a, b) -> a + "," + b);
        }
        return query;
    }

    /**
     * Percent-decoding as API Gateway does, but strict: a malformed escape or bytes that are not UTF-8 are a 400
     * naming the parameter, never the raw text or a replacement character passed on as if it were the value (the
     * value itself is not echoed). Escapes that are not hex never get here: the JDK's HTTP server refuses such a
     * request line itself (a text/html 400 this server cannot intercept).
     */
    private static String decode(String text, String field) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
                if (lo < 0) {
                    throw new MalformedQueryException(field);
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes((c == '+' ? " " : new String(Character.toChars(codePoint)))
                        .getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        try {
            // Strict: bytes that are not UTF-8 are an error, not a silent U+FFFD (URLDecoder's behaviour).
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedQueryException(field);
        }
    }

    static final class MalformedQueryException extends RuntimeException {
        private final String field;

        MalformedQueryException(String field) {
            super("malformed percent-encoding in " + field, null, false, false);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
