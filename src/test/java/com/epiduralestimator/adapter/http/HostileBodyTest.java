package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.TrustHarness.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue #14, findings 1 and 2, on both stores: bodies any tenant can send that used to be a 500 (numbers whose
 * exponent does not fit an int; member names with equal hash codes after a body of many names), and unknown member
 * names echoed back in a 400 (an MRN used as a key).
 */
class HostileBodyTest {
    static Stream<Arguments> stores() {
        DynamoDbClient client = DynamoDbTestServer.get().client();
        return Stream.of(Arguments.of("memory", TrustHarness.memory()),
                Arguments.of("dynamodb", TrustHarness.dynamo(client, TrustHarness.dynamoTables(client))));
    }

    /** Valid bodies with one number replaced by {@code number}, for both patient routes. */
    private static List<Response> postWith(TrustHarness api, String number) {
        String estimate = estimateBody("MRN-1", "2025-06-30", "62321");
        String session = sessionBody("MRN-1", "2025-06-01", "62321");
        return List.of(
                api.postEstimate(estimate.replace("\"units\":1", "\"units\":" + number), "clinic-a"),
                api.postEstimate(estimate.replace("\"deductibleRemaining\":0", "\"deductibleRemaining\":" + number),
                        "clinic-a"),
                api.postSession(session.replace("}", ",\"units\":" + number + "}"), "clinic-a"),
                api.postSession("{\"patientId\":\"MRN-1\",\"dateOfService\":\"2025-06-01\",\"lines\":[{\"code\":"
                        + "\"62321\",\"units\":" + number + "}]}", "clinic-a"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void numbersWhoseExponentDoesNotFitAnIntAre400s(String store, TrustHarness api) {
        // The first two overflow BigDecimal's int scale while parsing; the others parse (scale -2147483647) but
        // overflowed later, in stripTrailingZeros (100e2147483647 would need scale -2147483649).
        for (String number : List.of("1e-2147483648", "1e9999999999", "-1E+99999999999999", "0e-2147483649",
                "100e2147483647", "1e2147483647", "1e-2147483647", "12345e-2147483600")) {
            for (Response r : postWith(api, number)) {
                assertThat(r.status()).as(number + ": " + r.body()).isEqualTo(400);
                assertThat(r.isProblem()).isTrue();
                assertThat(r.body()).doesNotContain("2147483", "9999999999", "Exception", "java.");
            }
        }
        // Nothing was stored on the way: the same session is still a first record.
        assertThat(api.postSession(sessionBody("MRN-1", "2025-06-01", "62321"), "clinic-a").status()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void memberNamesWithEqualHashCodesAfterManyNamesAre400sAndLeaveTheParserSound(String store, TrustHarness api) {
        String many = manyNames(3_000);
        String colliding = collidingNames(60_000);
        assertThat(colliding.length()).isBetween(50_000, ApiGatewayEvents.MAX_BODY_BYTES);
        for (int round = 0; round < 3; round++) {
            for (String body : List.of(many, colliding)) {
                Response e = api.postEstimate(body, "clinic-a");
                Response s = api.postSession(body, "clinic-a");
                assertThat(e.status()).as(e.body()).isEqualTo(400);
                assertThat(s.status()).as(s.body()).isEqualTo(400);
            }
        }
        // The parser is still sound for everyone after the attack.
        assertThat(api.postSession(sessionBody("MRN-2", "2025-06-01", "62321"), "clinic-b").status()).isEqualTo(201);
        assertThat(priorSessions(api.postEstimate(estimateBody("MRN-2", "2025-06-30", "62321"), "clinic-b")))
                .isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void unknownMemberNamesAreNeverEchoed(String store, TrustHarness api) {
        String mrnAsKey = "{\"patientId\":\"MRN-1\",\"dateOfService\":\"2025-06-01\",\"code\":\"62321\","
                + "\"A1234567\":true,\"dateOfServce\":\"2025-06-01\"}";
        for (Response r : List.of(api.postSession(mrnAsKey, "clinic-a"),
                api.postEstimate(estimateBody("MRN-1", "2025-06-30", "62321").replace("{", "{\"A1234567\":1,"),
                        "clinic-a"),
                api.postEstimate(estimateBody("MRN-1", "2025-06-30", "62321")
                        .replace("}", ",\"documentation\":{\"A1234567\":1}}"), "clinic-a"),
                api.getFee(Map.of("code", "62321", "setting", "facility", "A1234567", "x"), "clinic-a"))) {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).doesNotContain("A1234567").doesNotContain("dateOfServce")
                    .containsPattern("(1 member is not a field|members are not fields) of this request");
        }
        // A duplicate member is named neither.
        Response dup = api.postSession("{\"A1234567\":1,\"A1234567\":2}", "clinic-a");
        assertThat(dup.status()).isEqualTo(400);
        assertThat(dup.body()).doesNotContain("A1234567");
    }

    /**
     * Jackson's shared name table is per class loader, so only a fresh JVM shows what a new execution
     * environment does when the colliding body is its first: the table is left broken and the next body with a
     * few dozen names was a 500 ("Internal error on SymbolTable.rehash()").
     */
    @org.junit.jupiter.api.Test
    void aFreshExecutionEnvironmentWhoseFirstBodyCollidesStaysSound() throws Exception {
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                FreshEnvironment.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("statuses: 400 400 400 400 201");
    }

    /** Run in its own JVM by the test above: prints the statuses of its five requests. */
    static final class FreshEnvironment {
        public static void main(String[] args) {
            TrustHarness api = TrustHarness.memory();
            StringBuilder statuses = new StringBuilder("statuses:");
            for (Response r : List.of(api.postSession(collidingNames(60_000), "clinic-a"),
                    api.postSession(manyNames(50), "clinic-a"),
                    api.postEstimate(manyNames(3_000), "clinic-a"),
                    api.postEstimate(collidingNames(60_000), "clinic-a"),
                    api.postSession(sessionBody("MRN-3", "2025-06-01", "62321"), "clinic-a"))) {
                statuses.append(' ').append(r.status());
            }
            System.out.println(statuses);
        }
    }

    /** {@code {"f0":1,"f1":1,...}}: grows a shared symbol table, if there is one. */
    static String manyNames(int n) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":1");
        }
        return b.append('}').toString();
    }

    /**
     * Distinct names of one length built from the blocks "Aa" and "B@" (65*33+97 = 66*33+64 = 2242: equal under
     * Jackson's char-name hash, multiplier 33, whatever its seed) and "Aa"/"BB" (equal under String.hashCode,
     * multiplier 31), up to {@code limit} characters of body.
     */
    static String collidingNames(int limit) {
        StringBuilder b = new StringBuilder("{");
        String[][] blockSets = {{"Aa", "B@"}, {"Aa", "BB"}};
        int n = 0;
        for (String[] blocks : blockSets) {
            for (int m = 0; m < 1 << 12 && b.length() < limit / 2 * (blocks == blockSets[0] ? 1 : 2); m++) {
                StringBuilder name = new StringBuilder(blocks == blockSets[0] ? "" : "x");
                for (int j = 0; j < 12; j++) {
                    name.append(blocks[(m >> j) & 1]);
                }
                b.append(n++ == 0 ? "" : ",").append('"').append(name).append("\":1");
            }
        }
        return b.append('}').toString();
    }
}
