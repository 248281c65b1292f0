package com.epiduralestimator.application;

/**
 * Port: the facility payment data (OPPS and ASC) as loaded. One call is one round trip to the store: the loaded
 * years, and for the requested year (when loaded) the requested codes' rates and the requested wage area with the
 * floors of its states.
 */
public interface FacilitySchedule {
    FacilitySlice slice(FacilitySliceRequest request);
}
