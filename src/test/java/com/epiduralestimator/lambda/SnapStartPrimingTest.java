package com.epiduralestimator.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import com.epiduralestimator.Services;
import com.epiduralestimator.adapter.http.ApiHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hook the functions register: it primes each function's route on the throw-away priming wiring. */
class SnapStartPrimingTest {

    @ParameterizedTest
    @CsvSource({"GET /v1/fees", "POST /v1/estimates", "POST /v1/sessions"})
    void primesEachFunctionsRouteOnEveryPrimingWiringWithoutNetworkOrServerErrors(String route) {
        // Given no DynamoDB endpoint at all: the priming's client answers from memory
        SnapStartPriming priming = new SnapStartPriming(handler(route), route, 2);

        // When
        List<Integer> statuses = priming.prime();

        // Then the three priming wirings (memory, DynamoDB sessions, DynamoDB fees) each answered the same events,
        // the success paths included, and nothing failed as a 5xx
        assertThat(statuses).isNotEmpty();
        assertThat(statuses.size() % 3).isZero();
        assertThat(statuses).allMatch(s -> s < 500);
        assertThat(statuses).anyMatch(s -> s == 200 || s == 201);
        assertThat(statuses).anyMatch(s -> s == 400);
    }

    private static Function<Services, ? extends ApiHandler> handler(String route) {
        return switch (route) {
            case "GET /v1/fees" -> FeesFunction::handler;
            case "POST /v1/estimates" -> EstimatesFunction::handler;
            default -> SessionsFunction::handler;
        };
    }
}
