package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.ClaimEdits;
import com.epiduralestimator.domain.EditTable;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.PtpEdits;
import com.epiduralestimator.domain.SessionLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * NCCI-PTP (medicare-rules.md section 6): two lines of one day forming an active pair of the payer's PTP table;
 * the column-2 line is not payable unless the pair's modifier indicator is 1 and the line carries an
 * NCCI-associated modifier (59, XE, XS, XP, XU; 25 on an E/M). The provider's liability: never the patient's, never
 * with an ABN. The denied line leaves the priced claim ({@link EditTableFix}).
 */
final class NcciPtpRule extends Rule implements EditTableFix {
    static final Set<String> DISTINCT_MODIFIERS = Set.of("59", "XE", "XS", "XP", "XU");
    static final String EM_MODIFIER = "25";
    private final ClaimEdits edits;
    private final Function<EstimateInput, List<SessionLine>> claimBefore;

    /** @param claimBefore the claim once the coding errors of the rules before this one are fixed */
    NcciPtpRule(ClaimEdits edits, Function<EstimateInput, List<SessionLine>> claimBefore) {
        super("NCCI-PTP", CODING, ERROR, "CMS NCCI procedure-to-procedure edits");
        this.edits = edits;
        this.claimBefore = claimBefore;
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<SessionLine> lines = claimBefore.apply(s.input());
        Optional<PtpEdits> table = table(EditTable.PRACTITIONER, s.input(), lines);
        if (table.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        boolean member = s.input().medicareAdvantage().isPresent();
        // Loops, not lambdas or streams: the first estimate of two codes runs this rule (docs/performance.md).
        for (Map.Entry<Integer, PtpEdits.Pair> denial : denials(table.get(), lines).entrySet()) {
            findings.add(Finding.of(id(), ERROR, CODING, message(table.get(), denial.getValue(),
                    lines.get(denial.getKey()), member), source() + ", " + table.get().edition().describe()));
        }
        return findings;
    }

    @Override
    public List<SessionLine> fix(EditTable table, EstimateInput input, List<SessionLine> lines) {
        Optional<PtpEdits> edits = table(table, input, lines);
        if (edits.isEmpty()) {
            return lines;
        }
        Map<Integer, PtpEdits.Pair> denied = denials(edits.get(), lines);
        List<SessionLine> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!denied.containsKey(i)) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    /** The table is read only for a claim with two different codes: a one-code claim forms no pair. */
    private Optional<PtpEdits> table(EditTable table, EstimateInput input, List<SessionLine> lines) {
        if (ClaimEditNotes.distinctCodes(lines).size() < 2) {
            return Optional.empty();
        }
        return edits.ptp(table, input.dateOfService());
    }

    /** The index of each denied column-2 line with the pair that denies it (the first pair, in line order). */
    static Map<Integer, PtpEdits.Pair> denials(PtpEdits table, List<SessionLine> lines) {
        Map<Integer, PtpEdits.Pair> denied = new LinkedHashMap<>();
        for (int j = 0; j < lines.size(); j++) {
            SessionLine b = lines.get(j);
            for (SessionLine a : lines) {
                if (a.code().equals(b.code()) || denied.containsKey(j)) {
                    continue;
                }
                Optional<PtpEdits.Pair> pair = table.pair(a.code(), b.code());
                if (pair.isPresent() && !payable(pair.get(), b)) {
                    denied.put(j, pair.get());
                }
            }
        }
        return denied;
    }

    /** Column 2 of an indicator-1 pair with the modifier NCCI associates with a distinct service. */
    static boolean payable(PtpEdits.Pair pair, SessionLine column2) {
        if (!pair.modifierAllowed()) {
            return false;
        }
        if (evaluationAndManagement(column2.code())) {
            return column2.hasModifier(EM_MODIFIER);
        }
        for (String modifier : column2.modifiers()) {
            if (DISTINCT_MODIFIERS.contains(modifier)) {
                return true;
            }
        }
        return false;
    }

    /** An E/M code (99202–99499): its NCCI-associated modifier is 25. */
    static boolean evaluationAndManagement(HcpcsCode code) {
        String v = code.value();
        boolean digits = v.length() == 5;
        for (int i = 0; digits && i < 5; i++) {
            digits = Character.isDigit(v.charAt(i)); // 99\d{3}, without a regular expression
        }
        return digits && v.compareTo("99202") >= 0 && v.compareTo("99499") <= 0;
    }

    /** @param member a Medicare Advantage member's claim: the ABN, a traditional-Medicare form, is not named */
    private static String message(PtpEdits table, PtpEdits.Pair pair, SessionLine line, boolean member) {
        HcpcsCode c1 = pair.column1();
        HcpcsCode c2 = pair.column2();
        String why = pair.modifierAllowed()
                ? (evaluationAndManagement(c2) ? " unless the visit is significant and separately identifiable,"
                        + " reported with modifier 25" : " unless the records show a distinct service and the line"
                        + " carries 59, XE, XS, XP or XU") + " (modifier indicator 1)"
                : ": no modifier makes it payable (modifier indicator 0)";
        return c1 + " and " + c2 + " form an NCCI procedure-to-procedure pair (" + table.edition().kind().label()
                + " " + table.edition().name() + "): " + c2 + " (column 2) is not paid beside " + c1 + why + "."
                + " The denial is the provider's liability: the patient may not be billed for " + c2
                + (member ? ", whatever the plan determines" : ", even with an ABN") + ". Priced without the " + c2
                + " line" + (line.units() > 1 ? " (" + line.units()
                + " units)" : "") + ".";
    }
}
