package com.epiduralestimator.domain;

import java.util.Optional;

/**
 * Which sessions a family's cap counts: all of them ({@code any}, as the ESI and RFA caps), or the diagnostic and
 * the therapeutic ones apart (facet and SI joint LCDs). A diagnostic selective nerve root block is diagnostic.
 */
public enum CapPurpose implements WireNamed {
    ANY("any"),
    DIAGNOSTIC("diagnostic"),
    THERAPEUTIC("therapeutic");

    private final String wireName;

    CapPurpose(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The cap purpose of a session's stated purpose; empty when none is stated. */
    public static Optional<CapPurpose> of(Optional<Purpose> purpose) {
        return purpose.map(p -> p == Purpose.THERAPEUTIC ? THERAPEUTIC : DIAGNOSTIC);
    }
}
