package com.epiduralestimator.adapter.http;

import com.epiduralestimator.application.TenantRateLimit;
import com.epiduralestimator.application.RecordOutcome;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.SessionIds;
import com.epiduralestimator.application.SessionRecorder;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session history, one function for its routes:
 * <ul>
 *   <li>{@code POST /v1/sessions}: records a performed session; 201 the first time, 200 with the stored one after,
 *       409 (with {@code stored}) when that date and region is on file with different lines;</li>
 *   <li>{@code POST /v1/sessions/search}: the patient's sessions (the patient id stays in the body);</li>
 *   <li>{@code PUT /v1/sessions/{sessionId}}: corrects the lines; {@code POST /v1/sessions/{sessionId}/void};</li>
 *   <li>{@code POST /v1/sessions/batch}: up to 100 sessions, one result per item, in order.</li>
 * </ul>
 * Every change is attributed to the token's {@code sub} ({@code local} without one).
 */
public final class SessionsHandler extends ApiHandler {
    private static final Pattern BY_ID = Pattern.compile("/v1/sessions/([^/]+)(/void)?");
    private static final String CORRECT_SESSION = "correct-session";
    private static final String VOID_SESSION = "void-session";
    private static final Pattern SUBJECT = Pattern.compile("[\\p{L}\\p{N}\\p{P}\\p{S}]{1,256}");

    private final SessionRecorder sessions;

    public SessionsHandler(SessionRecorder sessions, String tenantClaim) {
        this(sessions, tenantClaim, TenantRateLimit.off());
    }

    /** @param rateLimit the per-tenant request limit, checked before the request is read */
    public SessionsHandler(SessionRecorder sessions, String tenantClaim, TenantRateLimit rateLimit) {
        super(tenantClaim, "POST", "POST /v1/sessions", rateLimit);
        this.sessions = sessions;
    }

    @Override
    protected boolean accepts(String method) {
        return "POST".equals(method) || "PUT".equals(method);
    }

    @Override
    protected String routeKey(HttpRequest request) {
        String path = request.path() == null ? "" : request.path();
        if ("PUT".equals(request.method())) {
            return "PUT /v1/sessions/{sessionId}"; // the function's one PUT route (it matches /v1/sessions/search too)
        }
        return switch (path) {
            case "/v1/sessions" -> "POST /v1/sessions";
            case "/v1/sessions/search" -> "POST /v1/sessions/search";
            case "/v1/sessions/batch" -> "POST /v1/sessions/batch";
            default -> {
                Matcher m = BY_ID.matcher(path);
                yield !m.matches() ? "POST /v1/sessions"
                        : m.group(2) != null ? "POST /v1/sessions/{sessionId}/void" : "PUT /v1/sessions/{sessionId}";
            }
        };
    }

    @Override
    protected HttpResponse handle(HttpRequest request, RequestFacts facts) {
        String tenant = tenant(request);
        String path = request.path() == null ? "" : request.path();
        String method = request.method();
        if ("POST".equals(method) && path.equals("/v1/sessions")) {
            requireJson(request);
            Requests.Session session = Requests.session(request.body());
            facts.audit(new AuditLog.Entry(AuditLog.RECORD_SESSION, tenant, user(request),
                    sessions.patientKey(tenant, session.patientId())));
            return record(sessions, tenant, session, actor(request));
        }
        if ("POST".equals(method) && path.equals("/v1/sessions/search")) {
            requireJson(request);
            SessionRequests.Search search = SessionRequests.search(request.body());
            // Every partition the search reads: the canonical key and any legacy spelling's (PatientKeys.refs).
            facts.audit(new AuditLog.Entry(AuditLog.READ_SESSIONS, tenant, user(request), "",
                    sessions.patientKeysRead(tenant, search.patientId()), -1));
            return HttpResponse.json(200, SessionBodies.sessions(sessions.search(tenant, search.patientId(),
                    search.from(), search.to(), search.includeVoided(), facts.deadline())));
        }
        if ("POST".equals(method) && path.equals("/v1/sessions/batch")) {
            requireJson(request);
            return SessionBatch.run(sessions, tenant, SessionRequests.batch(request.body()), actor(request),
                    user(request), facts);
        }
        Matcher m = BY_ID.matcher(path);
        if (m.matches() && m.group(2) == null && "PUT".equals(method)) {
            requireJson(request);
            SessionRequests.Correction correction = SessionRequests.correction(request.body());
            AuditLog.Entry audit = byId(CORRECT_SESSION, tenant, request, m.group(1));
            facts.audit(audit); // before the store call: the session is named, its patient key not yet known
            RecordedSession corrected = sessions.correct(tenant, m.group(1), correction.lines(),
                    correction.why().reason(), actor(request), facts.deadline());
            facts.settle(audit.withKeys(List.of(corrected.patient().patientKey())));
            return HttpResponse.json(200, SessionBodies.changed(corrected, correction.why().notStored()));
        }
        if (m.matches() && m.group(2) != null && "POST".equals(method)) {
            requireJson(request);
            SessionRequests.Why why = SessionRequests.voiding(request.body());
            AuditLog.Entry audit = byId(VOID_SESSION, tenant, request, m.group(1));
            facts.audit(audit);
            RecordedSession voided = sessions.voidSession(tenant, m.group(1), why.reason(), actor(request));
            facts.settle(audit.withKeys(List.of(voided.patient().patientKey())));
            return HttpResponse.json(200, SessionBodies.changed(voided, why.notStored()));
        }
        return m.matches() || path.startsWith("/v1/sessions") ? Problems.methodNotAllowed(method)
                : Problems.notFound("No such route.");
    }

    private static HttpResponse record(SessionRecorder sessions, String tenant, Requests.Session session,
                                       String actor) {
        RecordOutcome outcome = sessions.record(tenant, session.patientId(), session.dateOfService(),
                session.lines(), session.performedBy(), session.purpose(), actor);
        return HttpResponse.json(outcome.created() ? 201 : 200, ResponseBodies.session(outcome));
    }

    /** A correct or void's audit entry: the session id from the path when it is one (anything else is not logged). */
    private static AuditLog.Entry byId(String action, String tenant, HttpRequest request, String sessionId) {
        return new AuditLog.Entry(action, tenant, user(request), SessionIds.wellFormed(sessionId) ? sessionId
                : "(not a session id)", List.of(), -1);
    }

    /** Who makes the change: the verified token's {@code sub}, or {@code local} (no token, e.g. `serve`). */
    private static String actor(HttpRequest request) {
        String sub = request.claims().get("sub");
        return sub != null && SUBJECT.matcher(sub).matches() ? sub : "local";
    }
}
