package com.epiduralestimator.domain;

import java.util.List;
import java.util.Objects;

/** One procedure line: a code, its units and its modifiers (e.g. 50, KX, GA). */
public record SessionLine(String code, int units, List<String> modifiers) {
    public SessionLine {
        Objects.requireNonNull(code, "code");
        modifiers = List.copyOf(modifiers);
    }

    public boolean hasModifier(String modifier) {
        return modifiers.contains(modifier);
    }
}
