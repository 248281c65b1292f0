package com.epiduralestimator.adapter.http;

import com.epiduralestimator.application.RecordOutcome;
import com.epiduralestimator.application.SessionConflictException;
import com.epiduralestimator.application.SessionRecorder;
import com.epiduralestimator.application.StoreUnavailableException;
import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.UnsupportedRequestException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/sessions/batch}: up to 100 sessions, one result per item, in order. Every item is read first
 * (no store call), so the audit line written before the first write names every patient key the batch will
 * write; then each is recorded exactly as {@code POST /v1/sessions} would. One bad item never stops the others.
 * Issue 22: the batch stops starting writes at the request's deadline (the Lambda context's remaining time less a
 * margin) or at a store failure; the items not attempted answer {@code 503}, the body says how many were
 * processed, and the answer is still a 200 with every item's result. Sending the batch again is safe: items
 * already recorded answer 200.
 */
final class SessionBatch {
    static final String ACTION = "record-sessions-batch";
    private static final String NOT_ATTEMPTED = "not attempted: the request ran out of time or the session store"
            + " failed before this item; send it again (items already recorded answer 200)";

    private SessionBatch() {}

    static HttpResponse run(SessionRecorder sessions, String tenant, List<Object> items, String actor, String user,
                            RequestFacts facts) {
        List<Map<String, Object>> results = new ArrayList<>();
        List<Requests.Session> toRecord = new ArrayList<>();
        List<String> patientKeys = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("index", i);
            results.add(result);
            toRecord.add(null);
            try {
                Requests.Session session = Requests.session(
                        new String(Json.write(items.get(i)), StandardCharsets.UTF_8));
                patientKeys.add(sessions.patientKey(tenant, session.patientId()));
                toRecord.set(i, session);
            } catch (RuntimeException e) {
                failed(result, e);
            }
        }
        AuditLog.Entry audit = new AuditLog.Entry(ACTION, tenant, user, "", patientKeys.stream().distinct().toList(),
                -1);
        if (!patientKeys.isEmpty()) {
            facts.audit(audit);
        }
        boolean stopped = false;
        int processed = 0;
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> result = results.get(i);
            Requests.Session session = toRecord.get(i);
            if (session != null) {
                stopped = stopped || facts.deadline().passed();
                if (stopped) {
                    result.put("status", 503);
                    result.put("errors", List.of(error("sessions", NOT_ATTEMPTED)));
                    continue;
                }
                try {
                    RecordOutcome outcome = sessions.record(tenant, session.patientId(), session.dateOfService(),
                            session.lines(), session.performedBy(), session.purpose(), actor);
                    result.put("status", outcome.created() ? 201 : 200);
                    result.put("sessionId", outcome.stored().sessionId());
                } catch (StoreUnavailableException u) {
                    stopped = true;
                    result.put("status", 503);
                    result.put("errors", List.of(error("sessions", "the session store failed on this item: it may"
                            + " or may not be recorded; send it again (a recorded item answers 200)")));
                    continue;
                } catch (RuntimeException e) {
                    failed(result, e);
                }
            }
            processed++;
        }
        if (!patientKeys.isEmpty()) {
            facts.settle(audit.withProcessed(processed));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", results);
        body.put("processed", processed);
        body.put("notProcessed", items.size() - processed);
        HttpResponse response = HttpResponse.json(200, body);
        return processed < items.size() ? response.withHeader("retry-after", "1") : response;
    }

    /** An item's own failure: its status and errors; anything else is not an item's fault and goes on up. */
    private static void failed(Map<String, Object> result, RuntimeException e) {
        if (e instanceof SessionConflictException c) {
            result.put("status", 409);
            result.put("sessionId", c.stored().sessionId());
            result.put("errors", List.of(error("lines", c.getMessage())));
        } else if (e instanceof BadRequestException b) {
            result.put("status", 400);
            result.put("errors", b.errors().stream().map(f -> error(f.field(), f.message())).toList());
        } else if (e instanceof Json.SyntaxException s) {
            result.put("status", 400);
            result.put("errors", List.of(error("body", s.getMessage())));
        } else if (e instanceof InvalidFieldException f) {
            result.put("status", 400);
            result.put("errors", List.of(error(f.field(), f.getMessage())));
        } else if (e instanceof UnsupportedRequestException u) {
            result.put("status", 422);
            result.put("errors", List.of(error(u.field(), u.getMessage())));
        } else {
            throw e;
        }
    }

    private static Map<String, Object> error(String field, String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("field", field);
        out.put("message", message);
        return out;
    }
}
