package com.epiduralestimator.adapter.http;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One structured JSON line per request on standard output (CloudWatch Logs in Lambda): request id, route,
 * status, latency. Nothing from the request body or query is ever logged: patient data stays out of logs.
 */
final class RequestLog {
    private static volatile PrintStream out = System.out;

    private RequestLog() {}

    static void redirect(PrintStream stream) {
        out = stream;
    }

    static PrintStream current() {
        return out;
    }

    static void request(String route, String requestId, int status, double latencyMs) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", status >= 500 ? "ERROR" : "INFO");
        line.put("message", "request");
        line.put("requestId", requestId);
        line.put("route", route);
        line.put("status", status);
        line.put("latencyMs", BigDecimal.valueOf(latencyMs).setScale(3, RoundingMode.HALF_UP));
        out.println(new String(Json.write(line), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** An unexpected failure: the exception's class and stack frames, but not its message (it may quote data). */
    static void failure(String route, String requestId, Throwable e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", "ERROR");
        line.put("message", "unexpected failure");
        line.put("requestId", requestId);
        line.put("route", route);
        line.put("exception", e.getClass().getName());
        StringBuilder frames = new StringBuilder();
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frames.length() > 2000) {
                break;
            }
            frames.append(frame).append('\n');
        }
        line.put("stack", frames.toString());
        out.println(new String(Json.write(line), java.nio.charset.StandardCharsets.UTF_8));
    }
}
