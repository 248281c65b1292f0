package com.epiduralestimator.adapter.http;

import com.epiduralestimator.domain.ProcedureFamily;
import com.epiduralestimator.application.ChangeReason;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.SessionChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The session history's response bodies: a session as search, correct, void and a 409's {@code stored} show it. */
final class SessionBodies {
    private SessionBodies() {}

    static Map<String, Object> session(RecordedSession s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sessionId", s.sessionId());
        body.put("region", s.region().wireName());
        if (!s.family().equals(ProcedureFamily.ESI)) { // absent = esi, as before families
            body.put("family", s.family());
        }
        s.purpose().ifPresent(p -> body.put("purpose", p.wireName()));
        body.put("dateOfService", s.dateOfService().toString());
        body.put("lines", s.lines().stream().map(ResponseBodies::line).toList());
        body.put("performedBy", s.performedBy().wireName());
        body.put("status", s.voided() ? "voided" : "active");
        body.put("recordedAt", s.recordedAt().toString());
        body.put("history", s.history().stream().map(SessionBodies::change).toList());
        return body;
    }

    /**
     * A session just corrected or voided, with {@code notStored} naming the free text the caller sent that was not
     * kept (issue 22): {@code reason} (its text named no category: stored as {@code other}) and {@code note}.
     */
    static Map<String, Object> changed(RecordedSession s, List<String> notStored) {
        Map<String, Object> body = session(s);
        if (!notStored.isEmpty()) {
            body.put("notStored", notStored);
        }
        return body;
    }

    static Map<String, Object> sessions(List<RecordedSession> sessions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sessions", sessions.stream().map(SessionBodies::session).toList());
        return body;
    }

    private static Map<String, Object> change(SessionChange c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("at", c.at().toString());
        out.put("by", c.by());
        out.put("action", c.action().wireName());
        out.put("reason", c.reason().map(ChangeReason::wireName).orElse(null));
        c.relatedSessionId().ifPresent(id -> out.put("relatedSessionId", id));
        return out;
    }
}
