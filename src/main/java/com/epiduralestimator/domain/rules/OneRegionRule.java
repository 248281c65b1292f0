package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.COVERAGE;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.NotCoveredBilling;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * FREQ-ONE-REGION (medicare-rules.md sections 3 and 6): one spinal region per session (per day). The region that
 * stays covered is the one recorded first on the date (stored, or given as a session elsewhere), else the first
 * line's (Decision: the MAC articles do not say which region a contractor denies); the lines of any other region
 * are not covered. Line-level: only those lines.
 */
final class OneRegionRule extends Rule implements LineDenial {
    OneRegionRule() {
        super("FREQ-ONE-REGION", COVERAGE, ERROR, ARTICLE);
    }

    /** The region that stays covered on the date. */
    static SpinalRegion coveredRegion(SessionReview s) {
        return s.regionOnFile().orElse(s.region());
    }

    @Override
    public boolean denies(SessionReview s, int index) {
        Optional<SpinalRegion> region = SessionReview.regionOf(s.claims().physician().get(index));
        return region.isPresent() && region.get() != coveredRegion(s);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<String> denied = new ArrayList<>();
        List<SessionLine> lines = s.claims().physician();
        for (int i = 0; i < lines.size(); i++) {
            if (denies(s, i)) {
                denied.add(lines.get(i).code().value());
            }
        }
        if (denied.isEmpty()) {
            return List.of();
        }
        SpinalRegion covered = coveredRegion(s);
        String why = s.regionOnFile().isPresent()
                ? "a " + covered.wireName() + " session is already on file for " + s.input().dateOfService()
                        + " and the region recorded first on a date stays covered"
                : "the session's region is its first line's, " + covered.wireName();
        return List.of(finding("One spinal region per session (per day): " + why + ". The lines of the other"
                + " region (" + String.join(", ", denied.stream().distinct().toList()) + ") are not covered; the"
                + " patient may be billed for them " + NotCoveredBilling.of(s.input()).condition() + "."));
    }
}
