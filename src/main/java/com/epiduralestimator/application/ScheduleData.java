package com.epiduralestimator.application;

import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.OppsCap;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.ZipLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One year of the fee schedule held in memory: the RVU rows, the OPPS caps, the localities with their GPCIs, and
 * ZIP to locality. Small years (the bundled data, tests); the CMS files stream through a {@link ScheduleFeed}.
 */
public record ScheduleData(YearParameters year, List<FeeRow> rows, List<Locality> localities, List<ZipLocation> zips,
                           List<OppsCap> caps, List<ScheduleSource> sources) {
    public ScheduleData {
        rows = List.copyOf(rows);
        localities = List.copyOf(localities);
        zips = List.copyOf(zips);
        caps = List.copyOf(caps);
        sources = List.copyOf(sources);
    }

    /** The OPPS cap file was loaded: the sources name it, or (small test years) caps are held. */
    public boolean oppsCapLoaded() {
        return !caps.isEmpty() || sources.stream().anyMatch(s -> s.part().equals(ScheduleSource.OPPS_CAP));
    }

    /** This year as a feed, so that it loads through the same path as CMS's files. */
    public ScheduleFeed feed() {
        ScheduleData data = this;
        return new ScheduleFeed() {
            @Override
            public int year() {
                return data.year.year();
            }

            @Override
            public List<Locality> localities() {
                return data.localities;
            }

            @Override
            public List<ZipLocation> zips() {
                return data.zips;
            }

            @Override
            public void codes(Consumer<CodeSchedule> sink) {
                Map<String, List<FeeRow>> rowsByCode = new LinkedHashMap<>();
                data.rows.forEach(r -> rowsByCode.computeIfAbsent(r.code(), c -> new ArrayList<>()).add(r));
                Map<String, List<OppsCap>> capsByCode = new LinkedHashMap<>();
                data.caps.forEach(c -> capsByCode.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c));
                rowsByCode.forEach((code, rows) -> sink.accept(
                        new CodeSchedule(code, rows, capsByCode.getOrDefault(code, List.of()), rows.size())));
            }

            @Override
            public YearParameters parameters() {
                return data.year;
            }

            @Override
            public List<ScheduleSource> sources() {
                return data.sources;
            }

            @Override
            public boolean oppsCapLoaded() {
                return data.oppsCapLoaded();
            }
        };
    }

    /** Reads a whole feed into memory (tests and the in-memory store; the CMS files are ~20,000 rows). */
    public static ScheduleData of(ScheduleFeed feed) {
        List<Locality> localities = feed.localities();
        List<ZipLocation> zips = feed.zips();
        List<FeeRow> rows = new ArrayList<>();
        List<OppsCap> caps = new ArrayList<>();
        feed.codes(code -> {
            rows.addAll(code.rows());
            caps.addAll(code.caps());
        });
        return new ScheduleData(feed.parameters(), rows, localities, zips, caps, feed.sources());
    }
}
