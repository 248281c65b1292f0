package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.DOCUMENTATION;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.PastSession;
import com.epiduralestimator.domain.Purpose;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * RFA-DIAGNOSTIC-BLOCKS (medicare-rules.md section 7): before a first RFA of a region, two diagnostic medial branch
 * blocks of that region (facet family, purpose diagnostic), each with at least 80% relief. Where fewer than two are
 * on file (recorded, or given in otherSessions) a documentation warning: they may have been done elsewhere, and the
 * relief is in the records, not in the ledger. A region with an RFA on file is a repeat (RFA-REPEAT).
 */
final class RfaDiagnosticBlocksRule extends Rule {
    static final String RFA = "facet-rfa";
    static final String FACET = "facet";
    static final String FACET_SOURCE = "Facet LCD L38803 (and L38765, L38773, L38801, L38841, L33930, L34892);"
            + " medicare-rules.md section 7";
    private static final int BLOCKS = 2;

    RfaDiagnosticBlocksRule() {
        super("RFA-DIAGNOSTIC-BLOCKS", DOCUMENTATION, WARNING, FACET_SOURCE);
    }

    /** The dates of the region's sessions of {@code family} before the date of service (one per date). */
    static TreeSet<LocalDate> dates(SessionReview s, String family, boolean diagnosticOnly) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (PastSession p : s.history()) {
            boolean purpose = !diagnosticOnly || (p.purpose().isPresent() && p.purpose().get() == Purpose.DIAGNOSTIC);
            if (p.family().equals(family) && p.region() == s.region() && purpose
                    && p.date().isBefore(s.input().dateOfService())) {
                dates.add(p.date());
            }
        }
        return dates;
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        if (!RFA.equals(s.family()) || !dates(s, RFA, false).isEmpty()) {
            return List.of();
        }
        TreeSet<LocalDate> blocks = dates(s, FACET, true);
        if (blocks.size() >= BLOCKS) {
            return List.of();
        }
        String onFile = blocks.isEmpty() ? "none is on file" : "only " + blocks.size() + " is on file ("
                + blocks.first() + ")";
        return List.of(finding("A first radiofrequency ablation of the " + s.region().wireName() + " region needs"
                + " two diagnostic medial branch blocks of that region before it, each with at least 80% relief:"
                + " " + onFile + ". They may have been done elsewhere: keep their records with the relief"
                + " documented (or give them in otherSessions with family facet and purpose diagnostic)."));
    }
}
