package com.epiduralestimator.application;

import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.OppsCap;
import com.epiduralestimator.domain.YearParameters;
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
 * @param caps        the OPPS caps of each requested code in {@code locality} (any modifier row); codes without a
 *                    cap there are missing, and there are none without a locality
 * @param oppsCapLoaded the year was loaded with CMS's OPPS cap file (false: imaging fees cannot be capped)
 */
public record ScheduleSlice(
        NavigableSet<Integer> loadedYears,
        Optional<YearParameters> year,
        Map<String, List<FeeRow>> rows,
        Optional<ZipLocation> zip,
        Optional<Locality> locality,
        Map<String, List<OppsCap>> caps,
        boolean oppsCapLoaded) {

    public ScheduleSlice {
        loadedYears = new TreeSet<>(loadedYears);
        rows = Map.copyOf(rows);
        caps = Map.copyOf(caps);
    }

    public ScheduleSlice(NavigableSet<Integer> loadedYears, Optional<YearParameters> year,
                         Map<String, List<FeeRow>> rows, Optional<ZipLocation> zip, Optional<Locality> locality) {
        this(loadedYears, year, rows, zip, locality, Map.of(), false);
    }

    public static ScheduleSlice yearNotLoaded(NavigableSet<Integer> loadedYears) {
        return new ScheduleSlice(loadedYears, Optional.empty(), Map.of(), Optional.empty(), Optional.empty());
    }

    /** The OPPS cap of one code's modifier row in the slice's locality. */
    public Optional<OppsCap> cap(String code, String modifier) {
        for (OppsCap cap : caps.getOrDefault(code, List.of())) {
            if (cap.modifier().equals(modifier)) {
                return Optional.of(cap);
            }
        }
        return Optional.empty();
    }
}
