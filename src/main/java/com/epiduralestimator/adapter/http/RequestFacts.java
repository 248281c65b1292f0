package com.epiduralestimator.adapter.http;

import com.epiduralestimator.application.Deadline;
import com.epiduralestimator.domain.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a handler learnt while answering, for the log line and the metrics: the rule ids that fired (finding
 * codes, a fixed set defined in code) and whether the national amount stood in for an unknown place. Never a value
 * from the request.
 */
final class RequestFacts {
    private final Set<String> rules = new LinkedHashSet<>();
    private final Set<String> notCovered = new LinkedHashSet<>();
    private boolean nationalFallback;
    private boolean estimate;
    private AuditLog.Entry audit;
    private final Deadline deadline;
    private String route = "";
    private String requestId;

    RequestFacts(Deadline deadline) {
        this.deadline = deadline;
    }

    /** When the handler must stop starting store calls (the Lambda context's remaining time, less a margin). */
    Deadline deadline() {
        return deadline;
    }

    /** The route key and request id the audit lines carry, once the request is decoded. */
    void request(String routeKey, String id) {
        this.route = routeKey;
        this.requestId = id;
    }

    void findings(List<Finding> findings) {
        for (Finding f : findings) {
            rules.add(f.code());
            if (f.isError()) {
                notCovered.add(f.code());
            }
            if (f.code().equals("FEE-NATIONAL-DEFAULT")) {
                nationalFallback = true;
            }
        }
    }

    void estimateMade() {
        estimate = true;
    }

    /**
     * The request is about to read or write patients' sessions: its audit line is written now, before the store
     * call it describes, and again with the status once answered ({@link #settle}).
     */
    void audit(AuditLog.Entry entry) {
        audit = entry;
        AuditLog.before(route, requestId, entry);
    }

    /** What the closing audit line says, learnt after the store call (the session's patient key, a count). */
    void settle(AuditLog.Entry entry) {
        audit = entry;
    }

    AuditLog.Entry audit() {
        return audit;
    }

    List<String> rules() {
        return new ArrayList<>(rules);
    }

    List<String> notCoveredRules() {
        return new ArrayList<>(notCovered);
    }

    boolean nationalFallback() {
        return nationalFallback;
    }

    boolean estimate() {
        return estimate;
    }
}
