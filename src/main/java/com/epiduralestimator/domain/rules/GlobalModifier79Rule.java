package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.PastSession;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GLOBAL-79 (medicare-rules.md section 7): a block or an ESI (a line of a family with no global period of its own:
 * esi, facet, sacroiliac) within the global period of an RFA this practice performed on an earlier day is an
 * unrelated procedure during the postoperative period: it carries modifier 79. Without it, a coding error naming
 * its fix (add 79; 79 changes no price), like KX. Another RFA within the period is left to the RFA's own rules.
 */
final class GlobalModifier79Rule extends Rule implements HistoryFix {
    static final String MODIFIER = "79";

    GlobalModifier79Rule() {
        super("GLOBAL-79", CODING, ERROR, GlobalPeriods.SOURCE);
    }

    /** A line of a family without a global period of its own (a block, an ESI), lacking 79. */
    private static boolean needs79(SessionLine line) {
        Optional<ProcedureCode> code = ProcedureCatalog.find(line.code());
        return code.isPresent() && GlobalPeriods.globalDays(code.get().family()) == 0 && !line.hasModifier(MODIFIER);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        Optional<PastSession> open = GlobalPeriods.openOn(s.input().dateOfService(), s.history());
        if (open.isEmpty()) {
            return List.of();
        }
        Set<HcpcsCode> codes = new LinkedHashSet<>();
        for (SessionReview.Line line : s.lines()) {
            if (needs79(line.line())) {
                codes.add(line.code().code());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (HcpcsCode code : codes) {
            findings.add(finding(code + " on " + s.input().dateOfService() + " is within "
                    + GlobalPeriods.describe(open.get()) + ": a procedure unrelated to it, by the same physician,"
                    + " carries modifier 79; add 79 (without it the contractor treats it as part of the global"
                    + " package and denies it)."));
        }
        return findings;
    }

    /** 79 goes on each such line that lacks it (79 changes no price). */
    @Override
    public List<SessionLine> fix(LocalDate dateOfService, List<PastSession> history, List<SessionLine> lines) {
        if (GlobalPeriods.openOn(dateOfService, history).isEmpty()) {
            return lines;
        }
        List<SessionLine> out = new ArrayList<>(lines.size());
        for (SessionLine line : lines) {
            if (!needs79(line)) {
                out.add(line);
                continue;
            }
            List<String> modifiers = new ArrayList<>(line.modifiers());
            modifiers.add(MODIFIER);
            out.add(line.withModifiers(modifiers));
        }
        return List.copyOf(out);
    }
}
