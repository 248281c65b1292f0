package com.epiduralestimator.application;

import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.ScheduleYear;
import com.epiduralestimator.domain.ZipLocation;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The part of the schedule one request needs.
 *
 * @param loadedYears the years loaded in the store, whatever was asked
 * @param year        the requested year, empty when that year is not loaded (then everything else is empty)
 * @param rows        the RVU rows of each requested code that the year has (all modifiers); absent codes are missing
 * @param zip         where the requested ZIP is priced, empty when no ZIP was asked or the ZIP file lacks it
 * @param locality    the requested locality, or the ZIP's; empty when none was asked or the year lacks it
 */
public record ScheduleSlice(
        NavigableSet<Integer> loadedYears,
        Optional<ScheduleYear> year,
        Map<String, List<FeeRow>> rows,
        Optional<ZipLocation> zip,
        Optional<Locality> locality) {

    public ScheduleSlice {
        loadedYears = new TreeSet<>(loadedYears);
        rows = Map.copyOf(rows);
    }

    public static ScheduleSlice yearNotLoaded(NavigableSet<Integer> loadedYears) {
        return new ScheduleSlice(loadedYears, Optional.empty(), Map.of(), Optional.empty(), Optional.empty());
    }
}
