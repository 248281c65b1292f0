package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.http.LambdaHarness.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The estimate cases of the billing-office tests: a body's fields, sessions recorded first, and what the answer must
 * be; each run through the handler on one store, its response held to openapi.yaml and free of the patient id.
 */
final class BillingCases {
    private static final OpenApiSpec SPEC = OpenApiSpec.load(Path.of("openapi.yaml"));

    private BillingCases() {}

    /** One estimate: the body's fields (patientId added), sessions recorded before it, what it must answer. */
    record Case(String name, String fields, List<String> recordedDates, boolean eligible, boolean claimReady,
                String finding, String allowed, String patientPays, String medicareAfterSequestration) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cross(Case... cases) {
        List<Arguments> out = new ArrayList<>();
        StoreHarnesses.stores().forEach(store -> {
            for (Case c : cases) {
                out.add(Arguments.of(store, c));
            }
        });
        return out.stream();
    }

    static JsonNode estimate(String store, Case c) {
        return estimate(store, c, "2025-06-01");
    }

    static JsonNode estimate(String store, Case c, String dateOfService) {
        LambdaHarness lambda = StoreHarnesses.get(store);
        String patient = "BILL-" + UUID.randomUUID();
        for (String recorded : c.recordedDates()) {
            String[] dateCode = recorded.split(":"); // a date, or date:code (62321 by default)
            Response r = lambda.invoke("record", StoreHarnesses.session("{\"patientId\":\"" + patient
                    + "\",\"dateOfService\":\"" + dateCode[0] + "\",\"code\":\""
                    + (dateCode.length > 1 ? dateCode[1] : "62321") + "\"}"));
            assertThat(r.status()).as(r.rawBody()).isEqualTo(201);
        }
        String body = "{\"patientId\":\"" + patient + "\",\"dateOfService\":\"" + dateOfService + "\","
                + (c.fields().contains("imagingGuidance") ? "" : "\"imagingGuidance\":\"fluoroscopy\",")
                + "\"deductibleRemaining\":0," + c.fields() + "}";
        Response r = lambda.invoke(c.name(), StoreHarnesses.estimate(body));
        assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
        assertThat(SPEC.violations(SPEC.responseSchema("POST", "/v1/estimates", 200, r.contentType()), r.body()))
                .as("openapi.yaml describes %s", r.rawBody()).isEmpty();
        assertThat(r.rawBody()).doesNotContain(patient);
        return r.body();
    }

    static void assertPayment(JsonNode b, String allowed, String patientPays, String medicareAfterSequestration) {
        JsonNode p = b.get("payment");
        assertMoney(p.get("allowed"), allowed);
        assertMoney(p.get("patientPays"), patientPays);
        assertMoney(p.get("medicarePaysAfterSequestration"), medicareAfterSequestration);
    }

    static void assertMoney(JsonNode node, String expected) {
        assertThat(node).as("expected %s", expected).isNotNull();
        assertThat(node.isNumber()).as("%s is a JSON number", node).isTrue();
        assertThat(node.decimalValue()).isEqualByComparingTo(new BigDecimal(expected));
    }
}
