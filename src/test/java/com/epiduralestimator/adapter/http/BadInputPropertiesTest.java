package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.TrustHarness.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Property-based bad input on every route, through the real handlers (in memory): random JSON, mutated valid
 * bodies, wrong types, huge and odd numbers, deep nesting, long strings, control characters and lone surrogates,
 * random bytes, base64 and non-UTF-8 bodies, wrong content types, random query strings. Never a 5xx; every error
 * is problem+json without a stack trace or a class name.
 */
class BadInputPropertiesTest {
    private static final TrustHarness API = TrustHarness.memory();
    private static final Map<String, AtomicInteger> TRIED = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> SERVER_ERRORS = new ConcurrentHashMap<>();
    private static final List<String> FIELDS = List.of("patientId", "dateOfService", "setting", "locality", "zip",
            "code", "units", "modifiers", "lines", "imagingGuidance", "deductibleRemaining", "region", "purpose",
            "substance", "diagnosisCodes", "participation", "documentation", "contrastContraindicated");

    @AfterContainer
    static void report() {
        System.out.println("bad-input requests per route: " + TRIED + "; 5xx: " + SERVER_ERRORS);
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = 1000)
    void feeQueriesNeverFail(@ForAll("queries") Map<String, String> query) {
        check("GET /v1/fees", API.getFee(query, "clinic-a"));
    }

    @Property(tries = 1000)
    void estimateBodiesNeverFail(@ForAll("bodies") String body) {
        check("POST /v1/estimates", API.postEstimate(body, "clinic-a"));
    }

    @Property(tries = 1000)
    void sessionBodiesNeverFail(@ForAll("bodies") String body) {
        check("POST /v1/sessions", API.postSession(body, "clinic-a"));
    }

