package com.epiduralestimator.adapter.http;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.message.MapMessage;

/**
 * One structured line per request through log4j2 and the Lambda appender (JSON when AWS_LAMBDA_LOG_FORMAT is
 * JSON): request id, route, status, latency and the rule ids that fired. Nothing from the request body, query or
 * headers is ever logged, and no exception message (it may quote data): patient data stays out of logs.
 *
 * <p>Starting log4j2 costs about 0.5-0.6 s of CPU (measured, docs/trust.md): far too much for a cold start, and
 * on a function with one vCPU a background start during init would still take that CPU from the first request.
 * So log4j2 starts on a background thread only after the first response has been written, and, with SnapStart,
 * during priming, before the snapshot (a restored function logs through it at once). Until it is ready the same
 * fields are written as one JSON line straight to standard output.
 */
final class RequestLog {
    static final String LOGGER_NAME = "com.epiduralestimator.request";
    private static final CompletableFuture<Logger> LOG = new CompletableFuture<>();
    private static volatile PrintStream fallback = System.out;

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static volatile boolean muted;

    private RequestLog() {}

    /** Starts log4j2 on a daemon thread, once; returns at once. */
    static void startInBackground() {
        if (STARTED.compareAndSet(false, true)) {
            Thread starter = new Thread(() -> {
                try {
                    LOG.complete(LogManager.getLogger(LOGGER_NAME));
                } catch (Throwable e) {
                    LOG.completeExceptionally(e);
                }
            }, "log4j2-init");
            starter.setDaemon(true);
            starter.start();
        }
    }

    /** Starts log4j2 if needed and waits until it is up (SnapStart priming, tests). */
    static void awaitLog4j() {
        startInBackground();
        LOG.join();
    }

    /** Silences (or restores) the request log; returns the previous setting. For SnapStart priming. */
    static boolean mute(boolean mute) {
        boolean was = muted;
        muted = mute;
        return was;
    }

    static void request(String route, String requestId, int status, double latencyMs, List<String> rules) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("message", "request");
        fields.put("requestId", requestId == null ? "" : requestId);
        fields.put("route", route);
        fields.put("status", status);
        fields.put("latencyMs", BigDecimal.valueOf(latencyMs).setScale(3, RoundingMode.HALF_UP));
        if (!rules.isEmpty()) {
            fields.put("rules", String.join(",", rules));
        }
        write(status >= 500, fields);
    }

    /** An unexpected failure: the exception's class and stack frames, but not its message (it may quote data). */
    static void failure(String route, String requestId, Throwable e) {
        StringBuilder frames = new StringBuilder();
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frames.length() > 2000) {
                break;
            }
            frames.append(frame).append('\n');
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("message", "unexpected failure");
        fields.put("requestId", requestId == null ? "" : requestId);
        fields.put("route", route);
        fields.put("exception", e.getClass().getName());
        fields.put("stack", frames.toString());
        write(true, fields);
    }

    static void write(boolean error, Map<String, Object> fields) {
        if (muted) {
            return;
        }
        Logger logger = LOG.getNow(null);
        if (logger == null) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("level", error ? "ERROR" : "INFO");
            line.put("logger", LOGGER_NAME);
            line.putAll(fields);
            fallback.println(new String(Json.write(line), StandardCharsets.UTF_8));
            return;
        }
        MapMessage<?, Object> message = new MapMessage<>();
        fields.forEach((k, v) -> message.with(k, v instanceof BigDecimal d ? d.doubleValue() : v));
        if (error) {
            logger.error(message);
        } else {
            logger.info(message);
        }
    }
}
