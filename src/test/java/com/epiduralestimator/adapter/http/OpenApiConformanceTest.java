package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.adapter.http.LambdaHarness.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every response the handlers give to the events/ fixtures (and to a few more cases that reach other parts of
 * the schemas) is declared by openapi.yaml for its route, status and content type, and its body validates
 * against the declared schema. Clients are generated from that file: a response it does not describe breaks them.
 */
class OpenApiConformanceTest {
    private static final OpenApiSpec SPEC = OpenApiSpec.load(Path.of("openapi.yaml"));

    private final LambdaHarness lambda = new LambdaHarness();

    private Response conforming(String name, JsonNode event) {
        Response r = lambda.invoke(name, event);
        String method = event.get("requestContext").get("http").get("method").asText();
        String path = event.get("rawPath").asText();
        JsonNode schema = SPEC.responseSchema(method, path, r.status(), r.contentType());
        assertThat(SPEC.violations(schema, r.body()))
                .as("%s: %s %s -> %d %s does not match openapi.yaml:%n%s", name, method, path, r.status(),
                        r.contentType(), r.rawBody())
                .isEmpty();
        return r;
    }

    private Response conforming(String file) {
        return conforming(file, LambdaHarness.event(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.epiduralestimator.adapter.http.LambdaHarness#eventFiles")
    void eachEventResponseMatchesTheSpec(String file) {
        conforming(file);
    }

    @Test
    void replayedSessionAndCappedEstimateMatchTheSpec() {
        for (String date : List.of("2024-07-01", "2024-10-01", "2025-01-15")) {
            conforming("record " + date, LambdaHarness.withBody("sessions-record.json",
                    Map.of("dateOfService", date)));
        }
        assertThat(conforming("sessions-record.json").status()).isEqualTo(201);
        assertThat(conforming("sessions-record.json").status()).isEqualTo(200);
        Response capped = conforming("estimates-contract-example.json");
        assertThat(capped.body().get("frequency").get("nextEligibleDate").asText()).isEqualTo("2025-07-01");
    }

    @Test
    void theSessionHistoryRoutesMatchTheSpec() {
        Response recorded = conforming("sessions-record.json");
        String id = recorded.body().get("sessionId").asText();
        Response conflict = conforming("other lines", LambdaHarness.withBody("sessions-record.json",
                Map.of("code", "64479")));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().get("stored").get("sessionId").asText()).isEqualTo(id);
        ObjectNode correct = LambdaHarness.event("sessions-correct-unknown-id.json");
        correct.put("rawPath", "/v1/sessions/" + id);
        assertThat(conforming("correct", correct).status()).isEqualTo(200);
        ObjectNode voidIt = LambdaHarness.event("sessions-void-unknown-id.json");
        voidIt.put("rawPath", "/v1/sessions/" + id + "/void");
        assertThat(conforming("void", voidIt).status()).isEqualTo(200);
        assertThat(conforming("void again", voidIt).status()).isEqualTo(409);
        Response found = conforming("sessions-search.json");
        assertThat(found.body().get("sessions").get(0).get("history").size()).isEqualTo(3);
        ObjectNode wrongRegion = LambdaHarness.withBody("sessions-correct-unknown-id.json",
                Map.of("lines", List.of(Map.of("code", "62323"))));
        wrongRegion.put("rawPath", "/v1/sessions/" + conforming("sessions-record-lines.json").body()
                .get("sessionId").asText());
        assertThat(conforming("region change", wrongRegion).status()).isEqualTo(200);
        Response withOthers = conforming("other sessions", LambdaHarness.withBody("estimates-contract-example.json",
                Map.of("otherSessions", List.of(Map.of("dateOfService", "2025-01-01", "region", "cervical-thoracic")))));
        assertThat(withOthers.body().get("frequency").get("priorSessionsElsewhere").asInt()).isEqualTo(1);
    }

    @Test
    void aPerMilligramDrugLineMayCarryMoreThan99Units() {
        // J1010 (methylprednisolone acetate, per 1 mg) x120 = 120 mg: 120 × 0.119 (2025Q4 limit) = 14.28
        Response r = conforming("120 mg", LambdaHarness.withBody("estimates-bilateral-sides.json", Map.of(
                "patientId", "MRN-0802", "dateOfService", "2026-03-02", "lines", List.of(Map.of("code", "62321"),
                        Map.of("code", "J1010", "units", 120, "modifiers", List.of("JZ"))))));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
        JsonNode drug = r.body().get("lines").get(1);
        assertThat(drug.get("units").asInt()).isEqualTo(120);
        assertThat(drug.get("allowed").decimalValue()).isEqualByComparingTo("14.28");
        // a procedure line keeps its 99, and a drug line stops at 9999
        Response procedure = conforming("100 procedures", LambdaHarness.withBody("estimates-bilateral-sides.json",
                Map.of("patientId", "MRN-0802", "dateOfService", "2026-03-02", "lines", List.of(
                        Map.of("code", "62321", "units", 100)))));
        assertThat(procedure.status()).isEqualTo(400);
        assertThat(procedure.rawBody()).contains("lines[0].units").contains("between 1 and 99");
        Response tooMuch = conforming("10000 mg", LambdaHarness.withBody("estimates-bilateral-sides.json", Map.of(
                "patientId", "MRN-0802", "dateOfService", "2026-03-02", "lines", List.of(Map.of("code", "62321"),
                        Map.of("code", "J1010", "units", 10000)))));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.rawBody()).contains("lines[1].units").contains("between 1 and 9999");
    }

    @Test
    void anOfficeDrugLineMatchesTheSpec() {
        // issue 19: J3301 x4 at the 2025Q4 ASP limit, 4 × 0.844 = 3.376 → 3.38, with its drug object
        Response r = conforming("office drug", LambdaHarness.withBody("estimates-bilateral-sides.json", Map.of(
                "patientId", "MRN-0801", "dateOfService", "2026-03-02", "lines", List.of(Map.of("code", "62321"),
                        Map.of("code", "99213", "modifiers", List.of("25")),
                        Map.of("code", "J3301", "units", 4, "modifiers", List.of("JZ"))))));
        JsonNode drug = r.body().get("lines").get(2);
        assertThat(drug.get("allowed").decimalValue()).isEqualByComparingTo("3.38");
        assertThat(drug.get("drug").get("paymentLimit").decimalValue()).isEqualByComparingTo("0.844");
        assertThat(drug.get("drug").get("aspQuarter").asText()).isEqualTo("2025Q4");
        ObjectNode broken = (ObjectNode) r.body().deepCopy();
        ((ObjectNode) broken.get("lines").get(2).get("drug")).remove("billingUnit");
        assertThat(SPEC.violations(SPEC.responseSchema("POST", "/v1/estimates", 200, "application/json"), broken))
                .isNotEmpty();
    }

    @Test
    void nonParticipatingEstimateWithoutDeductibleMatchesTheSpec() {
        ObjectNode event = LambdaHarness.withBody("estimates-contract-example.json",
                Map.of("participation", "non-participating"));
        ObjectNode body = (ObjectNode) readBody(event);
        body.remove("deductibleRemaining");
        event.put("body", body.toString());
        Response r = conforming("non-participating", event);
        assertThat(r.body().get("payment").has("limitingCharge")).isTrue();
        assertThat(r.body().get("assumptions")).isNotEmpty();
    }

    @Test
    void otherErrorsMatchTheSpec() {
        ObjectNode badTenant = LambdaHarness.event("estimates-contract-example.json");
        ((ObjectNode) badTenant.at("/requestContext/authorizer/jwt/claims")).put("tenant_id", "clinic a/../b");
        assertThat(conforming("forbidden tenant", badTenant).status()).isEqualTo(403);

        ObjectNode unknownField = LambdaHarness.withBody("sessions-record.json", Map.of("colour", "blue"));
        assertThat(conforming("unknown field", unknownField).status()).isEqualTo(400);

        ObjectNode tooBig = LambdaHarness.withBody("estimates-contract-example.json",
                Map.of("diagnosisCodes", List.of("x".repeat(70_000))));
        assertThat(conforming("body too large", tooBig).status()).isEqualTo(400);
    }

    @Test
    void feeForAnEarlierYearThanTheDateMatchesTheSpec() {
        ObjectNode event = LambdaHarness.event("fees-national.json");
        ((ObjectNode) event.get("queryStringParameters")).put("date", "2026-02-01");
        Response r = conforming("fees 2026", event);
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void storeUnavailableMatchesTheSpec() {
        LambdaHarness down = LambdaHarness.storeUnavailable();
        for (String file : List.of("fees-national.json", "estimates-contract-example.json", "sessions-record.json")) {
            JsonNode event = LambdaHarness.event(file);
            Response r = down.invoke(file, event);
            assertThat(r.status()).isEqualTo(503);
            String method = event.get("requestContext").get("http").get("method").asText();
            JsonNode response = SPEC.document().at("/paths/" + event.get("rawPath").asText().replace("/", "~1")
                    + "/" + method.toLowerCase(java.util.Locale.ROOT) + "/responses/503");
            assertThat(response.isMissingNode()).isFalse();
            assertThat(SPEC.violations(SPEC.responseSchema(method, event.get("rawPath").asText(), 503,
                    r.contentType()), r.body())).isEmpty();
            assertThat(SPEC.document().at("/components/responses/Unavailable/headers/Retry-After").isMissingNode())
                    .isFalse();
            assertThat(r.headers()).containsKey("retry-after");
        }
    }

    /** Issue 20: a Medicare Advantage member's answer is declared, and the check fails on a wrong MA field. */
    @Test
    void aMedicareAdvantageEstimateMatchesTheSpecAndABrokenOneDoesNot() {
        Response office = conforming("estimates-medicare-advantage-office.json");
        Response hospital = conforming("estimates-medicare-advantage-hospital.json");
        ObjectNode qmb = LambdaHarness.withBody("estimates-medicare-advantage-hospital.json",
                Map.of("supplemental", "medicaid-qmb"));
        assertThat(conforming("ma qmb", qmb).body().at("/total/patientOwes").decimalValue()).isZero();
        assertThat(hospital.body().at("/facilityPayment/planPays").isNumber()).isTrue();
        JsonNode schema = SPEC.responseSchema("POST", "/v1/estimates", 200, "application/json");
        ObjectNode good = (ObjectNode) office.body();
        assertThat(good.get("coverageKind").asText()).isEqualTo("medicare-advantage");
        ObjectNode planPaysAsText = good.deepCopy();
        ((ObjectNode) planPaysAsText.get("payment")).put("planPays", "324.04");
        assertThat(SPEC.violations(schema, planPaysAsText)).isNotEmpty();
        ObjectNode otherKind = good.deepCopy();
        otherKind.put("coverageKind", "medigap");
        assertThat(SPEC.violations(schema, otherKind)).isNotEmpty();
        ObjectNode badPlan = good.deepCopy();
        ((ObjectNode) badPlan.get("medicareAdvantage")).put("priorAuthorization", "maybe");
        assertThat(SPEC.violations(schema, badPlan)).isNotEmpty();
        ObjectNode extra = good.deepCopy();
        ((ObjectNode) extra.get("total")).put("medicarePaysPlan", 1);
        assertThat(SPEC.violations(schema, extra)).anyMatch(m -> m.contains("medicarePaysPlan"));
    }

    // ---------------------------------------------------------------- the check itself can fail

    @Test
    void theSpecsOwnFeeExampleConforms() {
        JsonNode media = SPEC.document().at("/paths/~1v1~1fees/get/responses/200/content/application~1json");
        assertThat(SPEC.violations(media.get("schema"), media.get("example"))).isEmpty();
    }

    @Test
    void aBrokenFeeBodyIsRejected() {
        JsonNode schema = SPEC.responseSchema("GET", "/v1/fees", 200, "application/json");
        ObjectNode good = (ObjectNode) lambda.invoke("fees-san-francisco.json").body();
        assertThat(SPEC.violations(schema, good)).isEmpty();

        ObjectNode amountAsText = good.deepCopy();
        amountAsText.put("amount", "329.63");
        assertThat(SPEC.violations(schema, amountAsText)).isNotEmpty();

        ObjectNode nullAmount = good.deepCopy();
        nullAmount.putNull("amount");
        assertThat(SPEC.violations(schema, nullAmount)).as("amount is not nullable").isNotEmpty();

        ObjectNode localityWithoutId = good.deepCopy();
        ((ObjectNode) localityWithoutId.get("locality")).remove("id");
        assertThat(SPEC.violations(schema, localityWithoutId)).isNotEmpty();

        ObjectNode badSource = good.deepCopy();
        badSource.put("source", "regional");
        assertThat(SPEC.violations(schema, badSource)).isNotEmpty();

        ObjectNode nullLocality = good.deepCopy();
        nullLocality.putNull("locality");
        assertThat(SPEC.violations(schema, nullLocality)).as("locality is nullable").isEmpty();
    }

    @Test
    void aBrokenEstimateOrSessionBodyIsRejected() {
        JsonNode estimate = SPEC.responseSchema("POST", "/v1/estimates", 200, "application/json");
        ObjectNode good = (ObjectNode) lambda.invoke("estimates-contract-example.json").body();
        assertThat(SPEC.violations(estimate, good)).isEmpty();

        ObjectNode echoed = good.deepCopy();
        echoed.put("patientId", "MRN-0042");
        assertThat(SPEC.violations(estimate, echoed)).as("no patient id in a response").isNotEmpty();

        ObjectNode badDate = good.deepCopy();
        ((ObjectNode) badDate.get("frequency")).put("windowEnd", "31/05/2025");
        assertThat(SPEC.violations(estimate, badDate)).as("format: date is asserted").isNotEmpty();

        ObjectNode noPayment = good.deepCopy();
        noPayment.remove("payment");
        assertThat(SPEC.violations(estimate, noPayment)).isNotEmpty();

        JsonNode session = SPEC.responseSchema("POST", "/v1/sessions", 201, "application/json");
        ObjectNode recorded = (ObjectNode) lambda.invoke("sessions-record.json").body();
        assertThat(SPEC.violations(session, recorded)).isEmpty();
        recorded.put("recordedAt", "yesterday");
        assertThat(SPEC.violations(session, recorded)).isNotEmpty();

        JsonNode problem = SPEC.responseSchema("POST", "/v1/sessions", 422, "application/problem+json");
        ObjectNode p = (ObjectNode) lambda.invoke("sessions-uncounted-code.json").body();
        assertThat(SPEC.violations(problem, p)).isEmpty();
        p.remove("errors");
        assertThat(SPEC.violations(problem, p)).isNotEmpty();
    }

    @Test
    void anUndeclaredStatusOrContentTypeIsReported() {
        assertThatThrownBy(() -> SPEC.responseSchema("GET", "/v1/fees", 201, "application/json"))
                .isInstanceOf(OpenApiSpec.Undeclared.class);
        assertThatThrownBy(() -> SPEC.responseSchema("GET", "/v1/fees", 400, "application/json"))
                .isInstanceOf(OpenApiSpec.Undeclared.class);
    }

    private static JsonNode readBody(JsonNode event) {
        try {
            return LambdaHarness.JSON.readTree(event.get("body").asText());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
