package com.epiduralestimator.domain;

import java.util.List;
import java.util.Objects;

/** One procedure line: a code, its units and its modifiers (e.g. 50, KX, GA). */
public record SessionLine(HcpcsCode code, int units, List<String> modifiers) {
    public SessionLine {
        Objects.requireNonNull(code, "code");
        modifiers = List.copyOf(modifiers);
    }

    /** The same line with other units (a coding fix). */
    public SessionLine withUnits(int otherUnits) {
        return new SessionLine(code, otherUnits, modifiers);
    }

    /** The same line with other modifiers (a coding fix). */
    public SessionLine withModifiers(List<String> otherModifiers) {
        return new SessionLine(code, units, otherModifiers);
    }

    public boolean hasModifier(String modifier) {
        return modifiers.contains(modifier);
    }
}
