package com.epiduralestimator.adapter.http;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * CloudWatch Embedded Metric Format, by hand: one JSON line per metric group on standard output, which Lambda
 * sends to CloudWatch Logs, where the metrics are extracted without a PutMetricData call on the request path.
 * Dimensions are the route and, for not-covered answers, the rule id: values from fixed, code-defined sets, never
 * anything from a request (no patient data can reach a dimension or a property).
 */
public final class Metrics {
    public static final String NAMESPACE = "EpiduralEstimator";
    private static final AtomicBoolean COLD = new AtomicBoolean(true);
    private static volatile PrintStream out = System.out;
    private static final Clock CLOCK = Clock.systemUTC();

    private Metrics() {}

    /** Tests read the lines from here. */
    public static void redirect(PrintStream stream) {
        out = Objects.requireNonNull(stream);
    }

    public enum Unit {
        COUNT("Count"), MILLISECONDS("Milliseconds");

        final String wire;

        Unit(String wire) {
            this.wire = wire;
        }
    }

    /** One metric value. */
    public record Value(String name, Unit unit, double value) {}

    /** True once per process: on its first invocation. */
    static PrintStream current() {
        return out;
    }

    /** After SnapStart priming: the first real invocation is still reported as a cold start. */
    static void resetColdStart() {
        COLD.set(true);
    }

    static boolean firstInvocation() {
        return COLD.getAndSet(false);
    }

    /** Prints one EMF line: the metrics, under the given dimensions (name → value, in order). */
    public static void emit(Map<String, String> dimensions, List<Value> values) {
        if (values.isEmpty()) {
            return;
        }
        out.println(new String(Json.write(document(CLOCK.millis(), dimensions, values)), StandardCharsets.UTF_8));
    }

    static Map<String, Object> document(long timestamp, Map<String, String> dimensions, List<Value> values) {
        List<Object> definitions = new ArrayList<>();
        for (Value v : values) {
            Map<String, Object> definition = new LinkedHashMap<>();
            definition.put("Name", v.name());
            definition.put("Unit", v.unit().wire);
            definitions.add(definition);
        }
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", NAMESPACE);
        directive.put("Dimensions", List.of(List.copyOf(dimensions.keySet())));
        directive.put("Metrics", definitions);
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("Timestamp", timestamp);
        aws.put("CloudWatchMetrics", List.of(directive));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("_aws", aws);
        doc.putAll(dimensions);
        for (Value v : values) {
            double d = v.value();
            doc.put(v.name(), d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d
                    : java.math.BigDecimal.valueOf(d).setScale(3, java.math.RoundingMode.HALF_UP));
        }
        return doc;
    }
}
