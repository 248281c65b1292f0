package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.adapter.http.LambdaHarness.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml as client developers' tools read it (issue #12): swagger-parser, the parser inside
 * openapi-generator, accepts it without a message; a duplicate key is an error for it and for our own reader;
 * request enums are named components; no request schema carries a default a generated client would send; and
 * every key a handler returns is declared (the conformance validator treats object schemas as closed).
 */
class OpenApiStrictnessTest {
    private static final Path SPEC_FILE = Path.of("openapi.yaml");
    private static final OpenApiSpec SPEC = OpenApiSpec.load(SPEC_FILE);
    private static final Set<String> REQUEST_SCHEMAS = Set.of("EstimateRequest", "SessionRequest", "LineInput",
            "Documentation", "MedicareAdvantage", "CostSharing");

    private final LambdaHarness lambda = new LambdaHarness();

    private static SwaggerParseResult parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(yaml, null, options);
    }

    @Test
    void swaggerParserReadsTheSpecWithoutAnyMessage() throws Exception {
        SwaggerParseResult result = parse(Files.readString(SPEC_FILE));
        assertThat(result.getMessages()).isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getPaths().get("/v1/fees").getGet().getOperationId()).isEqualTo("getFee");
        assertThat(api.getPaths().get("/v1/estimates").getPost().getOperationId()).isEqualTo("estimate");
        assertThat(api.getPaths().get("/v1/sessions").getPost().getOperationId()).isEqualTo("recordSession");
    }

    @Test
    void aDuplicateKeyIsAnErrorForSwaggerParserAndForOurOwnReader() throws Exception {
        String yaml = Files.readString(SPEC_FILE);
        String duplicated = yaml.replace("        amount:\n", "        pfsAmount:\n          type: number\n"
                + "        amount:\n");
        assertThat(duplicated).isNotEqualTo(yaml);
        assertThat(parse(duplicated).getMessages()).anyMatch(m -> m.contains("Duplicate field pfsAmount"));
        assertThatThrownBy(() -> OpenApiSpec.strictReader().readTree(duplicated))
                .hasMessageContaining("Duplicate field 'pfsAmount'");
    }

    @Test
    void requestEnumsAreNamedComponentsAndRequestsCarryNoDefaults() {
        JsonNode schemas = SPEC.document().at("/components/schemas");
        List<String> inline = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        for (String name : REQUEST_SCHEMAS) {
            walk(schemas.get(name), "#/components/schemas/" + name, inline, defaults);
        }
        for (JsonNode operation : List.of(SPEC.document().at("/paths/~1v1~1fees/get"))) {
            for (JsonNode parameter : operation.get("parameters")) {
                walk(parameter.get("schema"), "parameter " + parameter.get("name").asText(), inline, defaults);
            }
        }
        assertThat(inline).as("inline enums in requests (name them under components/schemas)").isEmpty();
        assertThat(defaults).as("defaults a generated client would send").isEmpty();
        // The named ones are there, each with its values.
        assertThat(schemas.at("/FeeModifier/enum").toString()).isEqualTo("[\"26\",\"TC\",\"53\"]");
        assertThat(schemas.at("/ImagingGuidance/enum").toString()).isEqualTo("[\"fluoroscopy\",\"ct\",\"ultrasound\","
                + "\"none\"]");
        assertThat(schemas.at("/EstimateRequest/properties/participation/$ref").asText())
                .isEqualTo("#/components/schemas/Participation");
    }

    private static void walk(JsonNode node, String where, List<String> inline, List<String> defaults) {
        if (node == null || !node.isObject()) {
            return;
        }
        if (node.has("enum")) {
            inline.add(where);
        }
        if (node.has("default")) {
            defaults.add(where);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isObject()) {
                walk(field.getValue(), where + "/" + field.getKey(), inline, defaults);
            } else if (field.getValue().isArray()) {
                for (JsonNode item : field.getValue()) {
                    walk(item, where + "/" + field.getKey() + "[]", inline, defaults);
                }
            }
        }
    }

    /** The optional request arrays are `nullable` so a generated java client leaves them out: null is absent. */
    @Test
    void nullForAnOptionalRequestArrayIsReadAsAbsentAsTheSpecSays() throws Exception {
        ObjectNode event = LambdaHarness.event("estimates-contract-example.json");
        ObjectNode body = (ObjectNode) LambdaHarness.JSON.readTree(event.get("body").asText());
        body.putNull("modifiers");
        body.putNull("lines");
        body.putNull("diagnosisCodes");
        event.put("body", body.toString());
        Response withNulls = lambda.invoke("nulls", event);
        assertThat(withNulls.status()).as(withNulls.rawBody()).isEqualTo(200);
        Response plain = new LambdaHarness().invoke("estimates-contract-example.json");
        assertThat(withNulls.body().get("payment")).isEqualTo(plain.body().get("payment"));
        ObjectNode session = LambdaHarness.event("sessions-record-lines.json");
        ObjectNode sessionBody = (ObjectNode) LambdaHarness.JSON.readTree(session.get("body").asText());
        sessionBody.putNull("code");
        sessionBody.putNull("units");
        sessionBody.putNull("modifiers");
        session.put("body", sessionBody.toString());
        Response recorded = lambda.invoke("session nulls", session);
        assertThat(recorded.status()).as(recorded.rawBody()).isEqualTo(201);
        for (String array : List.of("modifiers", "lines", "diagnosisCodes")) {
            assertThat(SPEC.document().at("/components/schemas/EstimateRequest/properties/" + array + "/nullable")
                    .asBoolean()).as(array).isTrue();
        }
    }

    /** The fees route returns `assumptions` when an APM price falls back to the year's one factor: declared. */
    @Test
    void everyKeyTheFeesRouteReturnsIsDeclaredIncludingAssumptions() {
        ObjectNode event = LambdaHarness.event("fees-national.json");
        ((ObjectNode) event.get("queryStringParameters")).put("apm", "true");
        Response r = lambda.invoke("fees apm 2025", event);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().has("assumptions")).isTrue();
        JsonNode schema = SPEC.responseSchema("GET", "/v1/fees", 200, "application/json");
        assertThat(SPEC.violations(schema, r.body())).isEmpty();
        for (Iterator<String> keys = r.body().fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            assertThat(SPEC.document().at("/components/schemas/FeeResponse/properties/" + key).isMissingNode())
                    .as("FeeResponse declares %s", key).isFalse();
        }
    }

    @Test
    void aResponseKeyTheSpecDoesNotDeclareIsAViolationAtAnyDepth() {
        JsonNode schema = SPEC.responseSchema("POST", "/v1/estimates", 200, "application/json");
        ObjectNode good = (ObjectNode) lambda.invoke("estimates-contract-example.json").body();
        assertThat(SPEC.violations(schema, good)).isEmpty();
        ObjectNode top = good.deepCopy();
        top.put("surprise", 1);
        assertThat(SPEC.violations(schema, top)).anyMatch(m -> m.contains("surprise"));
        ObjectNode nested = good.deepCopy();
        ((ObjectNode) nested.get("payment")).put("tip", 1);
        assertThat(SPEC.violations(schema, nested)).anyMatch(m -> m.contains("tip"));
    }
}
