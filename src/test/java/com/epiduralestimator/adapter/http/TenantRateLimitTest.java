package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.TrustHarness.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.RateLimitSettings;
import com.epiduralestimator.Services;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.dynamodb.DynamoTables;
import com.epiduralestimator.application.TenantRateLimit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue #22, the per-tenant limit through the handlers, in memory and on DynamoDB: past the tenant's requests of
 * the minute a 429 problem with Retry-After (the seconds to the window's end), other tenants untouched, a refused
 * scope takes nothing; on DynamoDB one UpdateItem per allowance and none on a warm estimate while the environment
 * holds one.
 */
class TenantRateLimitTest {
    private static final String ESTIMATE = estimateBody("MRN-R1", "2025-06-30", "62321");

    @Test
    void inMemoryTheFourthRequestOfAMinuteIsA429WithRetryAfterAndOtherTenantsAreUntouched() {
        Services services = DependencyFactory.memory(config("unused", "unused"),
                List.of(com.epiduralestimator.TestSchedules.year2025()), SECRET, CLOCK);
        TrustHarness api = new TrustHarness(services.withRateLimit(DependencyFactory.memoryRateLimit(3, CLOCK)));
        assertLimitOfThree(api);
    }

    @Test
    void onDynamoDbTheSameLimitHoldsWithOneUpdateItemPerAllowanceAndNoneOnAWarmEstimate() {
        List<String> sent = new CopyOnWriteArrayList<>();
        DynamoDbClient client = DynamoDbTestServer.get().client(new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                sent.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            }
        });
        Tables tables = dynamoTables(client);
        String rate = DynamoDbTestServer.uniqueTableName("rate");
        new DynamoTables(client).createIfAbsent(rate);
        Services wired = DependencyFactory.dynamo(config(tables.fees(), tables.sessions()), client,
                Optional.of(SECRET), CLOCK);
        // An allowance of 1: every request asks the table, as the limit of 3 is exact.
        TrustHarness exact = new TrustHarness(wired.withRateLimit(DependencyFactory.dynamoRateLimit(
                RateLimitSettings.from(Map.of("TENANT_RATE_LIMIT_PER_MINUTE", "3", "TENANT_RATE_LIMIT_ALLOWANCE", "1",
                        "RATE_LIMIT_TABLE", rate)), client, CLOCK)));
        assertLimitOfThree(exact);

        // An allowance of 5 (a limit of 100): the first estimate takes it with one UpdateItem, the next four make
        // only their Query (the fee cache is off in this wiring, so each also reads its fee slice), the sixth asks
        // again. A window that is full answers 429 without asking the table again.
        TenantRateLimit limit = DependencyFactory.dynamoRateLimit(RateLimitSettings.from(Map.of(
                "TENANT_RATE_LIMIT_PER_MINUTE", "100", "TENANT_RATE_LIMIT_ALLOWANCE", "5", "RATE_LIMIT_TABLE", rate)),
                client, CLOCK);
        TrustHarness api = new TrustHarness(wired.withRateLimit(limit));
        for (int i = 1; i <= 6; i++) {
            sent.clear();
            assertThat(api.postEstimate(ESTIMATE, "clinic-d").status()).isEqualTo(200);
            assertThat(sent.stream().filter("UpdateItem"::equals).count()).as("estimate " + i)
                    .isEqualTo(i == 1 || i == 6 ? 1 : 0);
        }
    }

    private static void assertLimitOfThree(TrustHarness api) {
        // A token without the route's scope is refused before the limit: it takes nothing from clinic-a's three.
        Map<String, Object> unscoped = event("POST", "/v1/estimates", null, "application/json", ESTIMATE, "clinic-a");
        ScopesTest.scoped(unscoped, "scope", "fees:read");
        assertThat(invoke(api.estimates, unscoped).status()).isEqualTo(403);
        assertThat(api.postEstimate(ESTIMATE, "clinic-a").status()).isEqualTo(200);
        assertThat(api.postSession(sessionBody("MRN-R1", "2025-06-01", "62321"), "clinic-a").status()).isEqualTo(201);
        assertThat(api.postEstimate(ESTIMATE, "clinic-a").status()).isEqualTo(200);
        for (Response limited : List.of(api.postEstimate(ESTIMATE, "clinic-a"),
                api.postSession(sessionBody("MRN-R1", "2025-06-02", "62321"), "clinic-a"))) {
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.isProblem()).isTrue();
            // The clock stands at 12:00:00: the window ends in 60 s.
            assertThat(limited.headers()).containsEntry("retry-after", "60");
            assertThat(limited.json().get("type").toString()).endsWith("/rate-limited");
            assertThat(limited.body()).doesNotContain("MRN-R1").doesNotContain("clinic-a");
        }
        // Another clinic has its own three.
        assertThat(api.postEstimate(ESTIMATE, "clinic-b").status()).isEqualTo(200);
        // The refused session was not recorded: clinic-b's count is 0, and clinic-a's second date is not on file.
        assertThat(priorSessions(api.postEstimate(ESTIMATE, "clinic-b"))).isZero();
    }
}
