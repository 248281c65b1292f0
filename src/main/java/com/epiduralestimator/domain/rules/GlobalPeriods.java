package com.epiduralestimator.domain.rules;

import com.epiduralestimator.domain.PastSession;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureFamily;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The global periods a later day falls in (families.csv {@code globalDays}: the facet RFA's 10). CMS's Global Surgery
 * Booklet: a 10-day global period is the day of the procedure and the 10 days immediately following (11 days in
 * all). The day itself is EM-25's; this is for the days after: a session of this practice (the ledger's "same
 * physician") on day r opens the period for the dates r + 1 .. r + globalDays, both included.
 */
final class GlobalPeriods {
    static final String SOURCE = "CMS Global Surgery Booklet (a 10-day global period: the day of the procedure and"
            + " the 10 days immediately following); medicare-rules.md section 7";

    private GlobalPeriods() {}

    /** The latest session of this practice whose global period covers {@code date} on a later day; empty if none. */
    static Optional<PastSession> openOn(LocalDate date, List<PastSession> history) {
        PastSession open = null;
        for (PastSession s : history) {
            long days = s.daysUntil(date);
            if (!s.thisPractice() || days < 1 || days > globalDays(s.family())) {
                continue;
            }
            if (open == null || s.date().isAfter(open.date())) {
                open = s;
            }
        }
        return Optional.ofNullable(open);
    }

    static int globalDays(String family) {
        Optional<ProcedureFamily> f = ProcedureCatalog.families().family(family);
        return f.isPresent() ? f.get().globalDays() : 0;
    }

    /** "the 10-day global period of the Facet radiofrequency ablation of 2026-03-02 (through 2026-03-12)". */
    static String describe(PastSession session) {
        int days = globalDays(session.family());
        String label = ProcedureCatalog.families().family(session.family()).map(ProcedureFamily::label)
                .orElse(session.family());
        return "the " + days + "-day global period of the " + label + " of " + session.date() + " by this practice"
                + " (through " + session.date().plusDays(days) + ")";
    }
}
