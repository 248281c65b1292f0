package com.epiduralestimator.domain;

/** No fee for that code (and modifier) in the schedule year used (HTTP 404). */
public class FeeNotFoundException extends RuntimeException {
    public FeeNotFoundException(String message) {
        super(message);
    }
}
