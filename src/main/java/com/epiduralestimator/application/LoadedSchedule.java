package com.epiduralestimator.application;

import com.epiduralestimator.domain.YearParameters;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A schedule year as loaded: where an answer for that year comes from ({@code GET /v1/schedules}).
 *
 * @param parameters     the year's parameters
 * @param loadedAt       when the load that is active finished
 * @param source         the CMS files the year was loaded (or derived) from, with their SHA-256
 * @param oppsCapLoaded  whether CMS's OPPS cap file was loaded: without it, imaging fees are not capped
 * @param facilityRates  which facility rate sets are loaded for the year ({@code hospital-outpatient}, {@code asc})
 */
public record LoadedSchedule(YearParameters parameters, Instant loadedAt, List<ScheduleSource> source,
                             boolean oppsCapLoaded, List<String> facilityRates) {
    public LoadedSchedule {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(loadedAt, "loadedAt");
        source = List.copyOf(source);
        facilityRates = List.copyOf(facilityRates);
    }

    public int year() {
        return parameters.year();
    }
}
