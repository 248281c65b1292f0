package com.epiduralestimator.domain;

import java.util.Objects;

/** One cap of a family: at most {@code limit} sessions of {@code purpose} per region over {@code window}. */
public record SessionCap(CapPurpose purpose, int limit, CapWindow window, String source) {
    public SessionCap {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(source, "source");
        if (limit < 1) {
            throw new IllegalArgumentException("a cap's limit is at least 1: " + limit);
        }
    }
}
