package com.epiduralestimator.lambda;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.adapter.http.ApiHandler;
import com.epiduralestimator.adapter.http.HandlerPriming;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

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
 * Outside SnapStart (a plain JVM, the local server) registration is a no-op and nothing runs. The replay itself
 * (muted log, discarded metrics) is {@link HandlerPriming}'s.
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

    private final Function<Services, ? extends ApiHandler> handler;
    private final String route;
    private final int rounds;

    SnapStartPriming(Function<Services, ? extends ApiHandler> handler, String route, int rounds) {
        this.handler = handler;
        this.route = route;
        this.rounds = rounds;
    }

    /** Called from a function's Lambda constructor: prime that function's route before the snapshot. */
    static void register(Function<Services, ? extends ApiHandler> handler, String route) {
        SnapStartPriming priming = new SnapStartPriming(handler, route, ROUNDS);
        synchronized (REGISTERED) {
            REGISTERED.add(priming);
        }
        Core.getGlobalContext().register(priming);
    }

    /**
     * Runs what {@code beforeCheckpoint} runs, for every registered function: the benchmark uses it to measure warm
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

    /** Runs the route's events through fresh handlers on each priming wiring; the first round's status codes. */
    List<Integer> prime() {
        try (DependencyFactory.Priming priming =
                     DependencyFactory.priming(Config.from(Map.of()), PRIMING_KEY, PRIMING_CLOCK)) {
            List<Supplier<? extends ApiHandler>> handlers = new ArrayList<>();
            for (Services services : priming.services()) {
                handlers.add(() -> handler.apply(services));
            }
            return HandlerPriming.replay(route, rounds, handlers);
        }
    }
}
