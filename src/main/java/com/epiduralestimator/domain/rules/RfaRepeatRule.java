package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.DOCUMENTATION;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * RFA-REPEAT (medicare-rules.md section 7): a repeat RFA of a region (an RFA of that region on file before the date
 * of service, recorded or given in otherSessions) needs at least 50% relief lasting at least 6 months from the
 * earlier one: a documentation warning (the relief is in the records, not in the ledger; LCD text not retrieved).
 */
final class RfaRepeatRule extends Rule {
    RfaRepeatRule() {
        super("RFA-REPEAT", DOCUMENTATION, WARNING, RfaDiagnosticBlocksRule.FACET_SOURCE);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        if (!RfaDiagnosticBlocksRule.RFA.equals(s.family())) {
            return List.of();
        }
        TreeSet<LocalDate> earlier = RfaDiagnosticBlocksRule.dates(s, RfaDiagnosticBlocksRule.RFA, false);
        if (earlier.isEmpty()) {
            return List.of();
        }
        return List.of(finding("A repeat radiofrequency ablation of the " + s.region().wireName() + " region (the"
                + " last on file: " + earlier.last() + ") needs documented relief of at least 50% lasting at least"
                + " 6 months after the earlier ablation (LCD text not retrieved: medicare-rules.md section 7)."));
    }
}
