package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalLevels;
import com.epiduralestimator.domain.SpinalRegion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * REGION-MISMATCH: the spinal level contradicts the code; the fix is the other region's code. A line's
 * {@code levels} decide its region where given (64483 at T12-L1 is 64479, medicare-rules.md section 6), and a
 * declared {@code region} is then not held against it; without levels, the declared region decides.
 */
final class RegionMismatchRule extends Rule implements ClaimFix {
    RegionMismatchRule() {
        super("REGION-MISMATCH", CODING, ERROR, ARTICLE);
    }

    /** The region the line's levels, else the declared region, say it was done in; empty when nothing says. */
    static Optional<SpinalRegion> expected(EstimateInput input, SessionLine line, ProcedureCode code) {
        if (!line.levels().isEmpty()) {
            return SpinalLevels.region(line.levels(), code.approach());
        }
        return input.declaredRegion().isPresent() ? Optional.of(input.declaredRegion().get().spinalRegion())
                : Optional.empty();
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<Finding> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (SessionReview.Line line : s.lines()) {
            ProcedureCode c = line.code();
            Optional<SpinalRegion> expected = expected(s.input(), line.line(), c);
            String key = c.code() + "/" + line.line().levels();
            if (expected.isEmpty() || expected.get() == c.region() || seen.contains(key)) {
                continue;
            }
            seen.add(key);
            String said = line.line().levels().isEmpty()
                    ? "the declared level is " + s.input().declaredRegion().orElseThrow().wireName()
                    : "the line's levels (" + String.join(", ", line.line().levels()) + ") are "
                            + expected.get().wireName();
            out.add(finding("Code " + c.code() + " is a " + c.region().wireName() + " code but " + said + ": report "
                    + c.counterpart() + " instead."));
        }
        return out;
    }

    /** The levels (else the declared region) are taken as what was done: such a line becomes its counterpart. */
    @Override
    public List<SessionLine> fix(EstimateInput input, List<SessionLine> lines) {
        List<SessionLine> fixed = new ArrayList<>(lines.size());
        for (SessionLine line : lines) {
            ProcedureCode code = ProcedureCatalog.find(line.code()).orElseThrow();
            Optional<SpinalRegion> expected = expected(input, line, code);
            fixed.add(expected.isEmpty() || expected.get() == code.region() ? line : line.withCode(code.counterpart()));
        }
        return List.copyOf(fixed);
    }
}
