package com.epiduralestimator.adapter.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The replay half of SnapStart priming: runs a route's {@link PrimingEvents} through handlers the caller built
 * (event parsing, validation, use case, domain rules, JSON writing, problem+json, and whatever store adapter the
 * handlers were wired on), with the request log muted and metrics discarded, and leaves the cold-start flag as it
 * found it. Which services the handlers run on, and when (the CRaC hook), is the entry point's business: see
 * {@code com.epiduralestimator.lambda.SnapStartPriming}. This class knows nothing of wiring.
 */
public final class HandlerPriming {
    private HandlerPriming() {}

    /**
     * Each route's events through a fresh handler from every factory, {@code rounds} times; returns the status
     * codes of the first round (for tests).
     */
    public static List<Integer> replay(String route, int rounds, List<Supplier<? extends ApiHandler>> handlers) {
        List<Integer> statuses = new ArrayList<>();
        RequestLog.awaitLog4j(); // in the snapshot: a restored function logs through log4j2 at once
        boolean wasMuted = RequestLog.mute(true);
        PrintStream metrics = Metrics.current();
        Metrics.redirect(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
        try {
            List<byte[]> events = PrimingEvents.forRoute(route);
            for (int round = 0; round < rounds; round++) {
                for (Supplier<? extends ApiHandler> handler : handlers) {
                    ApiHandler h = handler.get();
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
            RequestLog.mute(wasMuted);
            Metrics.redirect(metrics);
            Metrics.resetColdStart();
        }
        return statuses;
    }

    private static int statusOf(byte[] response) {
        return Json.parse(response) instanceof Map<?, ?> m && m.get("statusCode") instanceof Number n ? n.intValue() : -1;
    }
}
