package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #14, findings 4, 6 and 7, held in template.yaml: the patient functions' environment (the secret) is
 * encrypted with a key only their roles may decrypt, every function has reserved concurrency, and the access log
 * names the tenant and the user. (CloudFormation's short tags read as plain values here: !GetAtt X.Arn is "X.Arn".)
 */
class TemplateTrustTest {
    private static JsonNode resources;
    private static JsonNode template;

    @BeforeAll
    static void read() throws IOException {
        template = new YAMLMapper().readTree(Path.of("template.yaml").toFile());
        resources = template.get("Resources");
    }

    @Test
    void thePatientFunctionsEnvironmentIsEncryptedWithAKeyOnlyTheirRolesDecrypt() {
        for (String function : List.of("EstimatesFunction", "SessionsFunction")) {
            JsonNode props = resources.get(function).get("Properties");
            assertThat(props.path("Environment").path("Variables").has("PATIENT_KEY_SECRET")).isTrue();
            assertThat(props.path("KmsKeyArn").asText()).as(function).isEqualTo("PatientKeyEncryptionKey.Arn");
        }
        assertThat(resources.get("FeesFunction").get("Properties").path("Environment").path("Variables")
                .has("PATIENT_KEY_SECRET")).isFalse();
        JsonNode key = resources.get("PatientKeyEncryptionKey");
        assertThat(key.get("Type").asText()).isEqualTo("AWS::KMS::Key");
        assertThat(key.get("Properties").get("EnableKeyRotation").asBoolean()).isTrue();
        List<JsonNode> statements = new ArrayList<>();
        for (JsonNode s : key.get("Properties").get("KeyPolicy").get("Statement")) {
            // The deployer's optional statement sits in an !If: [condition, statement, AWS::NoValue].
            statements.add(s.isArray() ? s.get(1) : s);
        }
        for (JsonNode s : statements) {
            List<String> actions = texts(s.get("Action"));
            assertThat(actions).as(s.toString()).doesNotContain("kms:*", "kms:Create*", "kms:ReEncrypt*");
            boolean usesSecret = actions.contains("kms:Decrypt") || actions.contains("kms:CreateGrant");
            if (!usesSecret) {
                continue;
            }
            List<String> principals = texts(s.get("Principal").get("AWS"));
            if (s.has("Condition")) {
                // Only the deployer, and only through Lambda.
                assertThat(principals).containsExactly("DeployerRoleArn");
                assertThat(s.get("Condition").get("StringEquals").get("kms:ViaService").asText())
                        .startsWith("lambda.");
            } else {
                assertThat(s.get("Action").asText()).isEqualTo("kms:Decrypt");
                assertThat(principals).containsExactlyInAnyOrder("EstimatesFunctionRole.Arn",
                        "SessionsFunctionRole.Arn");
            }
        }
        // The account root may administer, never decrypt.
        assertThat(statements.stream().filter(s -> s.get("Principal").get("AWS").asText().contains(":root"))
                .flatMap(s -> texts(s.get("Action")).stream()))
                .isNotEmpty().doesNotContain("kms:Decrypt", "kms:CreateGrant");
    }

    @Test
    void everyFunctionHasReservedConcurrencyWithinTheAccountsDefaultPool() {
        int total = 0;
        for (var it = resources.fields(); it.hasNext(); ) {
            var r = it.next();
            if (r.getValue().get("Type").asText().equals("AWS::Serverless::Function")) {
                String parameter = r.getValue().get("Properties").path("ReservedConcurrentExecutions").asText();
                assertThat(parameter).as(r.getKey()).isNotEmpty();
                total += template.get("Parameters").get(parameter).get("Default").asInt();
            }
        }
        // 50 + 100 + 50 = 200 of the default 1,000, leaving far more than the 100 that must stay unreserved.
        assertThat(total).isEqualTo(200);
    }

    @Test
    void theAccessLogNamesTheTenantAndTheUser() {
        String format = resources.get("Api").get("Properties").get("AccessLogSettings").get("Format").asText();
        assertThat(format).contains("\"tenant\":\"$context.authorizer.claims.${TenantClaim}\"",
                "\"sub\":\"$context.authorizer.claims.sub\"");
        // Still no raw path, query or body.
        assertThat(format).doesNotContain("$context.path", "$context.http.path", "querystring", "$input");
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            out.add(node.asText());
        }
        return out;
    }
}
