package com.epiduralestimator.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The spinal levels a line may name (medicare-rules.md section 6, "Spinal levels"; api-contract.md "Lines and
 * claims"): the interspaces C1-C2 … C7-T1, T1-T2 … T12-L1, L1-L2 … L5-S1, and the sacral foramina S1 … S4. A
 * level's region is the cap's (A58993): cervical and thoracic levels are cervical-thoracic, lumbar and sacral ones
 * lumbar-sacral; T12-L1 is the junction: a transforaminal injection there is reported with 64479 and counts as
 * cervical-thoracic, and for the other approaches either region's code is accepted.
 */
public final class SpinalLevels {
    public static final String JUNCTION = "T12-L1";
    /** Every level a line may name, in the spine's order. */
    public static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>();
        for (int c = 1; c <= 6; c++) {
            all.add("C" + c + "-C" + (c + 1));
        }
        all.add("C7-T1");
        for (int t = 1; t <= 11; t++) {
            all.add("T" + t + "-T" + (t + 1));
        }
        all.add(JUNCTION);
        for (int l = 1; l <= 4; l++) {
            all.add("L" + l + "-L" + (l + 1));
        }
        all.add("L5-S1");
        for (int s = 1; s <= 4; s++) {
            all.add("S" + s);
        }
        ALL = Collections.unmodifiableList(all);
    }

    private SpinalLevels() {}

    public static boolean valid(String level) {
        return ALL.contains(level);
    }

    /**
     * The region one level decides for a code of this approach: empty at the junction for an approach other than
     * transforaminal (either side is right there).
     */
    public static Optional<SpinalRegion> region(String level, Approach approach) {
        if (level.equals(JUNCTION)) {
            return approach == Approach.TRANSFORAMINAL ? Optional.of(SpinalRegion.CERVICAL_THORACIC)
                    : Optional.empty();
        }
        return Optional.of(level.startsWith("C") || level.startsWith("T") ? SpinalRegion.CERVICAL_THORACIC
                : SpinalRegion.LUMBAR_SACRAL);
    }

    /** The region a line's levels decide: empty without levels, or when they leave it open (the junction). */
    public static Optional<SpinalRegion> region(List<String> levels, Approach approach) {
        Set<SpinalRegion> regions = new java.util.HashSet<>();
        levels.forEach(l -> region(l, approach).ifPresent(regions::add));
        return regions.size() == 1 ? Optional.of(regions.iterator().next()) : Optional.empty();
    }

    /** A declared region either side of the junction is no contradiction of a line at T12-L1. */
    public static boolean spansJunction(List<String> levels) {
        return levels.contains(JUNCTION);
    }
}
