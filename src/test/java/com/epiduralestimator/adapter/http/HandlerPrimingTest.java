package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.cmsdata.BundledSchedule;
import com.epiduralestimator.lambda.EstimatesFunction;
import com.epiduralestimator.lambda.FeesFunction;
import com.epiduralestimator.lambda.SessionsFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The priming replay runs every route offline and leaves nothing behind that a later invocation could see (on the
 * same throw-away wiring {@code lambda.SnapStartPriming} gives it; that class's own test checks the hook).
 */
class HandlerPrimingTest {
    private static final Clock PRIMING_CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final byte[] PRIMING_KEY = "a-throw-away-priming-key-of-32-bytes-or-more".getBytes(
            StandardCharsets.UTF_8);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T09:00:00Z"), ZoneOffset.UTC);
    private static final byte[] KEY = "a-test-patient-key-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @CsvSource({"GET /v1/fees", "POST /v1/estimates", "POST /v1/sessions"})
    void primesEachRouteWithoutNetworkOrServerErrors(String route) {
        // Given no DynamoDB endpoint at all: the priming's client answers from memory
        // When
        List<Integer> statuses = replay(factory(route), route, 2);

        // Then both stores answered every event, the success paths included, and nothing failed as a 5xx
        assertThat(statuses).hasSize(3 * PrimingEvents.forRoute(route).size());
        assertThat(statuses).allMatch(s -> s < 500);
        assertThat(statuses).anyMatch(s -> s == 200 || s == 201);
        assertThat(statuses).anyMatch(s -> s == 400);
    }

    @Test
    void leavesTheLogAndTheRealServicesAsTheyWere() throws Exception {
        // Given a function's own services, and its answer to a real event before any priming
        Services services = DependencyFactory.memory(Config.from(Map.of()), BundledSchedule.loadAll(), KEY, CLOCK);
        byte[] event = Files.readAllBytes(Path.of("events/estimates-contract-example.json"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        RequestLog.awaitLog4j();
        PrintStream stdout = System.out;
        PrintStream metrics = Metrics.current();
        PrintStream capture = new PrintStream(log, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        Metrics.redirect(capture);
        try {
            String before = invoke(EstimatesFunction.handler(services), event);

            // When priming runs, as it does before the snapshot
            replay(EstimatesFunction::handler, "POST /v1/estimates", 2);

            // Then the priming wrote nothing to the function's log, and the function answers exactly as before
            String after = invoke(EstimatesFunction.handler(services), event);
            assertThat(after).isEqualTo(before);
            // (two real requests: each writes its request line and its two audit lines, before and after the store
            // call (issue 22); priming writes none)
            assertThat(log.toString(StandardCharsets.UTF_8).lines()).noneMatch(l -> l.contains("snapstart-priming"))
                    .filteredOn(l -> !l.contains("CloudWatchMetrics")).hasSize(6)
                    .filteredOn(l -> l.contains("message=\"audit\"")).hasSize(4);
            // and the first real invocation after priming is still counted as the cold start
            List<String> metricLines = log.toString(StandardCharsets.UTF_8).lines()
                    .filter(l -> l.contains("CloudWatchMetrics")).toList();
            assertThat(metricLines.get(metricLines.size() - 1)).contains("\"ColdStart\":1");
        } finally {
            System.setOut(stdout);
            Metrics.redirect(metrics);
        }
    }

    private static String invoke(ApiHandler handler, byte[] event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Integer> replay(Function<Services, ? extends ApiHandler> handler, String route, int rounds) {
        try (DependencyFactory.Priming priming = DependencyFactory.priming(Config.from(Map.of()), PRIMING_KEY,
                PRIMING_CLOCK)) {
            List<Supplier<? extends ApiHandler>> handlers = new ArrayList<>();
            for (Services services : priming.services()) {
                handlers.add(() -> handler.apply(services));
            }
            return HandlerPriming.replay(route, rounds, handlers);
        }
    }

    private static Function<Services, ? extends ApiHandler> factory(String route) {
        return switch (route) {
            case "GET /v1/fees" -> FeesFunction::handler;
            case "POST /v1/estimates" -> EstimatesFunction::handler;
            default -> SessionsFunction::handler;
        };
    }
}
