package com.epiduralestimator.application;

/** No session of the caller's tenant has this id (HTTP 404). The same answer for another tenant's id. */
public class SessionNotFoundException extends RuntimeException {
    public SessionNotFoundException() {
        super("No session of this tenant has this sessionId.");
    }
}
