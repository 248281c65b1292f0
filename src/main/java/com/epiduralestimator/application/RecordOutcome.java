package com.epiduralestimator.application;

/** The stored session, and whether this call stored it (201) or found it already stored (200). */
public record RecordOutcome(RecordedSession stored, boolean created) {}
