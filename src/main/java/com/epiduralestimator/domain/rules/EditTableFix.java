package com.epiduralestimator.domain.rules;

import com.epiduralestimator.domain.EditTable;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.SessionLine;
import java.util.List;

/**
 * A claim edit (NCCI PTP, MUE) that removes what a contractor denies, judged with the table of the claim's payer:
 * practitioner for the physician's and an ASC's claim, hospital for an OPPS claim. Its {@link ClaimFix#fix} is the
 * practitioner table's (the physician's claim).
 */
interface EditTableFix extends ClaimFix {
    List<SessionLine> fix(EditTable table, EstimateInput input, List<SessionLine> lines);

    @Override
    default List<SessionLine> fix(EstimateInput input, List<SessionLine> lines) {
        return fix(EditTable.PRACTITIONER, input, lines);
    }
}
