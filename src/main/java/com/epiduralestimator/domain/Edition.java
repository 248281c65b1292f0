package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One edition of a claim-edit table: what it is, the dates it is in force (both inclusive) and, for a PTP extract
 * that holds only some codes' pairs, those codes (empty: CMS's whole table).
 *
 * @param name    the edition as CMS names it, e.g. {@code 2024Q3} or {@code FY2026}
 * @param bundled true for the edition shipped in the jar, false for one loaded with {@code load-edits}
 * @param scope   the codes whose pairs a PTP extract holds (a pair with neither code in it is not in the extract)
 */
public record Edition(EditKind kind, String name, LocalDate effectiveFrom, LocalDate effectiveThrough,
                      boolean bundled, List<HcpcsCode> scope) {
    public Edition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (effectiveThrough.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(kind.wireName() + " " + name + " ends before it starts");
        }
        scope = List.copyOf(scope);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(effectiveFrom) && !date.isAfter(effectiveThrough);
    }

    /** Whether the edition is CMS's whole table rather than an extract of some codes' pairs. */
    public boolean complete() {
        return scope.isEmpty();
    }

    /** Whether the edition can know a pair of these two codes (an extract: one of them is in its scope). */
    public boolean holdsPairsOf(HcpcsCode a, HcpcsCode b) {
        return complete() || scope.contains(a) || scope.contains(b);
    }

    /** E.g. "NCCI PTP practitioner edits 2024Q3 (effective 2024-07-01 to 2024-09-30)". */
    public String describe() {
        return kind.label() + " " + name + " (effective " + effectiveFrom + " to " + effectiveThrough + ")";
    }

    /**
     * The edition that answers for a date of service: the one in force (the latest to start, a loaded one before a
     * bundled one of the same start); where none is, and the kind allows it
     * ({@link EditKind#answersOutsideItsDates}), the newest that started before the date, else the earliest.
     */
    public static Optional<Edition> answering(List<Edition> editions, EditKind kind, LocalDate date) {
        // Loops, not streams or comparators: the claim edits are judged on the first estimate (docs/performance.md).
        Edition inForce = null;
        Edition before = null;
        Edition earliest = null;
        for (Edition e : editions) {
            if (e.kind() != kind) {
                continue;
            }
            if (e.covers(date) && (inForce == null || newer(e, inForce))) {
                inForce = e;
            }
            if (e.effectiveFrom().isBefore(date) && (before == null || newer(e, before))) {
                before = e;
            }
            if (earliest == null || newer(earliest, e)) {
                earliest = e;
            }
        }
        if (inForce != null || !kind.answersOutsideItsDates()) {
            return Optional.ofNullable(inForce);
        }
        return Optional.ofNullable(before != null ? before : earliest);
    }

    /** Whether {@code a} is newer than {@code b}: it starts later, or on the same day and is loaded, not bundled. */
    private static boolean newer(Edition a, Edition b) {
        int from = a.effectiveFrom().compareTo(b.effectiveFrom());
        return from > 0 || from == 0 && !a.bundled() && b.bundled();
    }

    // equals and hashCode written out: a record's generated ones bootstrap through java.lang.runtime.ObjectMethods at
    // first call (~35 method-handle classes), and the first estimate of two codes looks its edition's table up by it.
    @Override
    public boolean equals(Object other) {
        return other instanceof Edition o && kind == o.kind && bundled == o.bundled && name.equals(o.name)
                && effectiveFrom.equals(o.effectiveFrom) && effectiveThrough.equals(o.effectiveThrough)
                && scope.equals(o.scope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, effectiveFrom, effectiveThrough, bundled, scope);
    }
}
