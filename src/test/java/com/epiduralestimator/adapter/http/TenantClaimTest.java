package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.TrustHarness.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue #14, finding 3, on both stores: a tenant claim that is not a non-blank string is refused by the handlers
 * invoked directly (a null claim was an NPE 500; a number or true became a tenant), before anything is read.
 */
class TenantClaimTest {
    static Stream<Arguments> stores() {
        DynamoDbClient client = DynamoDbTestServer.get().client();
        return Stream.of(Arguments.of("memory", TrustHarness.memory()),
                Arguments.of("dynamodb", TrustHarness.dynamo(client, TrustHarness.dynamoTables(client))));
    }

    /** An event for {@code route} whose tenant_id claim is the given JSON value (put as is: null, number...). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withTenantClaim(String path, String body, Object claim) {
        Map<String, Object> event = event("POST", path, null, "application/json", body, "placeholder");
        Map<String, Object> context = (Map<String, Object>) event.get("requestContext");
        Map<String, Object> jwt = (Map<String, Object>) ((Map<String, Object>) context.get("authorizer")).get("jwt");
        ((Map<String, Object>) jwt.get("claims")).put("tenant_id", claim);
        return event;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aTenantClaimThatIsNotANonBlankStringIsRefusedOnEveryPatientRoute(String store, TrustHarness api) {
        String session = sessionBody("MRN-9", "2025-06-01", "62321");
        String estimate = estimateBody("MRN-9", "2025-06-30", "62321");
        // JSON null is no claim: 401. A number, a boolean, an array or an object is not a tenant id: 403.
        List<Object[]> cases = List.of(new Object[] {null, 401}, new Object[] {new BigDecimal("42"), 403},
                new Object[] {Boolean.TRUE, 403}, new Object[] {Arrays.asList("clinic-a"), 403},
                new Object[] {Map.of("id", "clinic-a"), 403}, new Object[] {"", 401}, new Object[] {" ", 401});
        for (Object[] c : cases) {
            Response s = invoke(api.sessions, withTenantClaim("/v1/sessions", session, c[0]));
            Response e = invoke(api.estimates, withTenantClaim("/v1/estimates", estimate, c[0]));
            for (Response r : List.of(s, e)) {
                assertThat(r.status()).as(c[0] + ": " + r.body()).isEqualTo(c[1]);
                assertThat(r.isProblem()).isTrue();
            }
        }
        // None of them was taken as a tenant ("null", "42", "true"): the real tenants still start from nothing.
        for (String tenant : List.of("null", "42", "true", "clinic-a")) {
            assertThat(priorSessions(api.postEstimate(estimate, tenant))).as(tenant).isZero();
        }
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aNullClaimOtherThanTheTenantIsNoClaimNotAFailure(String store, TrustHarness api) {
        Map<String, Object> event = withTenantClaim("/v1/sessions", sessionBody("MRN-9", "2025-06-01", "62321"),
                "clinic-a");
        Map<String, Object> claims = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) event.get("requestContext")).get("authorizer")).get("jwt")).get("claims");
        claims.put("sub", null);
        claims.put("email_verified", Boolean.TRUE);
        assertThat(invoke(api.sessions, event).status()).isEqualTo(201);
        // The fees route needs no tenant (fees are shared): a null claim there is no claim, not a 500.
        Map<String, Object> fees = event("GET", "/v1/fees", Map.of("code", "62321", "setting", "facility"), null,
                null, "clinic-a");
        ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                fees.get("requestContext")).get("authorizer")).get("jwt")).get("claims")).put("tenant_id", null);
        assertThat(invoke(api.fees, fees).status()).isEqualTo(200);
    }
}
