package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The EMF lines: the shape CloudWatch extracts metrics from, and what one request emits. */
class MetricsTest {

    @Test
    @SuppressWarnings("unchecked")
    void aLineIsEmbeddedMetricFormat() {
        Map<String, String> dims = new LinkedHashMap<>();
        dims.put("Route", "POST /v1/estimates");
        dims.put("Rule", "FREQ-CAP");
        Map<String, Object> doc = Metrics.document(1_750_000_000_000L, dims,
                List.of(new Metrics.Value("NotCovered", Metrics.Unit.COUNT, 1),
                        new Metrics.Value("DynamoDbLatency", Metrics.Unit.MILLISECONDS, 12.3456)));

        String json = new String(Json.write(doc), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"_aws\":{\"Timestamp\":1750000000000,\"CloudWatchMetrics\":[{\"Namespace\":"
                + "\"EpiduralEstimator\",\"Dimensions\":[[\"Route\",\"Rule\"]],\"Metrics\":[{\"Name\":\"NotCovered\","
                + "\"Unit\":\"Count\"},{\"Name\":\"DynamoDbLatency\",\"Unit\":\"Milliseconds\"}]}]},"
                + "\"Route\":\"POST /v1/estimates\",\"Rule\":\"FREQ-CAP\",\"NotCovered\":1,\"DynamoDbLatency\":12.346}");
    }

    @Test
    void aNotCoveredEstimateEmitsItsRuleAndTheEstimateCount() {
        TrustHarness api = TrustHarness.memory();
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        Metrics.redirect(new PrintStream(lines, true, StandardCharsets.UTF_8));
        try {
            String body = TrustHarness.estimateBody("MRN-M", "2025-06-30", "62321")
                    .replace("\"locality\":\"0111205\"", "\"locality\":\"9999999\"")
                    .replace("}", ",\"region\":\"lumbar\"}");
            assertThat(api.postEstimate(body, "clinic-a").status()).isEqualTo(200);
        } finally {
            Metrics.redirect(System.out);
        }
        String out = lines.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("\"EstimateCount\":1", "\"NationalFallback\":1", "\"NotCovered\":1",
                "\"Dimensions\":[[\"Route\",\"Rule\"]]", "\"Route\":\"POST /v1/estimates\"");
        assertThat(out.lines()).allSatisfy(line -> assertThat(line).startsWith("{\"_aws\":{\"Timestamp\":"));
        assertThat(out).doesNotContain("MRN-M");
    }
}
