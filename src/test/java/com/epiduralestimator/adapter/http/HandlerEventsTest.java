package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.epiduralestimator.adapter.http.LambdaHarness.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The events/ fixtures through the handlers the template names, on the embedded wiring: the README's table of
 * expected outcomes, the contract's example figures, tenancy, idempotent recording, and the privacy rules that
 * hold for every response (no patient id, problem+json without stack traces for every error).
 */
class HandlerEventsTest {
    private static final String PATIENT = "MRN-0042";

    private final LambdaHarness lambda = new LambdaHarness();
    private final List<Response> responses = new ArrayList<>();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private PrintStream stdout;

    @BeforeEach
    void captureLog() {
        RequestLog.awaitLog4j(); // log through the appender, as in Lambda after start-up
        stdout = System.out;
        System.setOut(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    /** Every response any test saw: no patient id in any body or log line, and errors are clean problems. */
    @AfterEach
    void everyResponseKeepsThePatientIdOutAndErrorsAreProblems() {
        System.setOut(stdout);
        assertThat(log.toString(StandardCharsets.UTF_8)).as("request log").doesNotContain(PATIENT);
        for (Response r : responses) {
            assertThat(r.rawBody()).as("%s body", r.event()).doesNotContain(PATIENT);
            if (r.status() >= 400) {
                assertProblem(r);
            } else {
                assertThat(r.contentType()).as("%s content-type", r.event()).isEqualTo("application/json");
            }
        }
    }

    private Response call(String file) {
        Response r = lambda.invoke(file);
        responses.add(r);
        return r;
    }

    private Response call(String name, JsonNode event) {
        Response r = lambda.invoke(name, event);
        responses.add(r);
        return r;
    }

    private static void assertProblem(Response r) {
        assertThat(r.contentType()).as("%s content-type", r.event()).isEqualTo("application/problem+json");
        JsonNode b = r.body();
        assertThat(b.has("type") && b.has("title") && b.has("status") && b.has("detail") && b.has("errors"))
                .as("%s problem members: %s", r.event(), r.rawBody()).isTrue();
        assertThat(b.get("status").asInt()).as("%s status member", r.event()).isEqualTo(r.status());
        assertThat(b.get("errors").isArray()).isTrue();
        assertThat(r.rawBody()).as("%s: no stack trace", r.event())
                .doesNotContain("at com.").doesNotContain("Exception").doesNotContain("\tat ");
    }

    static Stream<Arguments> expectedStatus() {
        return Stream.of(
                Arguments.of("fees-national.json", 200),
                Arguments.of("fees-facility-national.json", 200),
                Arguments.of("fees-san-francisco.json", 200),
                Arguments.of("fees-alabama-facility.json", 200),
                Arguments.of("fees-zip.json", 200),
                Arguments.of("fees-unknown-locality.json", 200),
                Arguments.of("fees-bad-locality.json", 400),
                Arguments.of("fees-missing-code.json", 400),
                Arguments.of("fees-unknown-code.json", 404),
                Arguments.of("estimates-contract-example.json", 200),
                Arguments.of("estimates-no-imaging.json", 200),
                Arguments.of("estimates-region-mismatch.json", 200),
                Arguments.of("estimates-transforaminal-two-levels.json", 200),
                // issue 18: both regions in one request is no longer a 422: the second region's lines are not covered
                Arguments.of("estimates-both-regions.json", 200),
                Arguments.of("estimates-malformed-json.json", 400),
                Arguments.of("estimates-missing-tenant.json", 401),
                Arguments.of("estimates-tenant-b.json", 200),
                Arguments.of("estimates-whole-bill-asc.json", 200),
                Arguments.of("estimates-whole-bill-hospital.json", 200),
                Arguments.of("estimates-unassigned.json", 200),
                Arguments.of("estimates-bilateral-sides.json", 200),
                Arguments.of("estimates-medicare-advantage-office.json", 200),
                Arguments.of("estimates-medicare-advantage-hospital.json", 200),
                Arguments.of("sessions-record.json", 201),
                Arguments.of("sessions-record-lines.json", 201),
                Arguments.of("sessions-uncounted-code.json", 422),
                Arguments.of("sessions-record-other-provider.json", 201),
                Arguments.of("sessions-search.json", 200),
                Arguments.of("sessions-batch.json", 200),
                Arguments.of("sessions-correct-unknown-id.json", 404),
                Arguments.of("sessions-void-unknown-id.json", 404),
                Arguments.of("schedules.json", 200),
                Arguments.of("facilities-search.json", 200),
                Arguments.of("estimates-facility-ccn.json", 200));
    }

    @Test
    void theStatusTableCoversEveryEventFile() {
        assertThat(expectedStatus().map(a -> (String) a.get()[0]).sorted().toList())
                .isEqualTo(LambdaHarness.eventFiles().toList());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("expectedStatus")
    void eachEventGetsItsStatus(String file, int status) {
        Response r = call(file);
        assertThat(r.status()).as(r.rawBody()).isEqualTo(status);
    }

    // ---------------------------------------------------------------- the fixtures' shape

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.epiduralestimator.adapter.http.LambdaHarness#eventFiles")
    void eachEventHasTheShapeLambdaSends(String file) throws IOException {
        APIGatewayV2HTTPEvent event = LambdaHarness.JSON.readValue(LambdaHarness.EVENTS.resolve(file).toFile(),
                APIGatewayV2HTTPEvent.class);
        assertThat(event.getVersion()).isEqualTo("2.0");
        assertThat(event.getRouteKey()).isEqualTo(event.getRequestContext().getRouteKey());
        // The route key names the template's path: {sessionId} where the raw path has an id.
        assertThat(event.getRequestContext().getHttp().getMethod() + " "
                + event.getRawPath().replaceFirst("^/v1/sessions/s_[A-Za-z0-9_-]{22}", "/v1/sessions/{sessionId}"))
                .isEqualTo(event.getRouteKey());
        assertThat(event.getHeaders()).containsKey("authorization");
        Map<String, String> claims = event.getRequestContext().getAuthorizer().getJwt().getClaims();
        if (file.equals("estimates-missing-tenant.json")) {
            assertThat(claims).doesNotContainKey("tenant_id");
        } else {
            assertThat(claims).containsKey("tenant_id");
        }
        if (event.getRouteKey().startsWith("GET")) {
            assertThat(event.getBody()).isNull();
        } else {
            assertThat(event.getBody()).isNotNull();
            assertThat(event.getIsBase64Encoded()).isFalse();
        }
        assertThat(event.getRawQueryString() + (event.getRawPath())).as("patient ids only in bodies")
                .doesNotContain(PATIENT);
    }

    // ---------------------------------------------------------------- fees

    @Test
    void feesNational() {
        JsonNode b = call("fees-national.json").body();
        assertMoney(b.get("amount"), "251.01");
        assertThat(b.get("source").asText()).isEqualTo("national");
        assertThat(b.get("locality").isNull()).isTrue();
        assertThat(b.get("setting").asText()).isEqualTo("non-facility");
        assertThat(b.get("year").asInt()).isEqualTo(2025);
        assertThat(b.get("currency").asText()).isEqualTo("USD");
        assertThat(b.get("findings")).isEmpty();
    }

    @Test
    void feesFacilityNational() {
        JsonNode b = call("fees-facility-national.json").body();
        assertMoney(b.get("amount"), "103.83");
        assertThat(b.get("source").asText()).isEqualTo("national");
        assertThat(b.get("locality").isNull()).isTrue();
    }

    @Test
    void feesSanFranciscoIsTheContractExample() {
        JsonNode b = call("fees-san-francisco.json").body();
        assertThat(b.get("code").asText()).isEqualTo("62321");
        assertThat(b.get("source").asText()).isEqualTo("locality");
        assertThat(b.get("locality").get("id").asText()).isEqualTo("0111205");
        assertMoney(b.get("amount"), "329.63");
        JsonNode d = b.get("breakdown");
        assertMoney(d.get("workRvu"), "1.95");
        assertMoney(d.get("peRvu"), "5.63");
        assertMoney(d.get("mpRvu"), "0.18");
        assertMoney(d.get("workGpci"), "1.088");
        assertMoney(d.get("peGpci"), "1.419");
        assertMoney(d.get("mpGpci"), "0.445");
        assertMoney(d.get("conversionFactor"), "32.3465");
        assertMoney(b.get("limitingCharge"), "360.12");
        assertThat(b.get("findings")).isEmpty();
    }

    @Test
    void feesAlabamaFacility() {
        JsonNode b = call("fees-alabama-facility.json").body();
        assertMoney(b.get("amount"), "96.78");
        assertThat(b.get("locality").get("id").asText()).isEqualTo("1011200");
        assertThat(b.get("setting").asText()).isEqualTo("facility");
    }

    @Test
    void feesByZip() {
        JsonNode b = call("fees-zip.json").body();
        assertThat(b.get("locality").get("id").asText()).isEqualTo("0111205");
        assertThat(b.get("source").asText()).isEqualTo("locality");
        assertMoney(b.get("amount"), "120.79");
    }

    @Test
    void feesUnknownLocalityFallsBackToNationalWithAWarning() {
        JsonNode b = call("fees-unknown-locality.json").body();
        assertThat(b.get("source").asText()).isEqualTo("national");
        assertThat(b.get("locality").isNull()).isTrue();
        assertMoney(b.get("amount"), "251.01");
        assertThat(b.get("findings")).anySatisfy(f -> {
            assertThat(f.get("code").asText()).isEqualTo("FEE-NATIONAL-DEFAULT");
            assertThat(f.get("severity").asText()).isEqualTo("warning");
        });
    }

    @Test
    void feesBadLocalityNamesTheField() {
        Response r = call("fees-bad-locality.json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors")).extracting(e -> e.get("field").asText()).contains("locality");
        assertThat(r.body().get("errors").get(0).get("field").asText()).isEqualTo("locality");
    }

    @Test
    void feesMissingCodeNamesTheField() {
        Response r = call("fees-missing-code.json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").get(0).get("field").asText()).isEqualTo("code");
    }

    @Test
    void feesUnknownCodeIsNotFound() {
        Response r = call("fees-unknown-code.json");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().get("status").asInt()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- estimates

    @Test
    void contractExampleFigures() {
        Response r = call("estimates-contract-example.json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode b = r.body();
        assertThat(b.get("eligible").asBoolean()).isTrue();
        assertThat(b.get("coverage").asText()).isEqualTo("covered");
        JsonNode f = b.get("frequency");
        assertThat(f.get("region").asText()).isEqualTo("cervical-thoracic");
        assertThat(f.get("windowStart").asText()).isEqualTo("2024-06-02");
        assertThat(f.get("windowEnd").asText()).isEqualTo("2025-05-31");
        assertThat(f.get("limit").asInt()).isEqualTo(4);
        assertThat(f.get("priorSessions").asInt()).isZero();
        assertThat(f.get("remainingAfterThis").asInt()).isEqualTo(3);
        assertThat(f.get("nextEligibleDate").isNull()).isTrue();
        JsonNode fee = b.get("fee");
        assertThat(fee.get("year").asInt()).isEqualTo(2025);
        assertThat(fee.get("setting").asText()).isEqualTo("facility");
        assertThat(fee.get("source").asText()).isEqualTo("locality");
        assertThat(fee.get("locality").get("id").asText()).isEqualTo("0111205");
        assertMoney(fee.get("allowed"), "120.79");
        assertContractPayment(b.get("payment"));
    }

    private static void assertContractPayment(JsonNode p) {
        assertMoney(p.get("allowed"), "120.79");
        assertMoney(p.get("deductibleApplied"), "0.00");
        assertMoney(p.get("coinsurance"), "24.16");
        assertMoney(p.get("patientPays"), "24.16");
        assertMoney(p.get("medicarePays"), "96.63");
        assertMoney(p.get("medicarePaysAfterSequestration"), "94.70");
    }

    @Test
    void contractExampleAfterThreeRecordedSessionsIsTheLastAllowedOneThenAFourthCapsIt() {
        for (String date : List.of("2024-07-01", "2024-10-01", "2025-01-15")) {
            Response rec = call("record " + date, LambdaHarness.withBody("sessions-record.json",
                    Map.of("dateOfService", date)));
            assertThat(rec.status()).as(rec.rawBody()).isEqualTo(201);
            assertThat(rec.body().get("dateOfService").asText()).isEqualTo(date);
        }
        JsonNode third = call("estimates-contract-example.json").body();
        assertThat(third.get("eligible").asBoolean()).isTrue();
        assertThat(third.get("coverage").asText()).isEqualTo("covered");
        assertThat(third.get("frequency").get("priorSessions").asInt()).isEqualTo(3);
        assertThat(third.get("frequency").get("remainingAfterThis").asInt()).isZero();
        assertThat(third.get("frequency").get("nextEligibleDate").isNull()).isTrue();
        assertContractPayment(third.get("payment"));

        assertThat(call("sessions-record.json").status()).isEqualTo(201); // 2025-03-01: the fourth in the window
        JsonNode capped = call("estimates-contract-example.json").body();
        assertThat(capped.get("eligible").asBoolean()).isFalse();
        assertThat(capped.get("coverage").asText()).isEqualTo("not-covered");
        assertThat(capped.get("frequency").get("priorSessions").asInt()).isEqualTo(4);
        assertThat(capped.get("frequency").get("remainingAfterThis").asInt()).isZero();
        assertThat(capped.get("frequency").get("nextEligibleDate").asText()).isEqualTo("2025-07-01");
        assertThat(capped.get("findings")).anySatisfy(f -> {
            assertThat(f.get("code").asText()).isEqualTo("FREQ-CAP");
            assertThat(f.get("severity").asText()).isEqualTo("error");
        });
        assertMoney(capped.get("payment").get("medicarePays"), "0");
        assertMoney(capped.get("payment").get("medicarePaysAfterSequestration"), "0");
        assertMoney(capped.get("payment").get("allowed"), "120.79");
    }

    @Test
    void replayedReadmeSessionsMakeTwoPriorSessions() {
        call("sessions-record.json");
        call("sessions-record-lines.json");
        JsonNode f = call("estimates-contract-example.json").body().get("frequency");
        assertThat(f.get("priorSessions").asInt()).isEqualTo(2);
        assertThat(f.get("remainingAfterThis").asInt()).isEqualTo(1);
    }

    @Test
    void noImagingIsNotCovered() {
        JsonNode b = call("estimates-no-imaging.json").body();
        assertNotCoveredFor(b, "IMAGING-REQUIRED");
        assertThat(b.get("claimReady").asBoolean()).isFalse();
        assertThat(b.get("findings")).anySatisfy(f -> {
            assertThat(f.get("code").asText()).isEqualTo("ABN");
            assertThat(f.get("kind").asText()).isEqualTo("payment");
        });
    }

    /**
     * A coding error names the fix and keeps the patient eligible: 62321 declared lumbar is priced as 62323, San
     * Francisco facility: (1.80 x 1.088 + 1.00 x 1.419 + 0.17 x 0.445) x 32.3465 = 111.694 → 111.69; deductible
     * met: coinsurance 20% = 22.338 → 22.34, Medicare 111.69 − 22.34 = 89.35, x 0.98 = 87.563 → 87.56.
     */
    @Test
    void regionMismatchIsACodingErrorPricedAsTheCorrectedCode_62323SfFacility111_69() {
        JsonNode b = call("estimates-region-mismatch.json").body();
        assertThat(b.get("eligible").asBoolean()).isTrue();
        assertThat(b.get("coverage").asText()).isEqualTo("covered");
        assertThat(b.get("claimReady").asBoolean()).isFalse();
        assertThat(b.get("findings")).anySatisfy(f -> {
            assertThat(f.get("code").asText()).isEqualTo("REGION-MISMATCH");
            assertThat(f.get("severity").asText()).isEqualTo("error");
            assertThat(f.get("kind").asText()).isEqualTo("coding");
            assertThat(f.get("message").asText()).contains("62323");
        });
        assertThat(b.get("findings")).noneSatisfy(f -> assertThat(f.get("code").asText()).isEqualTo("ABN"));
        assertThat(b.get("frequency").get("region").asText()).isEqualTo("lumbar-sacral");
        assertThat(b.get("lines").get(0).get("code").asText()).isEqualTo("62323");
        JsonNode p = b.get("payment");
        assertMoney(p.get("allowed"), "111.69");
        assertMoney(p.get("coinsurance"), "22.34");
        assertMoney(p.get("patientPays"), "22.34");
        assertMoney(p.get("medicarePays"), "89.35");
        assertMoney(p.get("medicarePaysAfterSequestration"), "87.56");
        assertThat(b.get("assumptions")).anySatisfy(a -> assertThat(a.asText()).contains("62323 x1"));
    }

    private static void assertNotCoveredFor(JsonNode b, String code) {
        assertThat(b.get("eligible").asBoolean()).isFalse();
        assertThat(b.get("coverage").asText()).isEqualTo("not-covered");
        assertThat(b.get("findings")).anySatisfy(f -> {
            assertThat(f.get("code").asText()).isEqualTo(code);
            assertThat(f.get("severity").asText()).isEqualTo("error");
        });
        assertMoney(b.get("payment").get("medicarePays"), "0");
    }

    @Test
    void transforaminalTwoLevelsPricesBothLinesAddOnAtFullFee() {
        JsonNode b = call("estimates-transforaminal-two-levels.json").body();
        assertThat(b.get("eligible").asBoolean()).as(b.toString()).isTrue();
        assertThat(b.get("frequency").get("region").asText()).isEqualTo("lumbar-sacral");
        assertThat(b.get("fee").get("setting").asText()).isEqualTo("non-facility");
        assertThat(b.get("fee").get("locality").get("id").asText()).isEqualTo("1011200");
        JsonNode lines = b.get("lines");
        assertThat(lines).hasSize(2);
        // Alabama non-facility, CF 32.3465: 64483 (1.90 + 5.24 x 0.869 + 0.16 x 0.575) = 211.73,
        // 64484 (1.00 + 2.20 x 0.869 + 0.08 x 0.575) = 95.67; the add-on is not reduced.
        assertThat(lines.get(0).get("code").asText()).isEqualTo("64483");
        assertMoney(lines.get(0).get("fee"), "211.73");
        assertMoney(lines.get(0).get("allowed"), "211.73");
        assertThat(lines.get(1).get("code").asText()).isEqualTo("64484");
        assertMoney(lines.get(1).get("fee"), "95.67");
        assertMoney(lines.get(1).get("allowed"), "95.67");
        JsonNode p = b.get("payment");
        assertMoney(p.get("allowed"), "307.40");
        assertMoney(b.get("fee").get("allowed"), "307.40");
        assertMoney(p.get("deductibleApplied"), "100.00");
        assertMoney(p.get("coinsurance"), "41.48");
        assertMoney(p.get("patientPays"), "141.48");
        assertMoney(p.get("medicarePays"), "165.92");
        assertMoney(p.get("medicarePaysAfterSequestration"), "162.60");
    }

    @Test
    void bothRegionsCoverTheFirstLinesRegionAndNotTheOthers() {
        // issue 18: was a 422 with no estimate; now the first line's region is the session's and the other
        // region's line is not covered (FREQ-ONE-REGION), priced alone at its own fee in payment.notCovered
        Response r = call("estimates-both-regions.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("eligible").asBoolean()).isTrue();
        assertThat(r.body().at("/lines/0/covered").asBoolean()).isTrue();
        assertThat(r.body().at("/lines/1/covered").asBoolean()).isFalse();
        assertThat(r.body().at("/lines/1/notCoveredBy").asText()).isEqualTo("FREQ-ONE-REGION");
        assertThat(r.body().at("/payment/notCovered").decimalValue())
                .isEqualByComparingTo(r.body().at("/lines/1/allowed").decimalValue());
    }

    @Test
    void malformedJsonIsABadRequest() {
        Response r = call("estimates-malformed-json.json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors")).isNotEmpty();
    }

    @Test
    void missingTenantIsUnauthorized() {
        Response r = call("estimates-missing-tenant.json");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body().get("detail").asText()).contains("tenant_id");
    }

    @Test
    void anotherTenantDoesNotSeeClinicASessions() {
        for (String date : List.of("2024-07-01", "2024-10-01", "2025-01-15")) {
            call("record " + date, LambdaHarness.withBody("sessions-record.json", Map.of("dateOfService", date)));
        }
        call("sessions-record.json");
        call("sessions-record-lines.json");
        assertThat(call("estimates-contract-example.json").body().get("eligible").asBoolean()).isFalse();

        JsonNode b = call("estimates-tenant-b.json").body();
        assertThat(b.get("frequency").get("priorSessions").asInt()).isZero();
        assertThat(b.get("eligible").asBoolean()).isTrue();
    }

    // ---------------------------------------------------------------- sessions

    @Test
    void recordingIsIdempotentAndReplayReturnsTheStoredSession() {
        Response first = call("sessions-record.json");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("created").asBoolean()).isTrue();
        assertThat(first.body().get("region").asText()).isEqualTo("cervical-thoracic");
        assertThat(first.body().get("dateOfService").asText()).isEqualTo("2025-03-01");
        String recordedAt = first.body().get("recordedAt").asText();

        lambda.clock.advance(Duration.ofHours(1));
        Response again = call("sessions-record.json");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("created").asBoolean()).isFalse();
        assertThat(again.body().get("recordedAt").asText()).isEqualTo(recordedAt);
        assertThat(again.body().get("lines")).isEqualTo(first.body().get("lines"));
    }

