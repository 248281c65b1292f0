package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.COVERAGE;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** FREQ-CAP: at most 4 ESI sessions per spinal region in a rolling 12 months (the verdict is FrequencyPolicy's). */
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
        return s.frequency().filter(f -> !f.eligible()).map(f -> finding("The patient already had "
                + f.priorSessions() + " " + s.region().wireName() + " ESI sessions between " + f.windowStart()
                + " and " + f.windowEnd() + "; at most " + f.limit() + " are covered in a rolling 12 months."
                + " Next eligible on " + f.nextEligibleDate().map(LocalDate::toString).orElse("(unknown)") + "."))
                .stream().toList();
    }
}
