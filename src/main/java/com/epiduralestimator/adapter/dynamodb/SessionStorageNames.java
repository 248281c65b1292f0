package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.PerformedBy;
import com.epiduralestimator.application.SessionChange;
import com.epiduralestimator.domain.Purpose;
import com.epiduralestimator.domain.SpinalRegion;

/**
 * The spellings the session table stores for its enum values: the region in the sort key and the {@code region}
 * attribute, {@code performedBy}, and each history entry's {@code action}. They are the table's, fixed: they
 * happen to equal today's API spellings ({@code wireName()}) but never follow them, so renaming a JSON value can
 * not orphan a stored session (its sort key would no longer be found) or make its item unreadable. Each switch
 * is exhaustive: a new constant does not compile until it is given its storage name here.
 */
final class SessionStorageNames {
    private SessionStorageNames() {}

    static String region(SpinalRegion region) {
        return switch (region) {
            case CERVICAL_THORACIC -> "cervical-thoracic";
            case LUMBAR_SACRAL -> "lumbar-sacral";
            case SACROILIAC -> "sacroiliac";
        };
    }

    static String purpose(Purpose purpose) {
        return switch (purpose) {
            case THERAPEUTIC -> "therapeutic";
            case DIAGNOSTIC -> "diagnostic";
            case DIAGNOSTIC_SELECTIVE_NERVE_ROOT_BLOCK -> "diagnostic-selective-nerve-root-block";
        };
    }

    static Purpose purpose(String stored) {
        for (Purpose value : Purpose.values()) {
            if (purpose(value).equals(stored)) {
                return value;
            }
        }
        throw unknown("purpose");
    }

    static String performedBy(PerformedBy performedBy) {
        return switch (performedBy) {
            case THIS_PRACTICE -> "this-practice";
            case OTHER_PROVIDER -> "other-provider";
        };
    }

    static String action(SessionChange.Action action) {
        return switch (action) {
            case RECORDED -> "recorded";
            case CORRECTED -> "corrected";
            case VOIDED -> "voided";
            case MIGRATED -> "migrated";
        };
    }

    // Plain loops, not a shared helper taking method references: each reference is a class spun at its first use,
    // and every session read on a cold estimate reads these (docs/performance.md).

    static SpinalRegion region(String stored) {
        for (SpinalRegion value : SpinalRegion.values()) {
            if (region(value).equals(stored)) {
                return value;
            }
        }
        throw unknown("region");
    }

    static PerformedBy performedBy(String stored) {
        for (PerformedBy value : PerformedBy.values()) {
            if (performedBy(value).equals(stored)) {
                return value;
            }
        }
        throw unknown("performedBy");
    }

    static SessionChange.Action action(String stored) {
        for (SessionChange.Action value : SessionChange.Action.values()) {
            if (action(value).equals(stored)) {
                return value;
            }
        }
        throw unknown("history action");
    }

    /** A stored spelling no constant has is a damaged item: said, never guessed (and the value is not quoted). */
    private static IllegalStateException unknown(String what) {
        return new IllegalStateException("stored session with an unknown " + what);
    }
}
