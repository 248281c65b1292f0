package com.epiduralestimator.application;

/** The request contradicts the session on file (HTTP 409); {@link #stored()} is what is on file. */
public class SessionConflictException extends RuntimeException {
    private final RecordedSession stored;

    public SessionConflictException(String message, RecordedSession stored) {
        super(message);
        this.stored = stored;
    }

    public RecordedSession stored() {
        return stored;
    }
}
