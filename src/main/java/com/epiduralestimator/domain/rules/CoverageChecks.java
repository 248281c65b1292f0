package com.epiduralestimator.domain.rules;

import com.epiduralestimator.domain.ClaimEdits;
import com.epiduralestimator.domain.CoveredLine;
import com.epiduralestimator.domain.EditTable;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FrequencyResult;
import com.epiduralestimator.domain.PastSession;
import com.epiduralestimator.domain.PriorSession;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import com.epiduralestimator.domain.SupportingDiagnoses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The coding and coverage rules of medicare-rules.md section 4 (and FREQ-CAP), in the order findings are listed. */
public final class CoverageChecks {
    private static final java.util.Set<String> EDIT_RULES = java.util.Set.of("DIAGNOSIS-INVALID", "MUE", "NCCI-PTP");
    private final List<Rule> rules;
    private final ClaimEditNotes notes;
    private final Function<EstimateInput, List<SessionLine>> fixedAbove;

    /**
     * @param edits the claim-edit tables (ICD-10-CM, NCCI PTP, MUE), read only when an estimate needs one
     */
    public CoverageChecks(SupportingDiagnoses diagnoses, ClaimEdits edits) {
        List<Rule> first = List.of(
                new FrequencyCapRule(),
                new OneRegionRule(),
                new LevelsRule(),
                new AppealOnlyRule(),
                new PriorAuthWiserRule(),
                new PriorAuthOpdRule(),
                new PriorAuthPlanRule(),
                new ImagingRequiredRule(),
                new NoImagingCodeRule(),
                new RegionMismatchRule(),
                new NeurolyticRule(),
                new ChemotherapyRule(),
                new UnitsRule(),
                new AddOnWithoutPrimaryRule(),
                new BilateralInterlaminarRule(),
                new BilateralSidesRule(),
                new ComponentModifierRule(),
                new DistinctModifierRule(),
                new KxDsnrbRule(),
                new RequiredModifierRule(),
                new EmSameDayRule(),
                new GlobalVisitRule(),
                new GlobalModifier79Rule(),
                new SedationRule(),
                new DrugWasteModifierRule(), new DiscontinuedDrugRule(edits),
                new KxUnexpectedRule(),
                new ConservativeCareRule(),
                new RepeatResponseRule(),
                new DocumentationRule(),
                new RfaDiagnosticBlocksRule(),
                new RfaRepeatRule(),
                new DiagnosisSupportRule(diagnoses),
                new NotCountedRule());
        // The claim edits judge the claim once the coding errors above are fixed (a contractor edits the claim sent).
        this.fixedAbove = input -> corrected(first, EditTable.PRACTITIONER, input);
        MueRule mue = new MueRule(edits, fixedAbove);
        List<Rule> all = new ArrayList<>(first);
        all.add(new DiagnosisInvalidRule(edits));
        all.add(mue);
        all.add(new NcciPtpRule(edits, input -> mue.fix(input, fixedAbove.apply(input))));
        this.rules = List.copyOf(all);
        this.notes = new ClaimEditNotes(edits);
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * @param region     the one region all lines belong to (FREQ-ONE-REGION is enforced before)
     * @param codes      the catalog entry of each line, in line order
     * @param priors     the region's recorded sessions inside the window (before the date of service)
     * @param frequency  the cap's verdict, empty when no line counts toward the cap
     * @param placeState the state of the place of service, empty when not known (national)
     */
    public List<Finding> check(EstimateInput input, SpinalRegion region, List<ProcedureCode> codes,
                               List<PriorSession> priors, Optional<FrequencyResult> frequency,
                               Optional<String> placeState) {
        return check(SessionReview.of(input, region, codes, priors, frequency, placeState));
    }

    public List<Finding> check(SessionReview session) {
        // Loops, not lambdas or streams: every estimate runs these (docs/performance.md).
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (applies(rule, session)) {
                findings.addAll(rule.evaluate(session));
            }
        }
        return List.copyOf(findings);
    }

    /** A traditional-Medicare program's rule is not judged for a Medicare Advantage member (section 8). */
    private static boolean applies(Rule rule, SessionReview session) {
        return !(rule.originalMedicareOnly() && session.input().medicareAdvantage().isPresent());
    }

