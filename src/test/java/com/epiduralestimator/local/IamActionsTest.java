package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.RateLimitSettings;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.dynamodb.DynamoTables;
import com.epiduralestimator.adapter.dynamodb.ScheduleLoader;
import com.epiduralestimator.cmsdata.BundledSchedule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Least privilege, measured: every function of template.yaml runs every events/ fixture of its route (and a replayed
 * session, which reads the stored one) on a real DynamoDB-compatible server, through a client that records each
 * DynamoDB operation and its table. The actions each function's policy grants, per table, must be exactly those:
 * an action no code path calls is a grant to remove, a call without its grant would be AccessDenied in AWS.
 */
class IamActionsTest {
    private static final byte[] KEY = "a-test-patient-key-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void eachFunctionIsGrantedExactlyTheDynamoDbActionsItCalls() throws Exception {
        String fees = DynamoDbTestServer.uniqueTableName("iam-fees");
        String sessions = DynamoDbTestServer.uniqueTableName("iam-sessions");
        String rates = DynamoDbTestServer.uniqueTableName("iam-rates");
        Map<String, String> logicalIds = Map.of(fees, "FeeTable", sessions, "SessionTable", rates, "RateLimitTable");
        Map<String, Set<String>> called = new TreeMap<>();
        String[] current = {null};
        DynamoDbClient client = DynamoDbTestServer.get().client(new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                if (current[0] == null) {
                    return;
                }
                String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
                // A query of an index is granted on the index's ARN (table/index/name), not the table's.
                String index = context.request().getValueForField("IndexName", String.class)
                        .map(name -> "/index/" + name).orElse("");
                for (String table : tables(context.request())) {
                    called.computeIfAbsent(current[0], f -> new TreeSet<>())
                            .add(logicalIds.get(table) + index + " dynamodb:" + operation);
                }
            }
        });
        new DynamoTables(client).createIfAbsent(new DynamoTables.Names(fees, sessions));
        new DynamoTables(client).createIfAbsent(rates);
        BundledSchedule.loadAll().forEach(new ScheduleLoader(client, fees)::load);
        Config config = Config.from(Map.of("FEE_TABLE", fees, "SESSION_TABLE", sessions));
        TemplateRoutes routes = TemplateRoutes.fromClasspath();
        // As deployed: the per-tenant rate limit on (the template's default), an allowance of 1 so that every
        // request of the patient routes counts itself in the rate table.
        LocalFunctions functions = new LocalFunctions(routes,
                DependencyFactory.dynamo(config, client, Optional.of(KEY), Clock.systemUTC()).withRateLimit(
                        DependencyFactory.dynamoRateLimit(RateLimitSettings.from(Map.of(
                                "TENANT_RATE_LIMIT_PER_MINUTE", "100000", "TENANT_RATE_LIMIT_ALLOWANCE", "1",
                                "RATE_LIMIT_TABLE", rates)), client, Clock.systemUTC())));
        List<Path> events;
        try (Stream<Path> files = Files.list(Path.of("events"))) {
            events = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (int round = 0; round < 2; round++) { // the second round replays each session: 200, the stored one
            for (Path event : events) {
                JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(event.toFile());
                String routeKey = json.path("routeKey").asText();
                String function = routes.routes().stream()
                        .filter(r -> (r.method() + " " + r.path()).equals(routeKey))
                        .map(TemplateRoutes.Route::functionId).findFirst().orElseThrow();
                current[0] = function;
                functions.invoke(function, Files.readAllBytes(event), "iam-" + round);
                current[0] = null;
            }
        }
        client.close();

        Map<String, Set<String>> granted = new TreeMap<>();
        JsonNode resources = new YAMLMapper().readTree(new File("template.yaml")).get("Resources");
        for (TemplateRoutes.Route route : routes.routes()) {
            for (JsonNode policy : resources.at("/" + route.functionId() + "/Properties/Policies")) {
                for (JsonNode statement : policy.get("Statement")) {
                    // !GetAtt SessionTable.Arn, or !Sub "${SessionTable.Arn}/index/bySessionId" for an index
                    String table = statement.get("Resource").asText().replace(".Arn", "").replace("${", "")
                            .replace("}", "");
                    for (JsonNode action : statement.get("Action")) {
                        granted.computeIfAbsent(route.functionId(), f -> new TreeSet<>())
                                .add(table + " " + action.asText());
                    }
                }
            }
        }
        assertThat(granted).isEqualTo(called);
        assertThat(called.keySet()).containsExactlyInAnyOrder("FeesFunction", "EstimatesFunction",
                "SessionsFunction");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> tables(SdkRequest request) {
        Set<String> tables = new TreeSet<>();
        request.getValueForField("TableName", String.class).ifPresent(tables::add);
        request.getValueForField("RequestItems", Map.class).ifPresent(items -> tables.addAll(items.keySet()));
        return tables;
    }
}
