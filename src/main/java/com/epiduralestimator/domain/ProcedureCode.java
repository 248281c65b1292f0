package com.epiduralestimator.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A code of the epidural family (medicare-rules.md section 1), described in our own words: no AMA descriptor.
 *
 * @param imagingIncluded  the code's descriptor includes fluoroscopy or CT guidance
 * @param countsTowardCap  the code is a covered ESI that counts toward the 4-sessions-per-region cap
 * @param primaryCode      for an add-on code, the primary code it must accompany; empty for the others
 * @param counterpart      the same service in the other spinal region (suggested on REGION-MISMATCH); the code itself
 *                         where the family has one region
 * @param family           the procedure family's id ({@code esi}, {@code facet}, {@code facet-rfa}, {@code sacroiliac})
 * @param coverage         covered, not covered, or covered only on appeal (a non-covered line when billed)
 * @param levelLimit       levels (first + add-on units) per region per session for a level code; MAX_VALUE when
 *                         the code has no levels (the UNITS rule keeps it to one)
 */
public record ProcedureCode(
        HcpcsCode code,
        SpinalRegion region,
        Approach approach,
        boolean imagingIncluded,
        boolean addOn,
        boolean countsTowardCap,
        Optional<HcpcsCode> primaryCode,
        HcpcsCode counterpart,
        String label,
        String family,
        FamilyCode.Coverage coverage,
        int levelLimit) {

    public ProcedureCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(primaryCode, "primaryCode");
        Objects.requireNonNull(counterpart, "counterpart");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(coverage, "coverage");
        if (addOn != primaryCode.isPresent()) {
            throw new IllegalArgumentException(code + ": an add-on code, and only an add-on code, has a primary code");
        }
    }
}
