package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.BillingCases.assertPayment;
import static com.epiduralestimator.adapter.http.BillingCases.cross;
import static com.epiduralestimator.adapter.http.BillingCases.estimate;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.http.BillingCases.Case;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ADDON-WITHOUT-PRIMARY is a coding error (medicare-rules.md §4): an add-on alone is priced as the claim once fixed,
 * the add-on reported as its first-level code (one level was done), not as the add-on by itself. Through the
 * estimate handler on both stores, CY2026 national non-facility (CF 33.4009), deductible met, date 2026-06-01.
 */
class AddOnWithoutPrimaryEstimateTest {
    @BeforeAll
    static void quiet() {
        RequestLog.mute(true);
    }

    @AfterAll
    static void loud() {
        RequestLog.mute(false);
    }

    static Stream<Arguments> cases() {
        return cross(
                new Case("64484 alone is 64483: (1.85 + 5.91 + 0.17) x 33.4009 = 7.93 x 33.4009 = 264.87;"
                        + " patient 20% = 52.97; Medicare 264.87 - 52.97 = 211.90 x 0.98 = 207.66",
                        "\"code\":\"64484\",\"setting\":\"non-facility\",\"diagnosisCodes\":[\"M54.16\"]",
                        List.of(), true, false, "ADDON-WITHOUT-PRIMARY:coding:error", "264.87", "52.97", "207.66"),
                new Case("64480 alone is 64479: (2.23 + 6.11 + 0.20) x 33.4009 = 8.54 x 33.4009 = 285.24;"
                        + " patient 20% = 57.05; Medicare 285.24 - 57.05 = 228.19 x 0.98 = 223.63",
                        "\"code\":\"64480\",\"setting\":\"non-facility\",\"diagnosisCodes\":[\"M54.12\"]",
                        List.of(), true, false, "ADDON-WITHOUT-PRIMARY:coding:error", "285.24", "57.05", "223.63"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("cases")
    void anAddOnAloneIsPricedAsItsFirstLevelCode(String store, Case c) {
        JsonNode b = estimate(store, c, "2026-06-01");
        assertThat(b.get("eligible").asBoolean()).isEqualTo(c.eligible());
        assertThat(b.get("claimReady").asBoolean()).isEqualTo(c.claimReady());
        assertThat(b.at("/fee/year").asInt()).isEqualTo(2026);
        String addOn = c.fields().contains("64484") ? "64484" : "64480";
        String primary = addOn.equals("64484") ? "64483" : "64479";
        List<String> findings = new ArrayList<>();
        b.get("findings").forEach(f -> findings.add(f.get("code").asText() + ":" + f.get("kind").asText() + ":"
                + f.get("severity").asText()));
        assertThat(findings).contains(c.finding());
        JsonNode finding = null;
        for (JsonNode f : b.get("findings")) {
            if (f.get("code").asText().equals("ADDON-WITHOUT-PRIMARY")) {
                finding = f;
            }
        }
        assertThat(finding.get("message").asText()).contains("first level is reported as " + primary);
        assertThat(b.get("lines")).hasSize(1);
        assertThat(b.at("/lines/0/code").asText()).isEqualTo(primary);
        assertThat(b.get("assumptions").toString())
                .contains("Priced as the claim once its coding errors are fixed: " + primary);
        assertThat(b.toString()).doesNotContain("\"ABN\"");
        assertPayment(b, c.allowed(), c.patientPays(), c.medicareAfterSequestration());
        assertPayment(b.get("total") == null ? b : wrap(b.get("total")), c.allowed(), c.patientPays(),
                c.medicareAfterSequestration());
    }

    private static JsonNode wrap(JsonNode total) {
        com.fasterxml.jackson.databind.node.ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode();
        o.set("payment", total);
        return o;
    }
}
