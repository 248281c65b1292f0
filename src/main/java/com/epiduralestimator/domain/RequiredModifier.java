package com.epiduralestimator.domain;

import java.util.Objects;

/** A modifier that a session of {@code purpose} must carry on the family's lines (a coding error without it). */
public record RequiredModifier(Purpose purpose, String modifier, String source) {
    public RequiredModifier {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(modifier, "modifier");
        Objects.requireNonNull(source, "source");
    }
}
