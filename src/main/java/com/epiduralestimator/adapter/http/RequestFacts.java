package com.epiduralestimator.adapter.http;

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

    /** The request is about to read or write one patient's sessions: it gets an audit line (AuditLog). */
    void audit(AuditLog.Entry entry) {
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
