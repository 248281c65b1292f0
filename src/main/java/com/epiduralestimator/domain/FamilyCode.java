package com.epiduralestimator.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One code of a {@link ProcedureFamily}, in the project's own words.
 *
 * @param region          the cap region the code belongs to (one of the family's regions)
 * @param approach        how the needle reaches its target (interlaminar, transforaminal, facet-injection, ...)
 * @param imagingIncluded the code includes fluoroscopy or CT guidance
 * @param primaryCode     for an add-on code, the code it accompanies; empty for the others
 * @param countsTowardCap a session with the code counts toward the family's cap
 * @param coverage        covered, not covered, or covered only on appeal (a non-covered line when billed)
 * @param billedBy        who reports the code: the physician, the facility, or both
 * @param facilityCode    what a hospital or ASC bills instead (27096 → G0260), empty when the same code
 * @param counterpart     the same service in the family's other region, empty when it has one region
 */
public record FamilyCode(HcpcsCode code, String region, String approach, boolean imagingIncluded,
                         Optional<HcpcsCode> primaryCode, boolean countsTowardCap, Coverage coverage,
                         BilledBy billedBy, Optional<HcpcsCode> facilityCode, Optional<HcpcsCode> counterpart,
                         String label) {
    /** Whether Medicare covers the line (medicare-rules.md sections 1 and 7). */
    public enum Coverage implements WireNamed {
        COVERED("covered"), NOT_COVERED("not-covered"), APPEAL_ONLY("appeal-only");

        private final String wireName;

        Coverage(String wireName) {
            this.wireName = wireName;
        }

        @Override
        public String wireName() {
            return wireName;
        }
    }

    /** Who reports the code on a claim. */
    public enum BilledBy implements WireNamed {
        PHYSICIAN("physician"), FACILITY("facility"), BOTH("both");

        private final String wireName;

        BilledBy(String wireName) {
            this.wireName = wireName;
        }

        @Override
        public String wireName() {
            return wireName;
        }
    }

    public FamilyCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(approach, "approach");
        Objects.requireNonNull(primaryCode, "primaryCode");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(billedBy, "billedBy");
        Objects.requireNonNull(facilityCode, "facilityCode");
        Objects.requireNonNull(counterpart, "counterpart");
        Objects.requireNonNull(label, "label");
    }

    public boolean addOn() {
        return primaryCode.isPresent();
    }

    /** The code a facility of this kind bills for the service: G0260 for 27096, else the code itself. */
    public HcpcsCode codeFor(boolean facilityClaim) {
        return facilityClaim ? facilityCode.orElse(code) : code;
    }
}
