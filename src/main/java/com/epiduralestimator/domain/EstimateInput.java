package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated estimate request: what the checks and the pricing read. No patient identifier. With
 * {@code medicareAdvantage} the member's plan pays (medicare-rules.md section 8), under the same rules.
 */
public record EstimateInput(
        LocalDate dateOfService,
        Setting setting,
        List<SessionLine> lines,
        Optional<DeclaredRegion> declaredRegion,
        Optional<ImagingGuidance> imagingGuidance,
        boolean contrastContraindicated,
        Optional<Purpose> purpose,
        Optional<Substance> substance,
        List<String> diagnosisCodes,
        Participation participation,
        Optional<Money> deductibleRemaining,
        Documentation documentation,
        Assignment assignment,
        Optional<AdvantagePlan> medicareAdvantage) {

    /** Original Medicare (no Medicare Advantage plan). */
    public EstimateInput(LocalDate dateOfService, Setting setting, List<SessionLine> lines,
                         Optional<DeclaredRegion> declaredRegion, Optional<ImagingGuidance> imagingGuidance,
                         boolean contrastContraindicated, Optional<Purpose> purpose, Optional<Substance> substance,
                         List<String> diagnosisCodes, Participation participation,
                         Optional<Money> deductibleRemaining, Documentation documentation, Assignment assignment) {
        this(dateOfService, setting, lines, declaredRegion, imagingGuidance, contrastContraindicated, purpose,
                substance, diagnosisCodes, participation, deductibleRemaining, documentation, assignment,
                Optional.empty());
    }

    public EstimateInput {
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(setting, "setting");
        lines = List.copyOf(lines);
        List<String> normalised = new java.util.ArrayList<>(); // a loop, not a stream: docs/performance.md
        for (String code : diagnosisCodes) {
            String n = Icd10.normalise(code);
            if (!normalised.contains(n)) {
                normalised.add(n);
            }
        }
        diagnosisCodes = java.util.Collections.unmodifiableList(normalised);
        Objects.requireNonNull(participation, "participation");
        Objects.requireNonNull(documentation, "documentation"); // Documentation.NONE when nothing is stated
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an estimate has at least one line");
        }
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(medicareAdvantage, "medicareAdvantage"); // section 8: the plan's terms, when a member
        if (assignment == Assignment.NOT_ACCEPTED && participation != Participation.NON_PARTICIPATING) {
            throw new InvalidFieldException("assignment", "not-accepted is only for a non-participating practice:"
                    + " a participating practice always accepts assignment");
        }
    }
}
