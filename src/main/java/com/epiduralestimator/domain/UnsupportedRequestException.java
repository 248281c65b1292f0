package com.epiduralestimator.domain;

/** A well-formed request the estimator does not answer (HTTP 422): the rule id and the field it concerns. */
public class UnsupportedRequestException extends RuntimeException {
    private final String rule;
    private final String field;

    public UnsupportedRequestException(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
