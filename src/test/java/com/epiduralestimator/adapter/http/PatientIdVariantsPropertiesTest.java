package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.TrustHarness.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 22: one patient is one key under every spelling, on both stores. A patient is recorded once under a
 * plain id; then each generated variant of that id (invisible characters inserted, look-alike letters of other
 * scripts, other digit sets, dash look-alikes, full-width and mathematical forms, surrounding spaces, combining
 * marks, U+FFFD, private use, controls) records the same session again. The answer is either 200 with the session
 * already on file (the same key: the cap counts it once) or a 400 naming a character by code point and position,
 * without the id; never a 201 (a second patient that escapes the 4-session cap). Which of the two is fixed by the
 * variant: a refused ingredient must be refused, a folded one must find the session.
 */
class PatientIdVariantsPropertiesTest {
    private static final TrustHarness MEMORY = TrustHarness.memory();
    private static TrustHarness dynamo;
    /** Per store and base id: the session id recorded under the plain id. */
    private static final Map<String, String> RECORDED = new ConcurrentHashMap<>();

    /** Characters that must be refused wherever they are inserted. */
    private static final List<String> REFUSED_INSERTS = List.of("\u034F", "\uFE0F", "\u3164", "\uFFA0", "\u17B4",
            "\u2800", "\u0301", "\u0335", "\uFFFD", "\uE000", "\u200B", "\u2060", "\u00AD", "\u0007", "\u061C",
            "\uDB80\uDC00", "#", "\u00A0");
    /** Look-alike letters of other scripts, for the ASCII letter they imitate. */
    private static final Map<Character, String> CONFUSABLE = Map.ofEntries(Map.entry('A', "\u0410"),
            Map.entry('M', "\u041C"), Map.entry('R', "\u0420"), Map.entry('N', "\u039D"), Map.entry('O', "\u041E"),
            Map.entry('E', "\u0415"), Map.entry('K', "\u039A"), Map.entry('a', "\u0430"), Map.entry('e', "\u0435"),
            Map.entry('o', "\u03BF"), Map.entry('x', "\u0445"));
    private static final List<String> DASHES = List.of("\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015",
            "\u2212", "\uFE63", "\uFF0D", "\u2500", "\u30FC", "\uFF70", "\u2043", "\u02D7", "\u2796", "\u2E3A");
    private static final List<String> SPACES = List.of(" ", "\t", "\u3000", "\u00A0", "\u2003");

    /** One way to respell the id: what it does, and whether the result must be refused. */
    record Variant(String id, boolean refused, String how) {}

    @Property(tries = 400)
    void everyVariantIsTheSamePatientOrRefusedInMemory(@ForAll("variants") Variant v) {
        check("memory", MEMORY, v);
    }

    @Property(tries = 150)
    void everyVariantIsTheSamePatientOrRefusedOnDynamoDb(@ForAll("variants") Variant v) {
        check("dynamodb", dynamo(), v);
    }

    private static synchronized TrustHarness dynamo() {
        if (dynamo == null) {
            var client = DynamoDbTestServer.get().client();
            dynamo = TrustHarness.dynamo(client, TrustHarness.dynamoTables(client));
        }
        return dynamo;
    }

    private static void check(String store, TrustHarness api, Variant v) {
        String base = base(v);
        String sessionId = RECORDED.computeIfAbsent(store + "|" + base, k -> {
            Response first = api.postSession(sessionBody(base, "2025-06-01", "62321"), "clinic-a");
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            return (String) first.json().get("sessionId");
        });
        Response again = api.postSession(sessionBody(v.id(), "2025-06-01", "62321"), "clinic-a");
        assertThat(again.status()).as("%s: %s", v.how(), again.body()).isEqualTo(v.refused() ? 400 : 200);
        if (v.refused()) {
            assertThat(again.body()).containsPattern("U\\+[0-9A-F]{4,6} at position [0-9]+ ")
                    .doesNotContain(base).doesNotContain(v.id()).doesNotContain(digits(base));
        } else {
            assertThat(again.json().get("sessionId")).as(v.how()).isEqualTo(sessionId);
        }
    }

