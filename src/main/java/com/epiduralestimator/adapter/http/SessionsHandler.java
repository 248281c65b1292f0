package com.epiduralestimator.adapter.http;

import com.epiduralestimator.application.TenantRateLimit;
import com.epiduralestimator.application.RecordOutcome;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.SessionConflictException;
import com.epiduralestimator.application.SessionRecorder;
import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.UnsupportedRequestException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private static final String RECORD_SESSIONS_BATCH = "record-sessions-batch";
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
            facts.audit(new AuditLog.Entry(AuditLog.READ_SESSIONS, tenant, user(request),
                    sessions.patientKey(tenant, search.patientId())));
            return HttpResponse.json(200, SessionBodies.sessions(sessions.search(tenant, search.patientId(),
                    search.from(), search.to(), search.includeVoided())));
        }
        if ("POST".equals(method) && path.equals("/v1/sessions/batch")) {
            requireJson(request);
            return batch(sessions, tenant, SessionRequests.batch(request.body()), actor(request), facts,
                    user(request));
        }
        Matcher m = BY_ID.matcher(path);
        if (m.matches() && m.group(2) == null && "PUT".equals(method)) {
            requireJson(request);
            SessionRequests.Correction correction = SessionRequests.correction(request.body());
            facts.audit(new AuditLog.Entry(CORRECT_SESSION, tenant, user(request), ""));
            RecordedSession corrected = sessions.correct(tenant, m.group(1), correction.lines(), correction.reason(),
                    actor(request));
            facts.audit(new AuditLog.Entry(CORRECT_SESSION, tenant, user(request), corrected.patient().patientKey()));
            return HttpResponse.json(200, SessionBodies.session(corrected));
        }
        if (m.matches() && m.group(2) != null && "POST".equals(method)) {
            requireJson(request);
            String reason = SessionRequests.voiding(request.body());
            facts.audit(new AuditLog.Entry(VOID_SESSION, tenant, user(request), ""));
            RecordedSession voided = sessions.voidSession(tenant, m.group(1), reason, actor(request));
            facts.audit(new AuditLog.Entry(VOID_SESSION, tenant, user(request), voided.patient().patientKey()));
            return HttpResponse.json(200, SessionBodies.session(voided));
        }
        return m.matches() || path.startsWith("/v1/sessions") ? Problems.methodNotAllowed(method)
                : Problems.notFound("No such route.");
    }

    private static HttpResponse record(SessionRecorder sessions, String tenant, Requests.Session session,
                                       String actor) {
        RecordOutcome outcome = sessions.record(tenant, session.patientId(), session.dateOfService(),
                session.lines(), session.performedBy(), actor);
        return HttpResponse.json(outcome.created() ? 201 : 200, ResponseBodies.session(outcome));
    }

    /**
     * Each item is read and recorded on its own, exactly as {@code POST /v1/sessions} would: one bad item never
     * stops the others, and a repeat of the batch answers 200 for every item already recorded. A store outage is
     * not an item's fault: it answers 503 for the batch (items before it are recorded; repeating is safe).
     */
    private static HttpResponse batch(SessionRecorder sessions, String tenant, List<Object> items, String actor,
                                      RequestFacts facts, String user) {
        List<Object> results = new ArrayList<>();
        List<String> patientKeys = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("index", i);
            try {
                Requests.Session session = Requests.session(
                        new String(Json.write(items.get(i)), StandardCharsets.UTF_8));
                patientKeys.add(sessions.patientKey(tenant, session.patientId()));
                // One audit line for the batch, naming every patient key it wrote (or tried to).
                facts.audit(new AuditLog.Entry(RECORD_SESSIONS_BATCH, tenant, user, String.join(" ", patientKeys)));
                RecordOutcome outcome = sessions.record(tenant, session.patientId(), session.dateOfService(),
                        session.lines(), session.performedBy(), actor);
                result.put("status", outcome.created() ? 201 : 200);
                result.put("sessionId", outcome.stored().sessionId());
            } catch (SessionConflictException c) {
                result.put("status", 409);
                result.put("sessionId", c.stored().sessionId());
                result.put("errors", List.of(error("lines", c.getMessage())));
            } catch (BadRequestException b) {
                result.put("status", 400);
                result.put("errors", b.errors().stream().map(e -> error(e.field(), e.message())).toList());
            } catch (Json.SyntaxException s) {
                result.put("status", 400);
                result.put("errors", List.of(error("body", s.getMessage())));
            } catch (InvalidFieldException f) {
                result.put("status", 400);
                result.put("errors", List.of(error(f.field(), f.getMessage())));
            } catch (UnsupportedRequestException u) {
                result.put("status", 422);
                result.put("errors", List.of(error(u.field(), u.getMessage())));
            }
            results.add(result);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", results);
        return HttpResponse.json(200, body);
    }

    private static Map<String, Object> error(String field, String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("field", field);
        out.put("message", message);
        return out;
    }

    /** Who makes the change: the verified token's {@code sub}, or {@code local} (no token, e.g. `serve`). */
    private static String actor(HttpRequest request) {
        String sub = request.claims().get("sub");
        return sub != null && SUBJECT.matcher(sub).matches() ? sub : "local";
    }
}
