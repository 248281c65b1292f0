package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.LoadedSchedule;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.ScheduleSlice;
import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.application.SliceRequest;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.OppsCap;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.ZipCode;
import com.epiduralestimator.domain.ZipLocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** The fee schedule held in memory: the local server's default and the fast twin of the DynamoDB adapter. */
public final class InMemoryFeeSchedule implements FeeSchedule {
    private final TreeMap<Integer, LoadedYear> years = new TreeMap<>();
    private final Instant loadedAt;

    /** The years, loaded now. */
    public InMemoryFeeSchedule(List<ScheduleData> loaded) {
        this(loaded, Instant.now());
    }

    public InMemoryFeeSchedule(List<ScheduleData> loaded, Instant loadedAt) {
        this.loadedAt = loadedAt;
        for (ScheduleData data : loaded) {
            if (years.put(data.year().year(), LoadedYear.of(data)) != null) {
                throw new IllegalArgumentException("schedule year " + data.year().year() + " given twice");
            }
        }
    }

    /** No facility rates are held in memory yet: {@code facilityRates} is empty. */
    @Override
    public List<LoadedSchedule> loadedSchedules() {
        List<LoadedSchedule> all = new ArrayList<>();
        years.values().forEach(y -> all.add(new LoadedSchedule(y.year, loadedAt, y.sources, y.oppsCapLoaded,
                List.of())));
        return all;
    }

    @Override
    public ScheduleSlice slice(SliceRequest request) {
        TreeSet<Integer> loadedYears = new TreeSet<>(years.keySet());
        LoadedYear year = years.get(request.year());
        if (year == null) {
            return ScheduleSlice.yearNotLoaded(loadedYears);
        }
        Map<String, List<FeeRow>> rows = new HashMap<>();
        for (String code : request.codes()) {
            List<FeeRow> codeRows = year.rowsByCode.get(code);
            if (codeRows != null) {
                rows.put(code, codeRows);
            }
        }
        Optional<ZipLocation> zip = request.zip().map(z -> year.zips.get(z));
        Optional<LocalityId> localityId = request.locality().isPresent()
                ? request.locality()
                : zip.map(ZipLocation::locality);
        Optional<Locality> locality = localityId.map(year.localities::get);
        Map<String, List<OppsCap>> caps = new HashMap<>();
        locality.ifPresent(l -> {
            for (String code : request.codes()) {
                List<OppsCap> codeCaps = year.caps.getOrDefault(new CapKey(code, l.id()), List.of());
                if (!codeCaps.isEmpty()) {
                    caps.put(code, codeCaps);
                }
            }
        });
        return new ScheduleSlice(loadedYears, Optional.of(year.year), rows, zip, locality, caps, year.oppsCapLoaded);
    }

    private record CapKey(String code, LocalityId locality) {}

    private record LoadedYear(YearParameters year, Map<String, List<FeeRow>> rowsByCode,
                              Map<LocalityId, Locality> localities, Map<ZipCode, ZipLocation> zips,
                              Map<CapKey, List<OppsCap>> caps, List<ScheduleSource> sources,
                              boolean oppsCapLoaded) {
        static LoadedYear of(ScheduleData data) {
            Map<String, List<FeeRow>> rows = new LinkedHashMap<>();
            for (FeeRow row : data.rows()) {
                rows.computeIfAbsent(row.code(), c -> new ArrayList<>()).add(row);
            }
            rows.replaceAll((code, list) -> List.copyOf(list));
            Map<LocalityId, Locality> localities = new HashMap<>();
            data.localities().forEach(l -> localities.put(l.id(), l));
            Map<ZipCode, ZipLocation> zips = new HashMap<>();
            data.zips().forEach(z -> zips.put(z.zip(), z));
            Map<CapKey, List<OppsCap>> caps = new HashMap<>();
            data.caps().forEach(c -> caps.computeIfAbsent(new CapKey(c.code(), c.locality()), k -> new ArrayList<>()).add(c));
            return new LoadedYear(data.year(), Map.copyOf(rows), Map.copyOf(localities), Map.copyOf(zips),
                    Map.copyOf(caps), data.sources(), data.oppsCapLoaded());
        }
    }
}
