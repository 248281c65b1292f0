package com.epiduralestimator.domain.rules;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FindingKind;
import com.epiduralestimator.domain.Severity;
import java.util.List;

/**
 * One rule of medicare-rules.md section 4: its id, kind, severity and source beside the few lines that decide it.
 * A new rule is a new subclass and a line in the list {@link CoverageChecks}' constructor builds (its
 * {@link CoverageChecks#rules()}).
 */
public abstract class Rule {
    static final String LCD = "LCD L39240";
    static final String ARTICLE = "Billing article A58993";

    private final String id;
    private final FindingKind kind;
    private final Severity severity;
    private final String source;

    Rule(String id, FindingKind kind, Severity severity, String source) {
        this.id = id;
        this.kind = kind;
        this.severity = severity;
        this.source = source;
    }

    public String id() {
        return id;
    }

    public FindingKind kind() {
        return kind;
    }

    /** The severity of the rule's finding (a few rules also explain with a milder one, e.g. a warning). */
    public Severity severity() {
        return severity;
    }

    public String source() {
        return source;
    }

    /**
     * Whether the rule reads the state of the place of service: such a rule is judged again once a facility's
     * state is known ({@link CoverageChecks#checkPlaceOfService}). False unless the rule says otherwise.
     */
    public boolean dependsOnPlaceOfService() {
        return false;
    }

    /**
     * Whether the rule is a traditional-Medicare program that does not apply to a Medicare Advantage member (CMS's
     * WISeR model, the hospital OPD prior-authorization program: medicare-rules.md section 8). False unless the rule
     * says otherwise: the LCD's rules bind a plan as they bind Medicare (42 CFR 422.101(b)).
     */
    public boolean originalMedicareOnly() {
        return false;
    }

    /** The findings of this rule on the session: none when it passes. */
    public abstract List<Finding> evaluate(SessionReview session);

    Finding finding(String message) {
        return finding(severity, message);
    }

    Finding finding(Severity withSeverity, String message) {
        return Finding.of(id, withSeverity, kind, message, source);
    }

    /** A finding whose source is the data's (a family's cap names its own LCD or article). */
    Finding findingFrom(String dataSource, String message) {
        return Finding.of(id, severity, kind, message, dataSource);
    }
}
