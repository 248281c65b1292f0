/**
 * The FeeSchedule, FacilitySchedule and SessionLedger ports in memory: the local server's default store and the
 * fast tests' twin of the DynamoDB adapter.
 */
package com.epiduralestimator.adapter.memory;
