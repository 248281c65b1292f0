package com.epiduralestimator.domain;

import java.util.List;
import java.util.Objects;

/**
 * One procedure line: a code, its units, its modifiers (e.g. 50, KX, GA) and, where the request gives them, the
 * spinal levels it treats, one per unit ({@link SpinalLevels}: "T12-L1", "L4-L5"), which decide its region.
 */
public record SessionLine(HcpcsCode code, int units, List<String> modifiers, List<String> levels) {
    public SessionLine {
        Objects.requireNonNull(code, "code");
        modifiers = List.copyOf(modifiers);
        levels = List.copyOf(levels);
    }

    /** A line without levels. */
    public SessionLine(HcpcsCode code, int units, List<String> modifiers) {
        this(code, units, modifiers, List.of());
    }

    /** The same line with other units (a coding fix); its levels follow the units it keeps, the first ones. */
    public SessionLine withUnits(int otherUnits) {
        return new SessionLine(code, otherUnits, modifiers, levels.subList(0, Math.min(levels.size(), otherUnits)));
    }

    /** The same line with other modifiers (a coding fix). */
    public SessionLine withModifiers(List<String> otherModifiers) {
        return new SessionLine(code, units, otherModifiers, levels);
    }

    /** The same line reported with another code (a coding fix): units, modifiers and levels are kept. */
    public SessionLine withCode(HcpcsCode otherCode) {
        return new SessionLine(otherCode, units, modifiers, levels);
    }

    /** The units from {@code from} (0-based) on, as a line of their own, with their levels. */
    public SessionLine unitsFrom(int from) {
        return new SessionLine(code, units - from, modifiers,
                levels.size() > from ? levels.subList(from, levels.size()) : List.of());
    }

    public boolean hasModifier(String modifier) {
        return modifiers.contains(modifier);
    }

    // equals and hashCode written out: a record's generated ones bootstrap through java.lang.runtime.ObjectMethods
    // at first call (~35 method-handle classes), and every estimate compares its claim with the lines asked for.
    @Override
    public boolean equals(Object other) {
        return other instanceof SessionLine o && units == o.units && code.equals(o.code)
                && modifiers.equals(o.modifiers) && levels.equals(o.levels);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(code, units, modifiers, levels);
    }
}
