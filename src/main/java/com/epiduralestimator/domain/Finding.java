package com.epiduralestimator.domain;

import java.util.Objects;

/** One rule's verdict on a request: the rule id (medicare-rules.md), its severity, a message and its source. */
public record Finding(String code, Severity severity, String message, String source) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Finding error(String code, String message, String source) {
        return new Finding(code, Severity.ERROR, message, source);
    }

    public static Finding warning(String code, String message, String source) {
        return new Finding(code, Severity.WARNING, message, source);
    }

    public static Finding info(String code, String message, String source) {
        return new Finding(code, Severity.INFO, message, source);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
