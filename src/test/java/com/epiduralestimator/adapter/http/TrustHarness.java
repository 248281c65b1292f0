package com.epiduralestimator.adapter.http;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.dynamodb.DynamoTables;
import com.epiduralestimator.adapter.dynamodb.ScheduleLoader;
import com.epiduralestimator.lambda.FeesFunction;
import com.epiduralestimator.lambda.EstimatesFunction;
import com.epiduralestimator.lambda.SessionsFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Real handlers on real wiring (memory or a DynamoDB-compatible server), driven by API Gateway v2 events. */
final class TrustHarness {
    static final byte[] SECRET = "trust-test-secret-0123456789abcdef-0123456789".getBytes(StandardCharsets.UTF_8);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);

    final FeesHandler fees;
    final EstimatesHandler estimates;
    final SessionsHandler sessions;

    TrustHarness(Services services) {
        fees = FeesFunction.handler(services);
        estimates = EstimatesFunction.handler(services);
        sessions = SessionsFunction.handler(services);
    }

    static TrustHarness memory() {
        return new TrustHarness(DependencyFactory.memory(config("unused", "unused"),
                List.of(TestSchedules.year2025()), SECRET, CLOCK));
    }

    /** In memory, on this session ledger (a test can then look at everything it stores). */
    static TrustHarness memory(com.epiduralestimator.application.SessionLedger ledger) {
        var facilities = new com.epiduralestimator.adapter.memory.InMemoryFacilitySchedule(
                com.epiduralestimator.cmsdata.BundledFacility.loadAll());
        return new TrustHarness(DependencyFactory.wire(config("unused", "unused"),
                new com.epiduralestimator.application.FacilityRatesInCatalog(
                        new com.epiduralestimator.adapter.memory.InMemoryFeeSchedule(List.of(TestSchedules.year2025())),
                        facilities.rateSets()), facilities, ledger, Optional.of(SECRET), CLOCK));
    }

    /** Fresh tables on the shared test server, the fee schedule loaded, handlers on {@code client}. */
    static Tables dynamoTables(DynamoDbClient setupClient) {
        Tables t = new Tables(DynamoDbTestServer.uniqueTableName("trust-fees"),
                DynamoDbTestServer.uniqueTableName("trust-sessions"));
        new DynamoTables(setupClient).createIfAbsent(new DynamoTables.Names(t.fees, t.sessions));
        new ScheduleLoader(setupClient, t.fees).load(TestSchedules.year2025());
        return t;
    }

    /** The same tables again (after a server restart lost them). */
    static void dynamoTablesNamed(DynamoDbClient setupClient, Tables t) {
        new DynamoTables(setupClient).createIfAbsent(new DynamoTables.Names(t.fees, t.sessions));
        new ScheduleLoader(setupClient, t.fees).load(TestSchedules.year2025());
    }

    record Tables(String fees, String sessions) {}

    static TrustHarness dynamo(DynamoDbClient client, Tables tables) {
        Config config = config(tables.fees(), tables.sessions());
        return new TrustHarness(DependencyFactory.dynamo(config, client, Optional.of(SECRET), CLOCK));
    }

    static Config config(String fees, String sessions) {
        // No fee cache: every request reaches the store, so a fault injected there is seen.
        return Config.from(Map.of("FEE_TABLE", fees, "SESSION_TABLE", sessions, "FEE_CACHE_TTL_SECONDS", "0"));
    }

    /** A response as the client sees it. */
    record Response(int status, Map<String, String> headers, String body) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) Json.parse(body);
        }

        boolean isProblem() {
            return "application/problem+json".equals(headers.get("content-type"));
        }
    }

    static Map<String, Object> event(String method, String path, Map<String, String> query, String contentType,
                                     String body, String tenant) {
        Map<String, Object> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("content-type", contentType);
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "user-1");
        claims.put("scope", Scope.all()); // every scope: the scopes themselves are ScopesTest's
        if (tenant != null) {
            claims.put("tenant_id", tenant);
        }
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("method", method);
        http.put("path", path);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("requestId", UUID.randomUUID().toString());
        context.put("http", http);
        context.put("authorizer", Map.of("jwt", Map.of("claims", claims)));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", method + " " + path);
        event.put("rawPath", path);
        event.put("headers", headers);
        if (query != null && !query.isEmpty()) {
            event.put("queryStringParameters", new LinkedHashMap<>(query));
        }
        event.put("requestContext", context);
        if (body != null) {
            event.put("body", body);
        }
        event.put("isBase64Encoded", false);
        return event;
    }

    static Response invoke(ApiHandler handler, Map<String, Object> event) {
        return invokeRaw(handler, Json.write(event));
    }

    static Response invokeRaw(ApiHandler handler, byte[] event) {
        return invokeRaw(handler, event, null);
    }

    /** As Lambda invokes: with a context whose remaining time the handler reads (issue 22's deadline). */
    static Response invoke(ApiHandler handler, Map<String, Object> event, com.amazonaws.services.lambda.runtime.Context c) {
        return invokeRaw(handler, Json.write(event), c);
    }

    @SuppressWarnings("unchecked")
    static Response invokeRaw(ApiHandler handler, byte[] event, com.amazonaws.services.lambda.runtime.Context c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, c);
        Map<String, Object> response = (Map<String, Object>) Json.parse(out.toByteArray());
        Map<String, String> headers = new LinkedHashMap<>();
        ((Map<String, Object>) response.get("headers")).forEach((k, v) -> headers.put(k, String.valueOf(v)));
        return new Response(((java.math.BigDecimal) response.get("statusCode")).intValueExact(), headers,
                (String) response.get("body"));
    }

    Response postEstimate(String body, String tenant) {
        return invoke(estimates, event("POST", "/v1/estimates", null, "application/json", body, tenant));
    }

    Response postSession(String body, String tenant) {
        return invoke(sessions, event("POST", "/v1/sessions", null, "application/json", body, tenant));
    }

    Response getFee(Map<String, String> query, String tenant) {
        return invoke(fees, event("GET", "/v1/fees", query, null, null, tenant));
    }

    static String estimateBody(String patientId, String date, String code) {
        return "{\"patientId\":" + quote(patientId) + ",\"dateOfService\":\"" + date + "\",\"setting\":\"facility\","
                + "\"locality\":\"0111205\",\"code\":\"" + code + "\",\"units\":1,\"modifiers\":[],"
                + "\"imagingGuidance\":\"fluoroscopy\",\"deductibleRemaining\":0}";
    }

    static String sessionBody(String patientId, String date, String code) {
        return "{\"patientId\":" + quote(patientId) + ",\"dateOfService\":\"" + date + "\",\"code\":\"" + code + "\"}";
    }

    static String write(Object value) {
        return new String(Json.write(value), StandardCharsets.UTF_8);
    }

    static String quote(String s) {
        return new String(Json.write(s), StandardCharsets.UTF_8);
    }

    /** The frequency count an estimate answered with. */
    @SuppressWarnings("unchecked")
    static int priorSessions(Response estimate) {
        Map<String, Object> frequency = (Map<String, Object>) estimate.json().get("frequency");
        return ((java.math.BigDecimal) frequency.get("priorSessions")).intValueExact();
    }
}
