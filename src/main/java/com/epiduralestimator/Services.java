package com.epiduralestimator;

import com.epiduralestimator.application.EstimateService;
import com.epiduralestimator.application.FeeLookup;
import com.epiduralestimator.application.SessionRecorder;
import java.time.Clock;

/**
 * The wired use cases the handlers call, and the little configuration the HTTP layer itself needs.
 * {@code estimates} and {@code sessions} are null in the fees function, which holds no patient key secret.
 */
public record Services(FeeLookup fees, EstimateService estimates, SessionRecorder sessions, String tenantClaim,
                       Clock clock) {}
