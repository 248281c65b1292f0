package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.COVERAGE;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.CapWindow;
import com.epiduralestimator.domain.FrequencyResult;
import com.epiduralestimator.domain.ProcedureFamily;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * FREQ-CAP: the session cap of the session's family, per region (and per purpose where the family counts them apart):
 * 4 ESI sessions per spinal region in a rolling 12 months, and the other families' caps from their data.
 */
final class FrequencyCapRule extends Rule implements LineDenial {
    FrequencyCapRule() {
        super("FREQ-CAP", COVERAGE, ERROR, LCD);
    }

    /** The cap denies the lines of the session's region that count toward it, never a line beside them. */
    @Override
    public boolean denies(SessionReview s, int index) {
        Optional<ProcedureCode> c = ProcedureCatalog.find(s.claims().physician().get(index).code());
        return c.isPresent() && c.get().countsTowardCap() && c.get().region() == s.region();
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        if (s.frequency().isEmpty() || s.frequency().get().eligible()) { // no lambda: docs/performance.md
            return List.of();
        }
        FrequencyResult f = s.frequency().get();
        return List.of(f.family().equals(ProcedureFamily.ESI) ? finding(message(s, f))
                : findingFrom(source(f), message(s, f)));
    }

    /** The source of the family's cap that answered (caps.csv). */
    private static String source(FrequencyResult f) {
        return ProcedureCatalog.families().family(f.family()).flatMap(family -> family.caps().stream()
                .filter(c -> f.purpose().map(p -> p == c.purpose()).orElse(true)).findFirst())
                .map(com.epiduralestimator.domain.SessionCap::source).orElse(LCD);
    }

    private static String message(SessionReview s, FrequencyResult f) {
        if (f.family().equals(ProcedureFamily.ESI)) {
            return "The patient already had " + f.priorSessions() + " " + s.region().wireName() + " ESI sessions"
                    + " between " + f.windowStart() + " and " + f.windowEnd() + "; at most " + f.limit() + " are"
                    + " covered in a rolling 12 months. Next eligible on "
                    + f.nextEligibleDate().map(LocalDate::toString).orElse("(unknown)") + ".";
        }
        String kind = f.purpose().map(p -> p.wireName() + " ").orElse("");
        String family = ProcedureCatalog.families().family(f.family()).map(ProcedureFamily::label).orElse(f.family());
        if (f.window() == CapWindow.WHOLE_HISTORY) {
            return "The patient already had " + f.priorSessions() + " " + kind + s.region().wireName() + " "
                    + family + " sessions on record; at most " + f.limit() + " are covered in all (no next eligible"
                    + " date).";
        }
        return "The patient already had " + f.priorSessions() + " " + kind + s.region().wireName() + " " + family
                + " sessions between " + f.windowStart() + " and " + f.windowEnd() + "; at most " + f.limit()
                + " are covered in a rolling 12 months. Next eligible on "
                + f.nextEligibleDate().map(LocalDate::toString).orElse("(unknown)") + ".";
    }
}
