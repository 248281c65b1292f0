/**
 * The use cases (fee lookup, estimate, record a session) and the ports they need (FeeSchedule, SessionLedger).
 */
package com.epiduralestimator.application;
