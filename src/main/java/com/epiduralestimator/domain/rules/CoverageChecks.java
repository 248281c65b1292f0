package com.epiduralestimator.domain.rules;

import com.epiduralestimator.domain.CoveredLine;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FrequencyResult;
import com.epiduralestimator.domain.PriorSession;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import com.epiduralestimator.domain.SupportingDiagnoses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The coding and coverage rules of medicare-rules.md section 4 (and FREQ-CAP), in the order findings are listed. */
public final class CoverageChecks {
    private final List<Rule> rules;

    public CoverageChecks(SupportingDiagnoses diagnoses) {
        this.rules = List.of(
                new FrequencyCapRule(),
                new OneRegionRule(),
                new LevelsRule(),
                new AppealOnlyRule(),
                new PriorAuthWiserRule(),
                new PriorAuthOpdRule(),
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
                new KxUnexpectedRule(),
                new ConservativeCareRule(),
                new RepeatResponseRule(),
                new DocumentationRule(),
                new DiagnosisSupportRule(diagnoses),
                new NotCountedRule());
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
        return rules.stream().flatMap(rule -> rule.evaluate(session).stream()).toList();
    }

    /** Whether the finding was made by a rule that depends on the place of service ({@link #checkPlaceOfService}). */
    public boolean fromPlaceOfService(Finding finding) {
        return rules.stream().anyMatch(rule -> rule.dependsOnPlaceOfService() && rule.id().equals(finding.code()));
    }

    /**
     * Only the rules that depend on the place of service, for a place known after the fees were priced (a
     * facility's state, from facilityState or its CBSA): they need no history or cap verdict.
     */
    public List<Finding> checkPlaceOfService(EstimateInput input, SpinalRegion region, List<ProcedureCode> codes,
                                             Optional<String> placeState) {
        SessionReview session = SessionReview.of(input, region, codes, List.of(), Optional.empty(), placeState);
        return rules.stream().filter(Rule::dependsOnPlaceOfService)
                .flatMap(rule -> rule.evaluate(session).stream()).toList();
    }

    /**
     * The claim once every coding error that names its fix is fixed, in the order of the rules (the region first,
     * then the substance's code, units, modifiers): what the payment is estimated for. Unchanged lines when the
     * request has no such error.
     */
    public List<SessionLine> corrected(EstimateInput input) {
        // The fixes are the session family's: lines outside it (beside the session) pass as they are, after it.
        List<SessionLine> lines = input.lines().stream().filter(l -> ProcedureCatalog.inFamily(l.code())).toList();
        for (Rule rule : rules) {
            if (rule instanceof ClaimFix fix) {
                lines = fix.fix(input, lines);
            }
        }
        List<SessionLine> out = new ArrayList<>(lines);
        input.lines().stream().filter(l -> !ProcedureCatalog.inFamily(l.code())).forEach(out::add);
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
                Optional<Rule> rule = rules.stream().filter(r -> r.id().equals(finding.code())).findFirst();
                int index = i;
                boolean denies = rule.map(r -> !(r instanceof LineDenial d) || d.denies(session, index)).orElse(true);
                if (denies) {
                    deniedBy = Optional.of(finding.code());
                    break;
                }
            }
            out.add(new CoveredLine(lines.get(i), deniedBy));
        }
        return out;
    }
}
