package com.epiduralestimator.application;

import com.epiduralestimator.domain.CodedClaims;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.domain.FrequencyResult;
import com.epiduralestimator.domain.Payment;
import com.epiduralestimator.domain.PricedLine;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.SpinalRegion;
import java.util.List;

/**
 * Everything one estimate answers; {@code eligible} is false exactly when no line of the physician's claim is
 * covered (line-level coverage, medicare-rules.md section 6), {@link #claimReady()} when any error is;
 * {@code priorSessionsElsewhere}: how many of the frequency's prior sessions were with another provider.
 *
 * @param lines      the physician's claim as its payer wants it coded, each line covered or not
 * @param notCovered what the physician's lines that are not covered would cost the patient with a signed ABN
 * @param claims     the claims as coded per payer (physician, facility), for the payer-specific edits
 */
public record EstimateResult(boolean eligible, SpinalRegion region, boolean countsTowardCap,
                             FrequencyResult frequency, Setting setting, FeeResolution fee, List<PricedLine> lines,
                             Payment payment, List<Finding> findings, List<String> assumptions,
                             int priorSessionsElsewhere, WholeBill bill, Money notCovered, CodedClaims claims) {
    public EstimateResult {
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
        assumptions = List.copyOf(assumptions);
    }

    /** The claim can go out as described: no finding is an error (of any kind). */
    public boolean claimReady() {
        for (Finding f : findings) {
            if (f.isError()) {
                return false;
            }
        }
        return true;
    }
}
