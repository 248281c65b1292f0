package com.epiduralestimator.domain.rules;

/**
 * A coverage rule that denies only some lines of the session (medicare-rules.md section 6, "Line-level coverage"):
 * its error makes those lines of the physician's claim not covered, and the rest is priced and paid as usual. A
 * coverage error of a rule that is not a LineDenial denies every line.
 */
interface LineDenial {
    /** Whether the rule's error denies line {@code index} of {@code session.claims().physician()}. */
    boolean denies(SessionReview session, int index);
}
