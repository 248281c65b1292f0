package com.epiduralestimator.domain;

/**
 * A code of the epidural family (medicare-rules.md section 1), described in our own words: no AMA descriptor.
 *
 * @param imagingIncluded  the code's descriptor includes fluoroscopy or CT guidance
 * @param countsTowardCap  the code is a covered ESI that counts toward the 4-sessions-per-region cap
 * @param primaryCode      for an add-on code, the primary code it must accompany
 * @param counterpart      the same service in the other spinal region (suggested on REGION-MISMATCH)
 */
public record ProcedureCode(
        String code,
        SpinalRegion region,
        Approach approach,
        boolean imagingIncluded,
        boolean addOn,
        boolean countsTowardCap,
        String primaryCode,
        String counterpart,
        String label) {

    public boolean isInterlaminarSingleInjection() {
        return approach == Approach.INTERLAMINAR;
    }
}
