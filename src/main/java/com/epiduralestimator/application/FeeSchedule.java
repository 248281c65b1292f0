package com.epiduralestimator.application;

/**
 * Port: the Medicare Physician Fee Schedule as loaded. One call is one round trip to the store: it returns the
 * loaded years, and for the requested year (when loaded) its conversion factor, the rows of the requested codes,
 * and the requested locality or the ZIP's locality.
 */
public interface FeeSchedule {
    ScheduleSlice slice(SliceRequest request);

    /** Every loaded year, ascending, with its parameters and where it was loaded from (one catalog read). */
    java.util.List<LoadedSchedule> loadedSchedules();
}
