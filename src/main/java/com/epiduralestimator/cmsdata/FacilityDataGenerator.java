package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.FacilityData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the facility data shipped inside the project from CMS's files, reproducibly:
 *
 * <pre>
 *   java -cp target/classes com.epiduralestimator.cmsdata.FacilityDataGenerator \
 *       /work/shared/data/cms-facility 2026 src/main/resources/facility/opps-assignments-2026.csv src/main/resources
 * </pre>
 *
 * It reads, by CMS's names in the directory: the year's last-quarter {@code ASC_AddendumAA_<year>*.csv},
 * {@code ASC_wage_index_CY<year>.*}, {@code OPPS_cbsa_wage_index_<year>.csv} and {@code OPPS_apc_rate_<year>*.csv};
 * the code → APC/status assignment is the project's own file (CMS's Addendum B could not be obtained). It writes
 * {@code facility/<year>/} (rates of the epidural family, every wage area, each state's floors) and lists the year
 * in {@code facility/years.txt}. Every figure is CMS's; what the project adds is the selection of codes, the
 * states parsed from the CBSA names, and the assignment.
 */
public final class FacilityDataGenerator {
    private FacilityDataGenerator() {}

    public static void main(String[] args) {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: FacilityDataGenerator CMS_FACILITY_DIR YEAR ASSIGNMENTS OUT");
        }
        List<Path> written = generate(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]));
        written.forEach(f -> System.out.println("wrote " + f));
    }

    /** The files of {@code year} in {@code dir}, read and assembled for the epidural family. */
    public static FacilityData derive(Path dir, int year, Path assignments) {
        List<Path> quarters = list(dir, "ASC_AddendumAA_" + year);
        Path addendum = quarters.get(quarters.size() - 1);
        Path ascWage = one(dir, "ASC_wage_index_CY" + year);
        Path oppsWage = one(dir, "OPPS_cbsa_wage_index_" + year);
        Path apcRates = one(dir, "OPPS_apc_rate_" + year);
        List<AscAddendumAaReader.Row> aa = new ArrayList<>();
        AscAddendumAaReader.read(addendum, aa::add);
        Set<String> family = new HashSet<>(BundledFormat.ESI_FAMILY);
        return FacilityDataBuilder.build(year,
                Optional.of(new FacilityDataBuilder.Opps(OppsRateFileReader.readAssignments(assignments),
                        OppsRateFileReader.readApcRates(apcRates), WageIndexFileReader.readOpps(oppsWage))),
                Optional.of(new FacilityDataBuilder.Asc(aa, WageIndexFileReader.readAsc(ascWage))),
                family::contains);
    }

    public static List<Path> generate(Path dir, int year, Path assignments, Path out) {
        FacilityData data = derive(dir, year, assignments);
        List<String> duplicates = WageIndexFileReader.readAsc(one(dir, "ASC_wage_index_CY" + year)).duplicates()
                .stream().distinct().toList();
        Path root = out.resolve(BundledFormat.FACILITY_ROOT);
        Path yearDir = root.resolve(String.valueOf(year));
        try {
            Files.createDirectories(yearDir);
            List<Path> written = new ArrayList<>();
            written.add(BundledFiles.write(yearDir.resolve(BundledFormat.YEAR_PROPERTIES),
                    BundledFiles.facilityYearProperties(data, CmsLines.fileName(assignments), duplicates)));
            written.add(BundledFiles.write(yearDir.resolve(BundledFormat.FACILITY_RATES),
                    BundledFiles.facilityRatesCsv(data)));
            written.add(BundledFiles.write(yearDir.resolve(BundledFormat.FACILITY_AREAS),
                    BundledFiles.facilityAreasCsv(data)));
            written.add(BundledFiles.write(yearDir.resolve(BundledFormat.FACILITY_FLOORS),
                    BundledFiles.facilityFloorsCsv(data)));
            Path years = root.resolve(BundledFormat.YEARS);
            written.add(BundledFiles.write(years, BundledFiles.yearsTxt(years, year)));
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir, String prefix) {
        try (var files = Files.list(dir)) {
            List<Path> found = files.filter(f -> CmsLines.fileName(f).startsWith(prefix)).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalArgumentException("no file " + prefix + "* in " + dir);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Path one(Path dir, String prefix) {
        List<Path> found = list(dir, prefix);
        if (found.size() != 1) {
            throw new IllegalArgumentException("expected one file " + prefix + "* in " + dir + ", found " + found);
        }
        return found.get(0);
    }
}