    /** Issue #11: the session history routes, bare and with each random body as a batch item. */
    @Property(tries = 600)
    void sessionHistoryBodiesNeverFail(@ForAll("bodies") String body,
                                       @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 4) int route) {
        String id = HISTORY_ID.get();
        String path = switch (route) {
            case 0 -> "/v1/sessions/search";
            case 1, 2 -> "/v1/sessions/batch";
            case 3 -> "/v1/sessions/" + id;
            default -> "/v1/sessions/" + id + "/void";
        };
        String sent = route == 2 ? "{\"sessions\":[" + body + "," + body + "]}" : body;
        String key = (route == 3 ? "PUT " : "POST ") + (route >= 3 ? path.replace(id, "{sessionId}") : path);
        check(key, invoke(API.sessions, event(route == 3 ? "PUT" : "POST", path, null, "application/json", sent,
                "clinic-a")));
    }

    /** A session of clinic-a the correct and void properties aim at (recorded once, on first use). */
    private static final java.util.function.Supplier<String> HISTORY_ID = new java.util.function.Supplier<>() {
        private volatile String id;

        @Override
        public synchronized String get() {
            if (id == null) {
                id = (String) API.postSession(sessionBody("MRN-FUZZ-HISTORY", "2025-05-05", "62321"), "clinic-a")
                        .json().get("sessionId");
            }
            return id;
        }
    };

    @Property(tries = 300)
    void rawBodiesAndContentTypesNeverFail(@ForAll("rawBytes") byte[] bytes, @ForAll("contentTypes") String type,
                                           @ForAll boolean base64, @ForAll boolean estimates) {
        Map<String, Object> event = event("POST", estimates ? "/v1/estimates" : "/v1/sessions", null, type,
                base64 ? Base64.getEncoder().encodeToString(bytes) : new String(bytes, StandardCharsets.UTF_8),
                "clinic-a");
        event.put("isBase64Encoded", base64);
        check(estimates ? "POST /v1/estimates" : "POST /v1/sessions",
                invoke(estimates ? API.estimates : API.sessions, event));
    }

    @Property(tries = 60)
    void extremeShapesNeverFail(@ForAll("extremes") String body, @ForAll boolean estimates) {
        check(estimates ? "POST /v1/estimates" : "POST /v1/sessions",
                estimates ? API.postEstimate(body, "clinic-a") : API.postSession(body, "clinic-a"));
    }

    /** Issue #14: any exponent, in any number field of either patient route (1e-2147483648 was a 500). */
    @Property(tries = 300)
    void numbersWithAnyExponentNeverFail(@ForAll("exponents") String number, @ForAll("numberFields") String field,
                                         @ForAll boolean estimates) {
        String valid = estimates ? estimateBody("MRN-1", "2025-06-30", "62321")
                : sessionBody("MRN-1", "2025-06-01", "62321");
        String body = valid.substring(0, valid.length() - 1) + ",\"" + field + "\":" + number + "}";
        body = body.replace("\"units\":1,", "").replace(",\"deductibleRemaining\":0", "");
        check(estimates ? "POST /v1/estimates" : "POST /v1/sessions",
                estimates ? API.postEstimate(body, "clinic-a") : API.postSession(body, "clinic-a"));
    }

    @Provide
    Arbitrary<String> exponents() {
        Arbitrary<String> mantissa = Arbitraries.oneOf(Arbitraries.of("0", "1", "-1", "100", "12345", "0.5", "-0.0"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20));
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.longs().map(x -> Long.toString(x)),
                Arbitraries.of("2147483647", "-2147483647", "2147483648", "-2147483648", "+2147483647", "9999999999",
                        "-99999999999999", "1001", "-1001", "1000", "-1000"),
                Arbitraries.integers().between(-3000, 3000).map(Object::toString));
        return Combinators.combine(mantissa, Arbitraries.of("e", "E"), exponent).as((m, e, x) -> m + e + x);
    }

    @Provide
    Arbitrary<String> numberFields() {
        return Arbitraries.of("units", "deductibleRemaining");
    }

    // ------------------------------------------------------------------ the check

    private static void check(String route, Response r) {
        TRIED.computeIfAbsent(route, k -> new AtomicInteger()).incrementAndGet();
        if (r.status() >= 500) {
            SERVER_ERRORS.computeIfAbsent(route, k -> new AtomicInteger()).incrementAndGet();
        }
        assertThat(r.status()).as(r.body()).isBetween(200, 499);
        if (r.status() >= 400) {
            assertThat(r.isProblem()).isTrue();
            Map<String, Object> problem = r.json();
            assertThat(problem).containsKeys("type", "title", "status", "detail", "errors");
            assertThat(problem.get("status").toString()).isEqualTo(Integer.toString(r.status()));
        }
        assertThat(r.body()).doesNotContain("Exception", "java.", "com.epiduralestimator", "\tat ",
                "com.fasterxml", "software.amazon");
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<Map<String, String>> queries() {
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of("code", "setting", "locality", "zip", "date",
                "modifier", "patientId"), nasty());
        Arbitrary<String> values = Arbitraries.oneOf(nasty(), Arbitraries.of("62321", "62323", "99999", "facility",
                "non-facility", "0111205", "94103", "2025-06-01", "26", "TC", "53", "", "-1", "1e400"));
        return Arbitraries.maps(keys, values).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(
                jsonValue(4).map(TrustHarness::write),
                mutatedValid().map(TrustHarness::write),
                nasty());
    }

    @Provide
    Arbitrary<byte[]> rawBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/json", "application/json; charset=utf-8", "text/plain",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1",
                "APPLICATION/JSON", "", "application/xml", "*/*");
    }

    @Provide
    Arbitrary<String> extremes() {
        return Arbitraries.of(
                "[".repeat(10_000) + "]".repeat(10_000),
                "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000),
                "{\"patientId\":\"" + "x".repeat(1_000_000) + "\"}",
                "{\"units\":" + "9".repeat(5_000) + "}",
                "{\"units\":1e400,\"deductibleRemaining\":-0,\"patientId\":\"a\"}",
                "{\"deductibleRemaining\":1e-400}",
                "{\"units\":-0.0,\"code\":\"62321\",\"patientId\":\"p\",\"dateOfService\":\"2025-06-01\"}",
                "{\"patientId\":\"\\ud800\",\"dateOfService\":\"2025-06-01\",\"code\":\"62321\"}",
                "{\"patientId\":\"a\\u0000b\",\"dateOfService\":\"2025-06-01\",\"code\":\"62321\"}",
                "{\"lines\":[" + "{\"code\":\"62321\"},".repeat(5_000) + "{}]}",
                "\uFEFF{}", "null", "[]", "\"\"", "0", "{}".repeat(3), "{\"a\":1,\"a\":2}", " ", "",
                // issue #14: exponents that do not fit an int, and names with equal hash codes around many names
                "{\"units\":1e-2147483648}", "{\"deductibleRemaining\":1e9999999999}", "{\"units\":100e2147483647}",
                HostileBodyTest.collidingNames(60_000), HostileBodyTest.manyNames(3_000),
                HostileBodyTest.collidingNames(60_000), "{\"A1234567\":1}");
    }

    private static Arbitrary<String> nasty() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10),
                Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMaxLength(4),
                Arbitraries.strings().withChars("{}[]\":,\\0123456789eE+-.truefalsn ").ofMaxLength(60),
                Arbitraries.of("x".repeat(70_000), "\u00e9".repeat(40_000), "\ud83d\ude00".repeat(20_000)));
    }

    private static Arbitrary<Object> jsonScalar() {
        return Arbitraries.oneOf(
                nasty().map(s -> (Object) s),
                Arbitraries.bigDecimals().map(d -> (Object) d),
                Arbitraries.of(new java.math.BigDecimal("1e400"), new java.math.BigDecimal("-0"),
                        new java.math.BigDecimal("-1"), new java.math.BigDecimal("2147483648"),
                        new java.math.BigDecimal("0.000001"), new java.math.BigDecimal("99.999")).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
    }

    private static Arbitrary<Object> jsonValue(int depth) {
        if (depth == 0) {
            return jsonScalar();
        }
        Arbitrary<Object> inner = Arbitraries.lazy(() -> jsonValue(depth - 1));
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of(FIELDS), nasty());
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, jsonScalar()),
                net.jqwik.api.Tuple.of(2, Arbitraries.maps(keys, inner).ofMaxSize(5).map(m -> (Object) m)),
                net.jqwik.api.Tuple.of(1, inner.list().ofMaxSize(4).map(l -> (Object) l)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String json) {
        return (Map<String, Object>) Json.parse(json);
    }

    /** A valid estimate or session body with one to three fields dropped, retyped or replaced by random JSON. */
    private static Arbitrary<Map<String, Object>> mutatedValid() {
        Arbitrary<Map<String, Object>> base = Arbitraries.of(
                object(estimateBody("MRN-1", "2025-06-01", "62321")),
                object(sessionBody("MRN-1", "2025-06-01", "62323")),
                object("{\"patientId\":\"MRN-2\",\"dateOfService\":\"2025-06-01\",\"setting\":\"facility\","
                        + "\"lines\":[{\"code\":\"64483\",\"units\":1},{\"code\":\"64484\",\"units\":2}],"
                        + "\"documentation\":{\"conservativeCareWeeks\":6,\"baselinePainScore\":7}}"));
        Arbitrary<String> field = Arbitraries.of(FIELDS);
        Arbitrary<Object> replacement = jsonValue(2);
        Arbitrary<Integer> action = Arbitraries.integers().between(0, 2);
        return Combinators.combine(base, field.list().ofMinSize(1).ofMaxSize(3),
                replacement.list().ofSize(3), action.list().ofSize(3)).as((b, fields, values, actions) -> {
                    Map<String, Object> m = new LinkedHashMap<>(b);
                    for (int i = 0; i < fields.size(); i++) {
                        switch (actions.get(i)) {
                            case 0 -> m.remove(fields.get(i));
                            case 1 -> m.put(fields.get(i), values.get(i));
                            default -> m.put(fields.get(i), m.containsKey(fields.get(i))
                                    ? String.valueOf(m.get(fields.get(i))) : java.util.Collections.singletonList(values.get(i)));
                        }
                    }
                    return m;
                });
    }
}
