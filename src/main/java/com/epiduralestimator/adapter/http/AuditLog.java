package com.epiduralestimator.adapter.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail HIPAA's audit controls ask for: who read or wrote whose session history. A request that reaches
 * the session store writes its line BEFORE the store call it describes ({@code phase: "before"}: a function that
 * times out or fails mid-call still leaves it), and one after it with the status ({@code phase: "after"}). Each
 * names the tenant, the user (the verified token's {@code sub}, escaped), the action, the route, the
 * {@code sessionId} where the request names one, and {@code patientKeys}: every partition key read or written,
 * HMAC(secret, tenant, patient id), space-separated. An auditor can match them against the session table, but
 * neither reveals the patient id. Written through the request log (log4j2's Lambda appender, JSON in Lambda),
 * with {@code "message": "audit"}.
 */
final class AuditLog {
    /**
     * What a handler is about to do with patients' sessions.
     *
     * @param sessionId   the session the request names, "" when none
     * @param patientKeys every partition key it reads or writes (HMACs), empty when not known before the call
     * @param processed   for a batch: how many items it got to (-1 when not a batch)
     */
    record Entry(String action, String tenant, String user, String sessionId, List<String> patientKeys,
                 int processed) {
        Entry {
            patientKeys = List.copyOf(patientKeys);
        }

        /** One patient's keys (space-separated when several), no session id. */
        Entry(String action, String tenant, String user, String patientKeys) {
            this(action, tenant, user, "", patientKeys.isEmpty() ? List.of() : List.of(patientKeys.split(" ")), -1);
        }

        Entry withKeys(List<String> keys) {
            return new Entry(action, tenant, user, sessionId, keys, processed);
        }

        Entry withProcessed(int count) {
            return new Entry(action, tenant, user, sessionId, patientKeys, count);
        }
    }

    static final String READ_SESSIONS = "read-sessions";
    static final String RECORD_SESSION = "record-session";

    private AuditLog() {}

    /** The line written before the store call. */
    static void before(String route, String requestId, Entry entry) {
        RequestLog.write(false, fields("before", route, requestId, entry, null));
    }

    /** The line written once the request is answered. */
    static void write(String route, String requestId, Entry entry, int status) {
        RequestLog.write(false, fields("after", route, requestId, entry, status));
    }

    private static Map<String, Object> fields(String phase, String route, String requestId, Entry entry,
                                              Integer status) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("message", "audit");
        fields.put("phase", phase);
        fields.put("requestId", requestId == null ? "" : escaped(requestId));
        fields.put("tenant", entry.tenant());
        fields.put("user", escaped(entry.user()));
        fields.put("action", entry.action());
        fields.put("route", route);
        if (status != null) {
            fields.put("status", status);
        }
        fields.put("sessionId", entry.sessionId());
        fields.put("patientKeys", String.join(" ", entry.patientKeys()));
        if (entry.processed() >= 0) {
            fields.put("processed", entry.processed());
        }
        return fields;
    }

    /**
     * A caller's text made safe for any log layout: quotes, backslashes, control and line-breaking characters
     * become {@code \\uXXXX}, so a {@code sub} with a newline or a quote cannot end its line or forge a field.
     */
    static String escaped(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unsafe = c < 0x20 || c == '"' || c == '\\' || c >= 0x7F && c <= 0x9F || c == '\u2028'
                    || c == '\u2029';
            if (unsafe && out == null) {
                out = new StringBuilder(s.substring(0, i));
            }
            if (out != null) {
                out.append(unsafe ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out == null ? s : out.toString();
    }
}
