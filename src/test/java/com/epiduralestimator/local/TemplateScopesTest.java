package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.http.Scope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue #22: the JWT authorizer checks each route's scope (template.yaml, {@code AuthorizationScopes}), the same one
 * the handler checks ({@link Scope}); a route without scopes would let any token of the audience through.
 */
class TemplateScopesTest {
    @Test
    void everyRouteOfTheTemplateRequiresExactlyTheScopeItsHandlerChecks() throws Exception {
        JsonNode resources = new YAMLMapper().readTree(new File("template.yaml")).get("Resources");
        Map<String, List<String>> inTemplate = new TreeMap<>();
        resources.fields().forEachRemaining(resource -> resource.getValue().at("/Properties/Events").fields()
                .forEachRemaining(e -> {
                    JsonNode p = e.getValue().get("Properties");
                    List<String> scopes = new ArrayList<>();
                    p.at("/Auth/AuthorizationScopes").forEach(s -> scopes.add(s.asText()));
                    assertThat(p.at("/Auth/Authorizer").asText()).as(e.getKey()).isEqualTo("JwtAuth");
                    inTemplate.put(p.get("Method").asText() + " " + p.get("Path").asText(), scopes);
                }));
        Map<String, List<String>> inCode = new TreeMap<>();
        Scope.byRoute().forEach((route, scope) -> inCode.put(route, List.of(scope.value())));
        assertThat(inTemplate).isEqualTo(inCode);
    }
}
