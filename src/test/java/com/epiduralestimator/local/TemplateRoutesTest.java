package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TemplateRoutesTest {

    @Test
    void readsEveryFunctionRouteOfTheRepositoryTemplate() throws Exception {
        TemplateRoutes routes;
        try (InputStream in = Files.newInputStream(Path.of("template.yaml"))) {
            routes = TemplateRoutes.parse(in);
        }
        assertThat(routes.routes()).containsExactlyInAnyOrder(
                new TemplateRoutes.Route("FeesFunction", "com.epiduralestimator.lambda.FeesFunction",
                        "GET", "/v1/fees"),
                new TemplateRoutes.Route("FeesFunction", "com.epiduralestimator.lambda.FeesFunction",
                        "GET", "/v1/schedules"),
                new TemplateRoutes.Route("FeesFunction", "com.epiduralestimator.lambda.FeesFunction",
                        "GET", "/v1/facilities"),
                new TemplateRoutes.Route("EstimatesFunction", "com.epiduralestimator.lambda.EstimatesFunction",
                        "POST", "/v1/estimates"),
                new TemplateRoutes.Route("SessionsFunction", "com.epiduralestimator.lambda.SessionsFunction",
                        "POST", "/v1/sessions"),
                new TemplateRoutes.Route("SessionsFunction", "com.epiduralestimator.lambda.SessionsFunction",
                        "POST", "/v1/sessions/search"),
                new TemplateRoutes.Route("SessionsFunction", "com.epiduralestimator.lambda.SessionsFunction",
                        "POST", "/v1/sessions/batch"),
                new TemplateRoutes.Route("SessionsFunction", "com.epiduralestimator.lambda.SessionsFunction",
                        "PUT", "/v1/sessions/{sessionId}"),
                new TemplateRoutes.Route("SessionsFunction", "com.epiduralestimator.lambda.SessionsFunction",
                        "POST", "/v1/sessions/{sessionId}/void"));
        for (TemplateRoutes.Route route : routes.routes()) {
            Class<?> handler = Class.forName(route.handlerClass());
            assertThat(RequestStreamHandler.class).isAssignableFrom(handler);
            assertThat(handler.getConstructor()).isNotNull(); // what the Lambda runtime calls
        }
    }

    @Test
    void aPathParameterMatchesOneNonEmptySegmentAndAnExactPathWinsOverIt() throws Exception {
        TemplateRoutes routes = TemplateRoutes.parse(Files.newInputStream(Path.of("template.yaml")));

        assertThat(routes.match("PUT", "/v1/sessions/s_abc").map(TemplateRoutes.Route::path))
                .contains("/v1/sessions/{sessionId}");
        assertThat(routes.match("POST", "/v1/sessions/s_abc/void").map(TemplateRoutes.Route::path))
                .contains("/v1/sessions/{sessionId}/void");
        assertThat(routes.match("POST", "/v1/sessions/search").map(TemplateRoutes.Route::path))
                .contains("/v1/sessions/search");
        assertThat(routes.match("PUT", "/v1/sessions/")).isEmpty();
        assertThat(routes.match("PUT", "/v1/sessions/a/b")).isEmpty();
        assertThat(routes.match("POST", "/v1/sessions/s_abc")).isEmpty();
    }

    @Test
    void theJarCarriesTheSameTemplate() throws Exception {
        assertThat(TemplateRoutes.fromClasspath()).isEqualTo(
                TemplateRoutes.parse(Files.newInputStream(Path.of("template.yaml"))));
    }

    @Test
    void ignoresNonFunctionResourcesAndQuotedValues() throws Exception {
        String yaml = String.join("\n",
                "Resources:",
                "  Table:",
                "    Type: AWS::DynamoDB::Table",
                "    Properties:",
                "      Path: /not/a/route",
                "  Fn:",
                "    Type: AWS::Serverless::Function",
                "    Properties:",
                "      Handler: \"a.B::handleRequest\"",
                "      Events:",
                "        Get:",
                "          Type: HttpApi",
                "          Properties:",
                "            ApiId: !Ref Api",
                "            Path: '/v1/x'",
                "            Method: get",
                "Outputs:",
                "  Fn:",
                "    Value: x");
        TemplateRoutes routes = TemplateRoutes.parse(new java.io.ByteArrayInputStream(yaml.getBytes()));
        assertThat(routes.routes()).containsExactly(new TemplateRoutes.Route("Fn", "a.B", "GET", "/v1/x"));
    }
}
