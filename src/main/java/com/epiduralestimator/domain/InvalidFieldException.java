package com.epiduralestimator.domain;

/** A field whose value is malformed or out of range once the rest of the request is known (HTTP 400). */
public class InvalidFieldException extends RuntimeException {
    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
