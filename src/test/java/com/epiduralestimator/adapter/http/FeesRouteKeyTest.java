package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Fees function serves two routes; its log line, audit and metrics name the one the request matched (the
 * schedules route was logged and counted as GET /v1/fees).
 */
class FeesRouteKeyTest {
    @ParameterizedTest(name = "{0} is logged as {1}")
    @CsvSource({"/v1/fees, GET /v1/fees", "/v1/schedules, GET /v1/schedules"})
    void eachRouteIsNamedAsTheTemplateNamesIt(String path, String routeKey) {
        // routeKey reads only the request: no lookup is made, so no fee schedule is needed
        FeesHandler handler = new FeesHandler(null, "tenant_id", Clock.systemUTC());
        HttpRequest request = new HttpRequest("r-1", "GET", path, Map.of(), Map.of(), "", Map.of(), Set.of());
        assertThat(handler.routeKey(request)).isEqualTo(routeKey);
    }
}
