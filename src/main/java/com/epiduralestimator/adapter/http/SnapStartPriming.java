package com.epiduralestimator.adapter.http;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.adapter.dynamodb.DynamoFeeSchedule;
import com.epiduralestimator.adapter.dynamodb.DynamoSessionLedger;
import com.epiduralestimator.adapter.memory.InMemoryFeeSchedule;
import com.epiduralestimator.adapter.memory.InMemorySessionLedger;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.cmsdata.BundledSchedule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * SnapStart priming: before Lambda snapshots the initialised function, run its route through the same handler
 * code (event parsing, validation, use case, domain rules, JSON writing, problem+json, the DynamoDB adapter and
 * the SDK's marshalling, signing and unmarshalling), so that the classes are loaded and initialised in the
 * snapshot instead of on the first request after each restore.
 *
 * <p>Nothing of it is kept: priming runs on its own services (an in-memory store seeded from the bundled
 * schedule, and a DynamoDB client whose HTTP client answers from memory, so no network), a fixed clock and a
 * fixed throw-away patient key. The function's real services (its DynamoDB client, fee cache and secret) are
 * never touched, so no time, random value, credential or connection from the priming ends up in the snapshot.
 * Outside SnapStart (a plain JVM, the local server) registration is a no-op and nothing runs.
 */
public final class SnapStartPriming implements Resource {
    /** Strong references: the CRaC context holds its resources weakly. */
    private static final List<SnapStartPriming> REGISTERED = new ArrayList<>();
    private static final Clock PRIMING_CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final byte[] PRIMING_KEY =
            "snapstart-priming-key-protects-nothing-0123456789".getBytes(StandardCharsets.UTF_8);

    /**
     * Each event is replayed this many times: past C1's compile thresholds, so the snapshot holds the hot paths
     * compiled, not only their classes loaded. About a second, once per published version.
     */
    static final int ROUNDS = 250;

    private final Function<Services, ApiHandler> handler;
    private final String route;
    private final int rounds;

    SnapStartPriming(Function<Services, ApiHandler> handler, String route, int rounds) {
        this.handler = handler;
        this.route = route;
        this.rounds = rounds;
    }

    /** Called from a handler's Lambda constructor: prime that handler's route before the snapshot. */
    static void register(Function<Services, ApiHandler> handler, String route) {
        SnapStartPriming priming = new SnapStartPriming(handler, route, ROUNDS);
        synchronized (REGISTERED) {
            REGISTERED.add(priming);
        }
        Core.getGlobalContext().register(priming);
    }

    /**
     * Runs what {@code beforeCheckpoint} runs, for every registered handler: the benchmark uses it to measure warm
     * invocations as they are after a SnapStart restore. Never called by the functions themselves.
     */
    public static void primeRegistered() {
        List<SnapStartPriming> all;
        synchronized (REGISTERED) {
            all = List.copyOf(REGISTERED);
        }
        all.forEach(SnapStartPriming::prime);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: the priming kept no state, and the real services were never used before the snapshot.
    }

    /** Runs the route's events through fresh handlers; returns the status codes of the first round (for tests). */
    List<Integer> prime() {
        Config config = Config.from(Map.of());
        List<Integer> statuses = new ArrayList<>();
        PrintStream log = RequestLog.current();
        RequestLog.redirect(new PrintStream(OutputStream.nullOutputStream()));
        try (DynamoDbClient offline = offlineClient()) {
            List<ScheduleData> bundled = BundledSchedule.loadAll();
            Optional<byte[]> key = Optional.of(PRIMING_KEY);
            // Each store on its own beside an in-memory one, so that a fee the offline table cannot find does
            // not stop the request before it reaches the session ledger.
            List<Services> services = List.of(
                    DependencyFactory.memory(config, bundled, PRIMING_KEY, PRIMING_CLOCK),
                    DependencyFactory.wire(config, new InMemoryFeeSchedule(bundled),
                            new DynamoSessionLedger(offline, "snapstart-priming"), key, PRIMING_CLOCK),
                    DependencyFactory.wire(config, new DynamoFeeSchedule(offline, "snapstart-priming"),
                            new InMemorySessionLedger(), key, PRIMING_CLOCK));
            List<byte[]> events = PrimingEvents.forRoute(route);
            for (int round = 0; round < rounds; round++) {
                for (Services s : services) {
                    ApiHandler h = handler.apply(s);
                    for (byte[] event : events) {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        h.handleRequest(new ByteArrayInputStream(event), out, null);
                        if (round == 0) {
                            statuses.add(statusOf(out.toByteArray()));
                        }
                    }
                }
            }
        } finally {
            RequestLog.redirect(log);
        }
        return statuses;
    }

    private static int statusOf(byte[] response) {
        return Json.parse(response) instanceof Map<?, ?> m && m.get("statusCode") instanceof Number n ? n.intValue() : -1;
    }

    /** A DynamoDB client that never leaves the process: every call is answered from memory. */
    static DynamoDbClient offlineClient() {
        return DynamoDbClient.builder()
                .httpClient(new OfflineHttpClient())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming")))
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .build();
    }

    /** Answers each DynamoDB operation with a well-formed empty result: nothing stored, nothing found. */
    static final class OfflineHttpClient implements SdkHttpClient {
        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
            String body;
            if (target.endsWith(".BatchGetItem")) {
                body = "{\"Responses\":{},\"UnprocessedKeys\":{}}";
            } else if (target.endsWith(".Query")) {
                body = "{\"Items\":[],\"Count\":0,\"ScannedCount\":0}";
            } else {
                body = "{}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() {
                    InputStream in = new ByteArrayInputStream(bytes);
                    return HttpExecuteResponse.builder()
                            .response(SdkHttpResponse.builder().statusCode(200)
                                    .putHeader("Content-Type", "application/x-amz-json-1.0")
                                    .putHeader("Content-Length", Integer.toString(bytes.length))
                                    .build())
                            .responseBody(AbortableInputStream.create(in))
                            .build();
                }

                @Override
                public void abort() {}
            };
        }

        @Override
        public void close() {}
    }
}
