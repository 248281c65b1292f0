package com.epiduralestimator.adapter.http;

import java.util.List;

/** The request is malformed (HTTP 400): every field error found, not just the first. */
public class BadRequestException extends RuntimeException {
    private final List<FieldError> errors;

    public BadRequestException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
