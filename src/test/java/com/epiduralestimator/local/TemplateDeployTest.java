package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import org.junit.jupiter.api.Test;

/**
 * template.yaml as a deployer meets it (issue #12). CloudFormation's short tags (!Ref, !If) are read as the plain
 * values they tag, which is enough to check the structure; cfn-lint (run by .ci/run) checks the rest.
 */
class TemplateDeployTest {
    private static final JsonNode TEMPLATE = read();

    private static JsonNode read() {
        try {
            return new YAMLMapper().readTree(new File("template.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void corsIsOffByDefaultAndTheAllowedOriginsParameterTurnsItOn() {
        JsonNode parameter = TEMPLATE.at("/Parameters/AllowedOrigins");
        assertThat(parameter.get("Type").asText()).isEqualTo("CommaDelimitedList");
        assertThat(parameter.get("Default").asText()).isEmpty();
        JsonNode cors = TEMPLATE.at("/Resources/Api/Properties/CorsConfiguration");
        // !If [HasAllowedOrigins, {AllowOrigins: !Ref AllowedOrigins, ...}, !Ref AWS::NoValue]
        assertThat(cors.get(0).asText()).isEqualTo("HasAllowedOrigins");
        assertThat(cors.get(1).get("AllowOrigins").asText()).isEqualTo("AllowedOrigins");
        assertThat(cors.get(1).get("AllowMethods").toString()).isEqualTo("[\"GET\",\"POST\",\"PUT\"]");
        assertThat(cors.get(1).get("AllowHeaders").toString()).isEqualTo("[\"authorization\",\"content-type\"]");
        assertThat(cors.get(2).asText()).isEqualTo("AWS::NoValue");
        assertThat(TEMPLATE.at("/Conditions/HasAllowedOrigins").isMissingNode()).isFalse();
        // The local server answers with the same allowance.
        assertThat(LocalCors.ALLOW_METHODS).isEqualTo("GET,POST,PUT");
        assertThat(LocalCors.ALLOW_HEADERS).isEqualTo("authorization,content-type");
        assertThat(cors.get(1).get("MaxAge").asText()).isEqualTo(LocalCors.MAX_AGE);
    }

    @Test
    void tablesSecretAndLogGroupsSurviveTheStacksDeletion() {
        JsonNode resources = TEMPLATE.get("Resources");
        java.util.List<String> kept = new java.util.ArrayList<>();
        resources.fields().forEachRemaining(r -> {
            String type = r.getValue().path("Type").asText();
            if (type.equals("AWS::DynamoDB::Table") || type.equals("AWS::Logs::LogGroup")
                    || type.equals("AWS::SecretsManager::Secret")) {
                assertThat(r.getValue().path("DeletionPolicy").asText()).as(r.getKey()).isEqualTo("Retain");
                assertThat(r.getValue().path("UpdateReplacePolicy").asText()).as(r.getKey()).isEqualTo("Retain");
                kept.add(r.getKey());
            }
        });
        assertThat(kept).contains("FeeTable", "SessionTable", "PatientKeySecret", "ApiAccessLogGroup",
                "FeesLogGroup", "EstimatesLogGroup", "SessionsLogGroup");
        assertThat(TEMPLATE.at("/Outputs/FeeTableName/Value").asText()).isEqualTo("FeeTable");
        assertThat(TEMPLATE.at("/Outputs/SessionTableName/Value").asText()).isEqualTo("SessionTable");
    }

    /**
     * A retained resource outlives its stack: with a fixed physical name (e.g. /aws/apigateway/${AWS::StackName}/access)
     * deleting the stack and deploying it again under the same name fails with "already exists". Each retained
     * resource is named by CloudFormation, or after another resource that CloudFormation names afresh.
     */
    @Test
    void aDeletedStackCanBeDeployedAgainUnderTheSameName() {
        JsonNode resources = TEMPLATE.get("Resources");
        java.util.regex.Pattern reference = java.util.regex.Pattern.compile("\\$\\{([A-Za-z0-9]+)}");
        resources.fields().forEachRemaining(r -> {
            if (!r.getValue().path("DeletionPolicy").asText().equals("Retain")) {
                return;
            }
            r.getValue().path("Properties").fields().forEachRemaining(p -> {
                if (!p.getKey().endsWith("Name") || !p.getValue().isTextual()) {
                    return;
                }
                java.util.regex.Matcher m = reference.matcher(p.getValue().asText());
                boolean namedAfterAGeneratedResource = false;
                while (m.find()) {
                    namedAfterAGeneratedResource |= resources.has(m.group(1));
                }
                assertThat(namedAfterAGeneratedResource).as(r.getKey() + "." + p.getKey() + " = " + p.getValue())
                        .isTrue();
            });
        });
        assertThat(TEMPLATE.at("/Resources/ApiAccessLogGroup/Properties/LogGroupName").isMissingNode()).isTrue();
        assertThat(TEMPLATE.at("/Outputs/ApiAccessLogGroupName/Value").asText()).isEqualTo("ApiAccessLogGroup");
    }

    /** API Gateway always sends isBase64Encoded; an event without it is not one Lambda would receive. */
    @Test
    void everyEventFixtureSaysWhetherItsBodyIsBase64() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("events"))) {
            java.util.List<java.nio.file.Path> events = files.filter(f -> f.toString().endsWith(".json")).toList();
            assertThat(events).hasSizeGreaterThan(10);
            for (java.nio.file.Path event : events) {
                JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(event.toFile());
                assertThat(json.path("isBase64Encoded").isBoolean()).as(event.toString()).isTrue();
            }
        }
    }
}
