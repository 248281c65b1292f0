package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.ClaimEdits;
import com.epiduralestimator.domain.DiscontinuedDrug;
import com.epiduralestimator.domain.DrugLines;
import com.epiduralestimator.domain.EditTable;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.SessionLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DRUG-DISCONTINUED: a drug code CMS ended before the date of service (J1030, methylprednisolone acetate 40 mg, ended
 * 31 March 2024) is returned by the contractor: a coding error naming its replacement (J1010 per 1 mg, 40 units for
 * one unit of J1030), from edits/discontinued-drugs.csv (data, not code). The claim is priced as fixed, the line
 * reported with the replacement and its units (medicare-rules.md section 4: a coding error never shifts cost to the
 * patient), on the physician's and the facility's claim alike.
 */
final class DiscontinuedDrugRule extends Rule implements EditTableFix {
    private final ClaimEdits edits;

    DiscontinuedDrugRule(ClaimEdits edits) {
        super("DRUG-DISCONTINUED", CODING, ERROR, "CMS HCPCS quarterly update (April 2024: J1020, J1030, J1040 end;"
                + " J1010 per 1 mg); medicare-rules.md section 7");
        this.edits = edits;
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<Finding> out = new ArrayList<>();
        for (SessionLine line : s.input().lines()) {
            Optional<DiscontinuedDrug> d = ended(line, s.input());
            if (d.isPresent()) {
                DiscontinuedDrug drug = d.get();
                SessionLine fixed = drug.replace(line);
                out.add(finding(line.code() + " (" + drug.label() + ") was discontinued after " + drug.lastDay()
                        + ": bill " + drug.replacement() + " x " + drug.replacementUnitsPerUnit() + " per unit of "
                        + line.code() + " (here " + line.code() + " x" + line.units() + " = " + fixed.code() + " x"
                        + fixed.units() + "), or the contractor returns the claim."));
            }
        }
        return out;
    }

    @Override
    public List<SessionLine> fix(EditTable table, EstimateInput input, List<SessionLine> lines) {
        List<SessionLine> out = new ArrayList<>(lines.size());
        for (SessionLine line : lines) {
            Optional<DiscontinuedDrug> d = ended(line, input);
            out.add(d.isPresent() ? d.get().replace(line) : line);
        }
        return out;
    }

    private Optional<DiscontinuedDrug> ended(SessionLine line, EstimateInput input) {
        if (!DrugLines.isDrug(line.code())) {
            return Optional.empty();
        }
        Optional<DiscontinuedDrug> d = edits.discontinued(line.code());
        return d.isPresent() && d.get().endedBefore(input.dateOfService()) ? d : Optional.empty();
    }
}
