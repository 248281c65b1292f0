package com.epiduralestimator.domain.rules;

import com.epiduralestimator.domain.ClaimEdits;
import com.epiduralestimator.domain.EditKind;
import com.epiduralestimator.domain.EditTable;
import com.epiduralestimator.domain.Edition;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.SessionLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The assumptions the claim edits add to a response: which edition of each table the rules consulted (only the
 * tables an estimate needs: the ICD-10-CM list when it has diagnoses, the PTP table when it has two codes, the MUE
 * table when a code has more than one unit), whether that edition is in force on the date of service, and which
 * pairs a PTP extract cannot know.
 */
final class ClaimEditNotes {
    private final ClaimEdits edits;

    ClaimEditNotes(ClaimEdits edits) {
        this.edits = edits;
    }

    /**
     * @param claim the claim the edits judge (once the other coding errors are fixed)
     * @param fired whether a claim edit (DIAGNOSIS-INVALID, NCCI-PTP, MUE) made a finding: then every edition
     *              consulted is named; otherwise only what the reader must know (a date after the newest ICD-10-CM
     *              edition, pairs the extract cannot know)
     */
    List<String> assumptions(EstimateInput input, List<SessionLine> claim, boolean fired) {
        LocalDate date = input.dateOfService();
        List<String> notes = new ArrayList<>();
        if (!input.diagnosisCodes().isEmpty()) {
            Optional<Edition> icd = edits.edition(EditKind.ICD10CM, date);
            if (icd.isPresent() && fired) {
                notes.add("Diagnoses checked against the " + icd.get().describe() + ".");
            } else if (icd.isEmpty() && afterEveryEdition(EditKind.ICD10CM, date)) {
                notes.add("Diagnoses not checked for validity: no ICD-10-CM edition loaded covers " + date
                        + " (load CMS's code file for its fiscal year with load-edits).");
            }
        }
        // Loops and ifs, not lambdas or streams: the first estimate of two codes runs this (docs/performance.md).
        if (distinctCodes(claim).size() > 1) {
            Optional<Edition> ptp = edits.edition(EditKind.ptp(EditTable.PRACTITIONER), date);
            if (ptp.isPresent()) {
                if (fired) {
                    notes.add(consulted(ptp.get(), date));
                }
                Optional<String> outside = outsideScope(ptp.get(), claim);
                if (outside.isPresent()) {
                    notes.add(outside.get());
                }
            }
        }
        if (fired && MueRule.severalUnits(claim)) {
            Optional<Edition> mue = edits.edition(EditKind.mue(EditTable.PRACTITIONER), date);
            if (mue.isPresent()) {
                notes.add(consulted(mue.get(), date));
            }
        }
        return notes;
    }

    /** The date is after the last day of every edition of the kind (a newer one should be loaded). */
    private boolean afterEveryEdition(EditKind kind, LocalDate date) {
        Optional<LocalDate> newestEnd = newestEnd(kind);
        return edits.edition(EditKind.ICD10CM, date).isEmpty() && newestEnd.isPresent()
                && date.isAfter(newestEnd.get());
    }

    private Optional<LocalDate> newestEnd(EditKind kind) {
        LocalDate newest = null;
        for (Edition e : edits.editions(kind)) {
            if (newest == null || e.effectiveThrough().isAfter(newest)) {
                newest = e.effectiveThrough();
            }
        }
        return Optional.ofNullable(newest);
    }

    /** The claim's codes, each once, in line order. */
    static List<HcpcsCode> distinctCodes(List<SessionLine> claim) {
        List<HcpcsCode> codes = new ArrayList<>();
        for (SessionLine line : claim) {
            if (!codes.contains(line.code())) {
                codes.add(line.code());
            }
        }
        return codes;
    }

    private static String consulted(Edition e, LocalDate date) {
        return "Checked against the " + e.describe() + (e.covers(date) ? "." : ", the newest loaded: CMS revises"
                + " these edits every quarter and those in force on " + date + " may differ.");
    }

    /** A pair of codes neither of which is in an extract's scope: the extract cannot say whether they pair. */
    private static Optional<String> outsideScope(Edition e, List<SessionLine> claim) {
        List<HcpcsCode> codes = distinctCodes(claim);
        for (int i = 0; i < codes.size(); i++) {
            for (int j = i + 1; j < codes.size(); j++) {
                if (!e.holdsPairsOf(codes.get(i), codes.get(j))) {
                    return Optional.of("NCCI pairs among codes outside the ESI family (here " + codes.get(i) + " and "
                            + codes.get(j) + ") are not in the bundled PTP extract, which holds only the ESI codes'"
                            + " pairs: such a pair is not checked until CMS's full tables are loaded (load-edits).");
                }
            }
        }
        return Optional.empty();
    }
}
