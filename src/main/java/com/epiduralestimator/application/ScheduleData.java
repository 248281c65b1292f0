package com.epiduralestimator.application;

import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.ScheduleYear;
import com.epiduralestimator.domain.ZipLocation;
import java.util.List;

/** One year of the fee schedule as loaded: the RVU rows, the localities with their GPCIs, and ZIP to locality. */
public record ScheduleData(ScheduleYear year, List<FeeRow> rows, List<Locality> localities, List<ZipLocation> zips) {
    public ScheduleData {
        rows = List.copyOf(rows);
        localities = List.copyOf(localities);
        zips = List.copyOf(zips);
    }
}