    /** Whether the finding was made by a rule that depends on the place of service ({@link #checkPlaceOfService}). */
    public boolean fromPlaceOfService(Finding finding) {
        for (Rule rule : rules) {
            if (rule.dependsOnPlaceOfService() && rule.id().equals(finding.code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Only the rules that depend on the place of service, for a place known after the fees were priced (a
     * facility's state, from facilityState or its CBSA): they need no history or cap verdict.
     */
    public List<Finding> checkPlaceOfService(EstimateInput input, SpinalRegion region, List<ProcedureCode> codes,
                                             Optional<String> placeState) {
        SessionReview session = SessionReview.of(input, region, codes, List.of(), Optional.empty(), placeState);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.dependsOnPlaceOfService() && applies(rule, session)) {
                findings.addAll(rule.evaluate(session));
            }
        }
        return List.copyOf(findings);
    }

    /**
     * The claim once every coding error that names its fix is fixed, in the order of the rules (the region first,
     * then the substance's code, units, modifiers): what the payment is estimated for. Unchanged lines when the
     * request has no such error.
     */
    public List<SessionLine> corrected(EstimateInput input) {
        return corrected(rules, EditTable.PRACTITIONER, input);
    }

    /**
     * The claim once the coding errors are fixed, before the claim edits (MUE, NCCI) judge it: no edit table is read.
     * Every code of {@link #corrected}'s claim is among its codes (the edits only remove lines or units).
     */
    public List<SessionLine> codingFixed(EstimateInput input) {
        return fixedAbove.apply(input);
    }

    /**
     * The claim once fixed (what {@link #corrected(EstimateInput)} gave), then the fixes that read the patient's history
     * (an RFA's global period on a later day: GLOBAL-VISIT, GLOBAL-79), given the sessions on file before the date.
     */
    public List<SessionLine> withHistory(EstimateInput input, List<SessionLine> corrected, List<PastSession> history) {
        List<SessionLine> lines = corrected;
        for (Rule rule : rules) {
            if (rule instanceof HistoryFix fix) {
                lines = fix.fix(input.dateOfService(), history, lines);
            }
        }
        return lines;
    }

    /**
     * The claim once fixed, with the NCCI and MUE denials of the payer's table removed: {@link EditTable#PRACTITIONER}
     * for the physician's and an ASC's claim (what {@link #corrected} gives), {@link EditTable#HOSPITAL} for an OPPS
     * claim (62321 + 64479 is a practitioner pair only: the hospital's claim keeps 64479).
     */
    public List<SessionLine> corrected(EditTable table, EstimateInput input) {
        return corrected(rules, table, input);
    }

    /**
     * What the response says of the claim edits: where one made a finding, the editions that answered for the
     * date of service (and that a newer quarter may differ); a date after the newest ICD-10-CM edition; NCCI pairs
     * the bundled extract cannot know.
     */
    public List<String> editAssumptions(EstimateInput input, List<Finding> findings) {
        boolean fired = false;
        for (Finding f : findings) {
            fired = fired || EDIT_RULES.contains(f.code());
        }
        return notes.assumptions(input, fixedAbove.apply(input), fired);
    }

    private static List<SessionLine> corrected(List<Rule> rules, EditTable table, EstimateInput input) {
        // The fixes are the session family's: lines beside it pass as they are, after it once a fix changed the
        // family's lines; unfixed, the claim keeps the request's order (a visit may be listed first).
        List<SessionLine> lines = new ArrayList<>();
        List<SessionLine> beside = new ArrayList<>();
        for (SessionLine l : input.lines()) {
            (ProcedureCatalog.inFamily(l.code()) ? lines : beside).add(l);
        }
        List<SessionLine> asked = List.copyOf(lines);
        lines = asked;
        for (Rule rule : rules) {
            if (rule instanceof ClaimFix fix && !(rule instanceof EditTableFix)) {
                lines = fix.fix(input, lines);
            }
        }
        List<SessionLine> out = new ArrayList<>(lines.equals(asked) ? input.lines() : lines);
        out.addAll(lines.equals(asked) ? List.of() : beside);
        // The claim edits (MUE, NCCI) judge every line of the claim, the family's and those beside it (77003, a visit).
        for (Rule rule : rules) {
            if (rule instanceof EditTableFix fix) {
                out = fix.fix(table, input, out);
            }
        }
        return out;
    }

    /**
     * Line-level coverage (medicare-rules.md section 6): each line of the physician's claim, covered or denied by
     * the first coverage error that denies it. A rule that is a {@link LineDenial} denies only its lines; a coverage
     * error of any other rule denies every line.
     */
    public List<CoveredLine> coverage(SessionReview session, List<Finding> findings) {
        List<SessionLine> lines = session.claims().physician();
        List<CoveredLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<String> deniedBy = Optional.empty();
            for (Finding finding : findings) {
                if (!finding.makesNotCovered()) {
                    continue;
                }
                Rule rule = rule(finding.code());
                boolean denies = rule == null || !(rule instanceof LineDenial d) || d.denies(session, i);
                if (denies) {
                    deniedBy = Optional.of(finding.code());
                    break;
                }
            }
            out.add(new CoveredLine(lines.get(i), deniedBy));
        }
        return out;
    }

    /** The rule of an id, null for a finding no rule of this list made (the fee's, the edits' notes). */
    private Rule rule(String id) {
        for (Rule rule : rules) {
            if (rule.id().equals(id)) {
                return rule;
            }
        }
        return null;
    }
}
