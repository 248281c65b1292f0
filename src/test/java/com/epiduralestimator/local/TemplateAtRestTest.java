package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #22, the template: who may read the patient-key secret, the customer-managed keys of the data at rest, the
 * store alarm's routes, the rate limit's defaults and the CORS origins. cfn-lint checks the syntax; this the intent.
 */
class TemplateAtRestTest {
    private static JsonNode template;
    private static JsonNode resources;

    @BeforeAll
    static void read() throws Exception {
        template = new YAMLMapper().readTree(Path.of("template.yaml").toFile());
        resources = template.get("Resources");
    }

    @Test
    void onlyThePatientRolesAndTheNamedDeployerMayReadTheSecretAndItHasItsOwnKey() {
        JsonNode policy = resources.get("PatientKeySecretPolicy").get("Properties");
        assertThat(policy.get("SecretId").asText()).isEqualTo("PatientKeySecret");
        assertThat(policy.get("BlockPublicPolicy").asBoolean()).isTrue();
        JsonNode deny = policy.at("/ResourcePolicy/Statement/0");
        assertThat(deny.get("Effect").asText()).isEqualTo("Deny");
        assertThat(deny.get("Principal").asText()).isEqualTo("*");
        assertThat(deny.get("Action").asText()).isEqualTo("secretsmanager:GetSecretValue");
        assertThat(texts(deny.at("/Condition/StringNotEquals/aws:PrincipalArn"))).containsExactlyInAnyOrder(
                "EstimatesFunctionRole.Arn", "SessionsFunctionRole.Arn", "DeployerRoleArn");
        // The deployer is named: a required parameter (no default), an IAM role ARN.
        JsonNode deployer = template.at("/Parameters/DeployerRoleArn");
        assertThat(deployer.has("Default")).isFalse();
        assertThat("arn:aws:iam::123456789012:role/deploy").matches(deployer.get("AllowedPattern").asText());
        assertThat("*").doesNotMatch(deployer.get("AllowedPattern").asText());

        assertThat(resources.at("/PatientKeySecret/Properties/KmsKeyId").asText()).isEqualTo("PatientKeySecretKey.Arn");
        JsonNode key = resources.get("PatientKeySecretKey").get("Properties");
        assertThat(key.get("EnableKeyRotation").asBoolean()).isTrue();
        for (JsonNode s : key.at("/KeyPolicy/Statement")) {
            List<String> actions = texts(s.get("Action"));
            List<String> principals = texts(s.at("/Principal/AWS"));
            if (principals.stream().anyMatch(p -> p.contains(":root"))) {
                assertThat(actions).doesNotContain("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey",
                        "kms:CreateGrant");
            } else {
                // Every use of the key is through Secrets Manager, by the deployer or the two roles.
                assertThat(s.at("/Condition/StringEquals/kms:ViaService").asText()).startsWith("secretsmanager.");
                assertThat(principals).isSubsetOf("DeployerRoleArn", "EstimatesFunctionRole.Arn",
                        "SessionsFunctionRole.Arn");
            }
        }
    }

    @Test
    void theSessionTableAndEveryLogGroupAreOnTheCustomerManagedDataKey() {
        JsonNode sse = resources.at("/SessionTable/Properties/SSESpecification");
        assertThat(sse.get("SSEType").asText()).isEqualTo("KMS");
        assertThat(sse.get("KMSMasterKeyId").asText()).isEqualTo("DataKey.Arn");
        List<String> logGroups = new ArrayList<>();
        resources.fields().forEachRemaining(r -> {
            if (r.getValue().get("Type").asText().equals("AWS::Logs::LogGroup")) {
                logGroups.add(r.getKey());
                assertThat(r.getValue().at("/Properties/KmsKeyId").asText()).as(r.getKey()).isEqualTo("DataKey.Arn");
            }
        });
        assertThat(logGroups).containsExactlyInAnyOrder("ApiAccessLogGroup", "FeesLogGroup", "EstimatesLogGroup",
                "SessionsLogGroup");
        JsonNode key = resources.get("DataKey").get("Properties");
        assertThat(key.get("EnableKeyRotation").asBoolean()).isTrue();
        List<String> services = new ArrayList<>();
        for (JsonNode s : key.at("/KeyPolicy/Statement")) {
            services.addAll(texts(s.at("/Principal/Service")));
            if (texts(s.at("/Principal/AWS")).contains("*")) {
                // Anyone in the account, but only through DynamoDB: IAM's grants on the table decide.
                assertThat(s.at("/Condition/StringEquals/kms:ViaService").asText()).startsWith("dynamodb.");
                assertThat(s.at("/Condition/StringEquals/kms:CallerAccount").asText()).isEqualTo("AWS::AccountId");
            }
        }
        assertThat(services).contains("logs.${AWS::Region}.amazonaws.com");
    }

    @Test
    void theStoreErrorsAlarmCoversEveryRouteThatReachesTheStore() {
        List<String> routes = new ArrayList<>();
        JsonNode metrics = resources.at("/StoreErrorsAlarm/Properties/Metrics");
        String expression = "";
        for (JsonNode m : metrics) {
            if (m.has("MetricStat")) {
                assertThat(m.at("/MetricStat/Metric/MetricName").asText()).isEqualTo("DynamoDbError");
                routes.add(m.at("/MetricStat/Metric/Dimensions/0/Value").asText());
                assertThat(metrics.toString()).contains(m.get("Id").asText());
            } else {
                expression = m.get("Expression").asText();
            }
        }
        assertThat(routes).containsExactlyInAnyOrderElementsOf(
                com.epiduralestimator.adapter.http.Scope.byRoute().keySet());
        for (JsonNode m : metrics) {
            if (m.has("MetricStat")) {
                assertThat(expression).contains("FILL(" + m.get("Id").asText() + ", 0)");
            }
        }
    }

    @Test
    void theRateLimitIsOnByDefaultAndThePatientFunctionsMayCountInTheirTable() {
        assertThat(template.at("/Parameters/TenantRateLimitPerMinute/Default").asInt()).isPositive();
        for (String function : List.of("EstimatesFunction", "SessionsFunction")) {
            JsonNode env = resources.at("/" + function + "/Properties/Environment/Variables");
            assertThat(env.get("TENANT_RATE_LIMIT_PER_MINUTE").asText()).isEqualTo("TenantRateLimitPerMinute");
            assertThat(env.get("TENANT_RATE_LIMIT_ALLOWANCE").asText()).isEqualTo("TenantRateLimitAllowance");
            assertThat(env.get("RATE_LIMIT_TABLE").asText()).isEqualTo("RateLimitTable");
        }
    }

    @Test
    void allowedOriginsRefusesAWildcard() {
        JsonNode parameter = template.at("/Parameters/AllowedOrigins");
        Pattern each = Pattern.compile(parameter.get("AllowedPattern").asText());
        assertThat(each.matcher("").matches()).isTrue(); // the default: no CORS
        assertThat(each.matcher("https://estimates.clinic.example").matches()).isTrue();
        assertThat(each.matcher("http://localhost:8080").matches()).isTrue();
        for (String bad : List.of("*", "https://*.clinic.example", "https://a.example/*", "null", "https://a.example/")) {
            assertThat(each.matcher(bad).matches()).as(bad).isFalse();
        }
        JsonNode assertion = template.at("/Rules/NoWildcardOrigin/Assertions/0/Assert");
        assertThat(assertion.toString()).contains("AllowedOrigins").contains("\"*\"");
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isMissingNode()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            out.add(node.asText());
        }
        return out;
    }
}
