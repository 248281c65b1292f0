package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.cmsdata.BundledSchedule;
import com.epiduralestimator.lambda.FeesFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiGatewayEventsTest {

    /** API Gateway never sends these, but a function must still answer a clean 400, never a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "42", "\"text\"", "{\"requestContext\":", "\u0000\u0001garbage"})
    void anEventThatIsNotAnApiGatewayEventIsABadRequest(String event) {
        FeesHandler handler = FeesFunction.handler(DependencyFactory.memory(Config.from(Map.of()),
                BundledSchedule.loadAll(), Config.DEVELOPMENT_PATIENT_KEY, Clock.systemUTC()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        String response = out.toString(StandardCharsets.UTF_8);
        assertThat(response).startsWith("{\"statusCode\":400,").contains("application/problem+json");
    }
}
