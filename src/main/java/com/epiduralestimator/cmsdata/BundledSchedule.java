package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.ZipLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The fee schedule years shipped inside the project (written by {@link BundledDataGenerator}), read from the
 * classpath: {@code schedule/years.txt}, then per year {@code year.properties}, {@code rvu.csv}, {@code localities.csv}
 * and {@code zip-localities.csv}. Strict: a malformed line fails with a {@link CmsFileException} naming the resource,
 * the line and the field.
 */
public final class BundledSchedule {

    private BundledSchedule() {}

    /** Every bundled year, in the order of {@code years.txt} (ascending). */
    public static List<ScheduleData> loadAll() {
        return loadAll(defaultLoader());
    }

    static List<ScheduleData> loadAll(ClassLoader loader) {
        List<ScheduleData> all = new ArrayList<>();
        for (int year : years(loader)) {
            all.add(load(loader, year));
        }
        return List.copyOf(all);
    }

    /** The years listed in {@code schedule/years.txt}. */
    static List<Integer> years(ClassLoader loader) {
        String resource = BundledFormat.ROOT + "/" + BundledFormat.YEARS;
        List<Integer> years = new ArrayList<>();
        try (BufferedReader in = BundledResources.open(loader, resource)) {
            int lineNo = 0;
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String y = line.strip();
                if (y.isEmpty()) {
                    continue;
                }
                if (y.length() != 4 || !Fields.allDigits(y)) {
                    throw new CmsFileException(resource, lineNo, "year", "not a 4-digit year: '" + line + "'");
                }
                int year = Integer.parseInt(y);
                if (years.contains(year)) {
                    throw new CmsFileException(resource, lineNo, "year", "year " + year + " listed twice");
                }
                years.add(year);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        if (years.isEmpty()) {
            throw new CmsFileException(resource, 0, "year", "no years listed");
        }
        return List.copyOf(years);
    }

    /** One bundled year. {@link IllegalArgumentException} if the year is not bundled. */
    static ScheduleData load(ClassLoader loader, int year) {
        String yearResource = BundledFormat.resource(year, BundledFormat.YEAR_PROPERTIES);
        if (loader.getResource(yearResource) == null) {
            throw new IllegalArgumentException("no bundled fee schedule for " + year + " (" + yearResource + ")");
        }
        Properties properties = BundledYearFile.properties(loader, yearResource);
        YearParameters scheduleYear = BundledYearFile.parameters(properties, year, yearResource);
        List<ScheduleSource> sources = BundledYearFile.sources(properties, yearResource);
        List<FeeRow> rows = BundledCsv.rvu(loader, BundledFormat.resource(year, BundledFormat.RVU));
        List<Locality> localities = BundledCsv.localities(loader, BundledFormat.resource(year, BundledFormat.LOCALITIES));
        Map<String, LocalityId> ids = new HashMap<>(localities.size() * 2);
        localities.forEach(l -> ids.put(l.id().value(), l.id()));
        List<ZipLocation> zips = BundledZips.read(loader, BundledFormat.resource(year, BundledFormat.ZIPS), ids);
        return new ScheduleData(scheduleYear, rows, localities, zips, List.of(), sources);
    }

    private static ClassLoader defaultLoader() {
        return BundledSchedule.class.getClassLoader();
    }

}
