/**
 * The use cases (FeeLookup; EstimateService, with WholeBillService for the facility's claim and the supplement's
 * share; SessionRecorder) and the ports they need (FeeSchedule, FacilitySchedule, SessionLedger; ScheduleFeed for a
 * load), with the caches in front of the schedule ports.
 */
package com.epiduralestimator.application;