    private static String base(Variant v) {
        return v.how().substring(v.how().indexOf('[') + 1, v.how().indexOf(']'));
    }

    private static String digits(String base) {
        return base.substring(base.indexOf('-') + 1);
    }

    @Provide
    Arbitrary<Variant> variants() {
        Arbitrary<String> bases = Combinators.combine(Arbitraries.of("MRN", "Mae", "AKO", "xeno"),
                Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(8)).as((p, d) -> p + "-" + d);
        Arbitrary<Integer> seeds = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Integer> kinds = Arbitraries.integers().between(0, 8);
        return Combinators.combine(bases, kinds, seeds, seeds).as(PatientIdVariantsPropertiesTest::variant);
    }

    private static Variant variant(String base, int kind, int seed, int seed2) {
        List<Integer> cps = new ArrayList<>(base.codePoints().boxed().toList());
        int at = seed % (cps.size() + 1);
        int dash = base.indexOf('-');
        String how = switch (kind) {
            case 0 -> "insert " + hex(REFUSED_INSERTS.get(seed2 % REFUSED_INSERTS.size())) + " at " + at;
            case 1 -> "look-alike letter";
            case 2 -> "other digit set";
            case 3 -> "dash " + hex(DASHES.get(seed2 % DASHES.size()));
            case 4 -> "full-width";
            case 5 -> "mathematical bold digits";
            case 6 -> "surrounding spaces";
            case 7 -> "combining mark";
            default -> "dash and full-width and spaces";
        };
        String id;
        boolean refused;
        switch (kind) {
            case 0 -> {
                String insert = REFUSED_INSERTS.get(seed2 % REFUSED_INSERTS.size());
                // inside the id: at either end a no-break space is surrounding white space (trimmed), not refused
                int inside = 1 + seed % (base.length() - 1);
                id = base.substring(0, inside) + insert + base.substring(inside);
                refused = true;
            }
            case 1 -> {
                StringBuilder b = new StringBuilder(base);
                int i = 0;
                while (!CONFUSABLE.containsKey(b.charAt((seed + i) % dash))) {
                    i++;
                }
                int p = (seed + i) % dash;
                id = b.replace(p, p + 1, CONFUSABLE.get(b.charAt(p))).toString();
                refused = true;
            }
            case 2 -> {
                int zero = List.of(0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10 - 0xFF10 + 0x0660).get(seed2 % 5);
                int p = dash + 1 + seed % (base.length() - dash - 1);
                id = base.substring(0, p) + Character.toString(zero + (base.charAt(p) - '0')) + base.substring(p + 1);
                refused = true;
            }
            case 3 -> {
                id = base.substring(0, dash) + DASHES.get(seed2 % DASHES.size()) + base.substring(dash + 1);
                refused = false;
            }
            case 4 -> {
                id = fullWidth(base, seed);
                refused = false;
            }
            case 5 -> {
                StringBuilder b = new StringBuilder(base.substring(0, dash + 1));
                base.substring(dash + 1).chars().forEach(c -> b.appendCodePoint(0x1D7CE + (c - '0')));
                id = b.toString();
                refused = false;
            }
            case 6 -> {
                id = SPACES.get(seed % SPACES.size()) + base + SPACES.get(seed2 % SPACES.size());
                refused = false;
            }
            case 7 -> {
                int p = 1 + seed % (base.length() - 1);
                id = base.substring(0, p) + (seed2 % 2 == 0 ? "\u0301" : "\u0335") + base.substring(p);
                refused = true;
            }
            default -> {
                id = "\u3000" + fullWidth(base.substring(0, dash), seed) + DASHES.get(seed2 % DASHES.size())
                        + fullWidth(base.substring(dash + 1), seed2) + " ";
                refused = false;
            }
        }
        return new Variant(id, refused, how + " [" + base + "]");
    }

    /** Some characters (chosen by the seed's bits) in their full-width form (U+FF01..U+FF5E). */
    private static String fullWidth(String s, int seed) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append((seed >> (i % 31) & 1) == 1 && c > ' ' && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return b.toString();
    }

    private static String hex(String s) {
        return String.format("U+%04X", s.codePointAt(0));
    }
}
