package com.epiduralestimator.domain;

import java.util.Objects;

/**
 * One rule's verdict on a request: the rule id (medicare-rules.md), its severity, its kind, a message and its
 * source (never absent: the LCD, article or CMS rule it comes from). An error of kind {@link FindingKind#COVERAGE}
 * makes the service not covered; any error keeps the claim from going out as described.
 */
public record Finding(String code, Severity severity, FindingKind kind, String message, String source) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source"); // every rule has one (medicare-rules.md)
    }

    public static Finding of(String code, Severity severity, FindingKind kind, String message, String source) {
        return new Finding(code, severity, kind, message, source);
    }

    /** A finding whose kind follows from its id ({@link FindingKind#ofRule}): FEE-* findings and payment notes. */
    public static Finding warning(String code, String message, String source) {
        return new Finding(code, Severity.WARNING, FindingKind.ofRule(code), message, source);
    }

    public static Finding info(String code, String message, String source) {
        return new Finding(code, Severity.INFO, FindingKind.ofRule(code), message, source);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** An error of kind coverage: Medicare will not cover the service as planned. */
    public boolean makesNotCovered() {
        return isError() && kind == FindingKind.COVERAGE;
    }
}
