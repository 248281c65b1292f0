package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.PastSession;
import com.epiduralestimator.domain.SessionLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GLOBAL-VISIT (medicare-rules.md section 7, the facet RFA's 10-day global period on a later day): an E/M visit
 * within the global period of a procedure this practice performed is included in the procedure's payment. Like
 * EM-25 on the day itself, it is a coding error, the provider's liability (a visit included in a global package is
 * not billable to the patient, and no ABN shifts it), and the claim is priced without the visit. A visit unrelated
 * to the procedure is paid with modifier 24 (unrelated E/M during a postoperative period): with it, no finding.
 */
final class GlobalVisitRule extends Rule implements HistoryFix {
    static final String UNRELATED = "24";

    GlobalVisitRule() {
        super("GLOBAL-VISIT", CODING, ERROR, GlobalPeriods.SOURCE);
    }

    private static boolean includedVisit(SessionLine line) {
        return NcciPtpRule.evaluationAndManagement(line.code()) && !line.hasModifier(UNRELATED);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        LocalDate date = s.input().dateOfService();
        Optional<PastSession> open = GlobalPeriods.openOn(date, s.history());
        if (open.isEmpty()) {
            return List.of();
        }
        Set<HcpcsCode> visits = new LinkedHashSet<>();
        for (SessionLine line : s.input().lines()) {
            if (includedVisit(line)) {
                visits.add(line.code());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (HcpcsCode code : visits) {
            findings.add(finding("The visit " + code + " on " + date + " is within "
                    + GlobalPeriods.describe(open.get()) + ": it is included in that procedure's payment and not"
                    + " paid separately (not billable to the patient). If it is unrelated to the procedure, add"
                    + " modifier 24. Priced without it."));
        }
        return findings;
    }

    /** Within the period, a visit without 24 is not paid: the claim is priced without it. */
    @Override
    public List<SessionLine> fix(LocalDate dateOfService, List<PastSession> history, List<SessionLine> lines) {
        if (GlobalPeriods.openOn(dateOfService, history).isEmpty()) {
            return lines;
        }
        List<SessionLine> out = new ArrayList<>(lines.size());
        for (SessionLine line : lines) {
            if (!includedVisit(line)) {
                out.add(line);
            }
        }
        return out.size() == lines.size() ? lines : List.copyOf(out);
    }
}
