package com.epiduralestimator.application;

/**
 * The stored session, and whether this call stored it (201) or found it already stored (200; 409 when the stored
 * session's lines differ from the ones given, which the recorder decides).
 */
public record RecordOutcome(RecordedSession stored, boolean created) {}