    @Test
    void recordingTwoTransforaminalLevelsIsOneSession() {
        Response first = call("sessions-record-lines.json");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("region").asText()).isEqualTo("cervical-thoracic");
        assertThat(first.body().get("lines")).extracting(l -> l.get("code").asText())
                .containsExactly("64479", "64480");
        assertThat(call("sessions-record-lines.json").status()).isEqualTo(200);
    }

    @Test
    void uncountedCodeIsUnprocessable() {
        Response r = call("sessions-uncounted-code.json");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body().get("errors")).isNotEmpty();
    }

    @Test
    void aSessionAlreadyRecordedOnTheDateOfServiceIsThisSessionNotAPriorOne() {
        call("on the date", LambdaHarness.withBody("sessions-record.json", Map.of("dateOfService", "2025-06-01")));
        JsonNode f = call("estimates-contract-example.json").body().get("frequency");
        assertThat(f.get("priorSessions").asInt()).isZero();
        assertThat(f.get("remainingAfterThis").asInt()).isEqualTo(3);
    }

    @Test
    void aPatientIdInTheQueryStringIsRefusedWithoutEchoingIt() {
        var event = LambdaHarness.event("fees-national.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("queryStringParameters")).put("patientId",
                PATIENT);
        Response r = call("patientId in URL", event);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").get(0).get("field").asText()).isEqualTo("patientId");
    }

    @Test
    void anUnavailableStoreIs503WithRetryAfterAndNoGuess() {
        LambdaHarness down = LambdaHarness.storeUnavailable();
        for (String file : List.of("fees-national.json", "estimates-contract-example.json", "sessions-record.json")) {
            Response r = down.invoke(file);
            responses.add(r);
            assertThat(r.status()).as(file).isEqualTo(503);
            assertThat(r.headers()).as(file).containsEntry("retry-after", "2");
        }
    }

    private static void assertMoney(JsonNode node, String expected) {
        assertThat(node).as("expected %s", expected).isNotNull();
        assertThat(node.isNumber()).as("%s is a JSON number", node).isTrue();
        assertThat(node.decimalValue()).isEqualByComparingTo(new BigDecimal(expected));
    }
}
