/**
 * The coding and coverage rules of medicare-rules.md section 4, one class per rule id (its kind, severity and
 * source beside the lines that decide it), judged over a {@link com.epiduralestimator.domain.rules.SessionReview};
 * {@link com.epiduralestimator.domain.rules.CoverageChecks} lists them in one place and applies the coding fixes.
 */
package com.epiduralestimator.domain.rules;
