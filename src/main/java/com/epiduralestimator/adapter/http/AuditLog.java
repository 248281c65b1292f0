package com.epiduralestimator.adapter.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit trail HIPAA's audit controls ask for: who read or wrote whose session history. One line per request
 * that reached the session store (or tried to: a 503 is logged too), with the tenant, the user (the verified
 * token's {@code sub}), the action, the route, the status and the stored patient key, HMAC(secret, tenant,
 * patient id): an auditor can match it against the session table, but neither reveals the patient id. Written
 * through the request log (log4j2's Lambda appender, JSON in Lambda), with {@code "message": "audit"}.
 */
final class AuditLog {
    /** What a handler is about to do with one patient's sessions. */
    record Entry(String action, String tenant, String user, String patientKey) {}

    static final String READ_SESSIONS = "read-sessions";
    static final String RECORD_SESSION = "record-session";

    private AuditLog() {}

    static void write(String route, String requestId, Entry entry, int status) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("message", "audit");
        fields.put("requestId", requestId == null ? "" : requestId);
        fields.put("tenant", entry.tenant());
        fields.put("user", entry.user());
        fields.put("action", entry.action());
        fields.put("route", route);
        fields.put("status", status);
        fields.put("patientKey", entry.patientKey());
        RequestLog.write(false, fields);
    }
}
