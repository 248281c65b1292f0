package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.SupersededFacilityRate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives the facility data shipped inside the project from CMS's files, reproducibly:
 *
 * <pre>
 *   java -cp target/classes com.epiduralestimator.cmsdata.FacilityDataGenerator \
 *       /work/shared/data/cms-facility 2026 src/main/resources
 * </pre>
 *
 * It reads, by CMS's names in the directory, every quarter of the year: OPPS Addendum B
 * ({@code OPPS_addendum_B_<year>_<Mon>_converted.csv}: every code's status indicator and rate) and ASC Addendum AA
 * ({@code ASC_AddendumAA_<yyyymmdd>.csv}); and {@code OPPS_apc_rate_<year>*.csv} (the APC of a rate: the converted
 * Addendum B has no APC column), {@code ASC_wage_index_CY<year>.*} and {@code OPPS_cbsa_wage_index_<year>.csv}. A
 * quarter's rates are those of the latest file of each side that starts on or before it, or the side's first file
 * when none does (2025's only Addendum B is October's). It writes {@code facility/<year>/}: {@code year.properties}
 * (each source file with its sha256, the quarters), {@code rates.csv} (the epidural family, latest quarter),
 * {@code codes/} (every code, every quarter's change: {@link BundledFacilityCodes}), {@code areas.csv},
 * {@code floors.csv}, and lists the year in {@code facility/years.txt}.
 */
public final class FacilityDataGenerator {
    /** What one year was derived from, and the quarters its rates change on. */
    public record Derived(FacilityData data, List<ScheduleSource> sources, List<LocalDate> quarters,
                          List<String> ascWageDuplicates) {}

    private FacilityDataGenerator() {}

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: FacilityDataGenerator CMS_FACILITY_DIR YEAR OUT");
        }
        List<Path> written = generate(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
        System.out.println("wrote " + written.size() + " files, e.g. " + written.get(0));
    }

    /** The files of {@code year} in {@code dir}, every code, quarter by quarter. */
    public static Derived derive(Path dir, int year) {
        TreeMap<LocalDate, Path> oppsFiles = new TreeMap<>();
        FacilityFiles.list(dir, "OPPS_addendum_B_" + year + "_").forEach(f -> oppsFiles.put(oppsQuarter(f, year), f));
        TreeMap<LocalDate, Path> ascFiles = new TreeMap<>();
        FacilityFiles.list(dir, "ASC_AddendumAA_" + year).forEach(f -> ascFiles.put(ascQuarter(f), f));
        Path ascWage = FacilityFiles.one(dir, "ASC_wage_index_CY" + year);
        Path oppsWage = FacilityFiles.one(dir, "OPPS_cbsa_wage_index_" + year);
        Path apcRates = FacilityFiles.one(dir, "OPPS_apc_rate_" + year);
        List<ScheduleSource> sources = new ArrayList<>();
        oppsFiles.forEach((q, f) -> sources.add(FileDigest.source("opps." + q, f)));
        ascFiles.forEach((q, f) -> sources.add(FileDigest.source("asc." + q, f)));
        sources.add(FileDigest.source("oppsApcRates", apcRates));
        sources.add(FileDigest.source("oppsWageIndex", oppsWage));
        sources.add(FileDigest.source("ascWageIndex", ascWage));

        Map<String, OppsRateFileReader.ApcRate> apcs = OppsRateFileReader.readApcRates(apcRates);
        Map<String, WageIndexFileReader.OppsRow> oppsIndex = WageIndexFileReader.readOpps(oppsWage);
        WageIndexFileReader.AscTable ascIndex = WageIndexFileReader.readAsc(ascWage);
        TreeSet<LocalDate> quarters = new TreeSet<>(oppsFiles.keySet());
        quarters.addAll(ascFiles.keySet());
        Map<Path, Object> read = new HashMap<>();
        List<FacilityData> byQuarter = new ArrayList<>();
        for (LocalDate q : quarters) {
            Path b = at(oppsFiles, q);
            Path aa = at(ascFiles, q);
            @SuppressWarnings("unchecked")
            Map<String, OppsRateFileReader.Assignment> assignments = (Map<String, OppsRateFileReader.Assignment>)
                    read.computeIfAbsent(b, OppsRateFileReader::readAssignments);
            @SuppressWarnings("unchecked")
            List<AscAddendumAaReader.Row> rows = (List<AscAddendumAaReader.Row>) read.computeIfAbsent(aa, f -> {
                List<AscAddendumAaReader.Row> r = new ArrayList<>();
                AscAddendumAaReader.read(f, r::add);
                return r;
            });
            byQuarter.add(FacilityDataBuilder.build(year,
                    Optional.of(new FacilityDataBuilder.Opps(assignments, apcs, oppsIndex)),
                    Optional.of(new FacilityDataBuilder.Asc(rows, ascIndex)), code -> true));
        }
        FacilityData latest = byQuarter.get(byQuarter.size() - 1);
        List<LocalDate> starts = List.copyOf(quarters);
        TreeSet<String> codes = new TreeSet<>();
        byQuarter.forEach(d -> d.rates().forEach(r -> codes.add(r.code())));
        List<Map<String, FacilityRate>> maps = byQuarter.stream().map(FacilityDataGenerator::byCode).toList();
        List<FacilityRate> rates = new ArrayList<>();
        List<SupersededFacilityRate> superseded = new ArrayList<>();
        for (String code : codes) {
            rates.add(version(maps.get(maps.size() - 1), code));
            for (int i = maps.size() - 2; i >= 0; i--) {
                FacilityRate then = version(maps.get(i), code);
                if (!then.equals(version(maps.get(i + 1), code))) {
                    superseded.add(new SupersededFacilityRate(starts.get(i + 1), then));
                }
            }
        }
        FacilityData data = new FacilityData(year, latest.types(), rates, latest.areas(), latest.floors(), superseded);
        return new Derived(data, sources, starts, ascIndex.duplicates().stream().distinct().toList());
    }

    public static List<Path> generate(Path dir, int year, Path out) {
        Derived derived = derive(dir, year);
        try {
            return FacilityFiles.write(derived, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, FacilityRate> byCode(FacilityData data) {
        Map<String, FacilityRate> map = new HashMap<>();
        data.rates().forEach(r -> map.put(r.code(), r));
        return map;
    }

    /** A code's rates in one quarter; a code the quarter's files do not list has neither side. */
    private static FacilityRate version(Map<String, FacilityRate> quarter, String code) {
        FacilityRate rate = quarter.get(code);
        return rate != null ? rate : new FacilityRate(code, Optional.empty(), Optional.empty());
    }

    /** The file in force on {@code q}: the latest starting on or before it, else the first. */
    private static Path at(TreeMap<LocalDate, Path> files, LocalDate q) {
        Map.Entry<LocalDate, Path> entry = files.floorEntry(q);
        return entry != null ? entry.getValue() : files.firstEntry().getValue();
    }

    /** {@code OPPS_addendum_B_2026_Apr_converted.csv} → 2026-04-01. */
    static LocalDate oppsQuarter(Path file, int year) {
        String name = CmsLines.fileName(file);
        String month = name.substring(("OPPS_addendum_B_" + year + "_").length()).split("_")[0];
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(month)) {
                return LocalDate.of(year, m, 1);
            }
        }
        throw new IllegalArgumentException("no month in the Addendum B file name " + name);
    }

    /** {@code ASC_AddendumAA_20260401.csv} → 2026-04-01. */
    static LocalDate ascQuarter(Path file) {
        String digits = CmsLines.fileName(file).substring("ASC_AddendumAA_".length(), "ASC_AddendumAA_".length() + 8);
        return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                Integer.parseInt(digits.substring(6, 8)));
    }
}
