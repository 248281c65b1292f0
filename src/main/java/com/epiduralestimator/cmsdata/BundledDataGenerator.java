package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.ZipLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Derives the schedule data shipped inside the project from CMS's public files, so that users' clones need no CMS
 * download. Writes, under {@code OUT/schedule/}: {@code YEAR/year.properties}, {@code YEAR/rvu.csv} (the epidural
 * family only, no descriptions), {@code YEAR/localities.csv}, {@code YEAR/zip-localities.csv} (sorted by ZIP), and adds
 * the year to {@code years.txt}.
 *
 * <pre>
 *   java ... BundledDataGenerator --cms-dir /path/to/cms-2026 --year 2026 --out src/main/resources \
 *       --apm-conversion-factor 33.5675 --part-b-deductible 283 --part-a-deductible 1736 --sequestration-rate 0.02 ...
 * </pre>
 *
 * The year's parameters (deductibles, OPPS and ASC conversion factors, Medigap limits: CMS fact sheets and final
 * rules, not the PFS files) are given as options, as {@code load} takes them ({@link YearParameterOptions}); the
 * conversion factor defaults to the RVU file's CONV FACTOR.
 *
 * The CMS files are found in the directory by name ({@code PPRRVU<year>*.csv}, {@code GPCI<year>*.csv},
 * {@code ZIP5_*<year>.txt}); {@code --rvu}, {@code --gpci} and {@code --zip5} name them explicitly instead.
 */
public final class BundledDataGenerator {

    /** What was written. */
    public record Summary(YearParameters parameters, int rvuRows, int localities, int zips, List<Path> files) {
        public int year() {
            return parameters.year();
        }

        public BigDecimal conversionFactor() {
            return parameters.conversionFactor();
        }
    }

    private BundledDataGenerator() {}

    public static void main(String[] args) {
        Map<String, String> options = parseOptions(args);
        Path cmsDir = Path.of(require(options, "--cms-dir"));
        int year;
        try {
            year = Integer.parseInt(require(options, "--year"));
        } catch (NumberFormatException e) {
            throw usage("--year must be a number, e.g. 2025");
        }
        Path out = Path.of(require(options, "--out"));
        Path rvu = options.containsKey("--rvu") ? Path.of(options.get("--rvu")) : rvuIn(cmsDir, year);
        Path gpci = options.containsKey("--gpci") ? Path.of(options.get("--gpci")) : gpciIn(cmsDir, year);
        Path zip5 = options.containsKey("--zip5") ? Path.of(options.get("--zip5")) : zip5In(cmsDir, year);
        List<String> missing = YearParameterOptions.missingRequired(options);
        if (!missing.isEmpty()) {
            throw usage("missing " + String.join(", ", missing));
        }
        Summary summary = generate(rvu, gpci, zip5, YearParameterOptions.parse(year, options), out);
        System.out.printf(Locale.ROOT, "schedule %d: CF %s, %d RVU rows, %d localities, %d ZIPs%n", summary.year(),
                summary.conversionFactor().toPlainString(), summary.rvuRows(), summary.localities(), summary.zips());
        summary.files().forEach(f -> System.out.println("  wrote " + f));
    }

    // CMS's names for a year's files: PPRRVU2026_Jul_nonQPP.csv, GPCI2026.csv, ZIP5_JAN2026.txt.

    private static Path rvuIn(Path cmsDir, int year) {
        return find(cmsDir, "PPRRVU" + year, ".csv", name -> true);
    }

    private static Path gpciIn(Path cmsDir, int year) {
        return find(cmsDir, "GPCI" + year, ".csv", name -> true);
    }

    private static Path zip5In(Path cmsDir, int year) {
        return find(cmsDir, "ZIP5_", ".txt", name -> name.contains(String.valueOf(year)));
    }

    public static Summary generate(Path rvuFile, Path gpciFile, Path zip5File, YearParameters.Builder given,
                                   Path out) {
        int year = given.year();
        // RVU: the families' and the encounter's rows, and one conversion factor for the whole file
        Set<String> family = new HashSet<>(BundledFormat.BUNDLED);
        List<FeeRow> rows = new ArrayList<>();
        BigDecimal[] cf = {null};
        int[] cfLine = {0};
        String rvuName = CmsLines.fileName(rvuFile);
        RvuFileReader.read(rvuFile, row -> {
            if (cf[0] == null) {
                cf[0] = row.conversionFactor();
                cfLine[0] = row.line();
            } else if (cf[0].compareTo(row.conversionFactor()) != 0) {
                throw new CmsFileException(rvuName, row.line(), RvuFileReader.CONV_FACTOR, "conversion factor "
                        + row.conversionFactor().toPlainString() + " differs from " + cf[0].toPlainString()
                        + " on line " + cfLine[0]);
            }
            if (family.contains(row.fee().code())) {
                rows.add(row.fee());
            }
        });
        if (cf[0] == null) {
            throw new CmsFileException(rvuName, 0, null, "no data rows");
        }
        Set<String> found = new HashSet<>();
        rows.forEach(r -> found.add(r.code()));
        List<String> missing = BundledFormat.ESI_FAMILY.stream().filter(c -> !found.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new CmsFileException(rvuName, 0, RvuFileReader.HCPCS, "codes of the epidural family missing: " + missing);
        }

        // GPCI
        List<Locality> localities = GpciFileReader.readAll(gpciFile);
        Set<LocalityId> known = new HashSet<>();
        localities.forEach(l -> known.add(l.id()));

        // ZIP5: every ZIP, indexed by its number so that writing in order sorts them
        String zipName = CmsLines.fileName(zip5File);
        ZipLocation[] byZip = new ZipLocation[100_000];
        int[] count = {0};
        Zip5FileReader.read(zip5File, record -> {
            if (record.year() != year) {
                throw new CmsFileException(zipName, record.line(), Zip5FileReader.YEAR_QUARTER,
                        "file is for " + record.yearQuarter() + ", not year " + year);
            }
            ZipLocation location = record.location();
            if (!known.contains(location.locality())) {
                throw new CmsFileException(zipName, record.line(), Zip5FileReader.LOCALITY,
                        "locality " + location.locality() + " is not in " + CmsLines.fileName(gpciFile));
            }
            byZip[Integer.parseInt(location.zip().value())] = location;
            count[0]++;
        });

        try {
            YearParameters parameters = given.has(YearParameters.Parameter.CONVERSION_FACTOR) ? given.build()
                    : given.toBuilderWith(YearParameters.Parameter.CONVERSION_FACTOR, cf[0]).build();
            Path root = out.resolve(BundledFormat.ROOT);
            Path dir = root.resolve(String.valueOf(year));
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            written.add(BundledFiles.write(dir.resolve(BundledFormat.YEAR_PROPERTIES),
                    BundledFiles.yearProperties(parameters, List.of(FileDigest.source(ScheduleSource.RVU, rvuFile),
                            FileDigest.source(ScheduleSource.GPCI, gpciFile),
                            FileDigest.source(ScheduleSource.ZIP5, zip5File)))));
            written.add(BundledFiles.write(dir.resolve(BundledFormat.RVU), BundledFiles.rvuCsv(rows)));
            written.add(BundledFiles.write(dir.resolve(BundledFormat.LOCALITIES), BundledFiles.localitiesCsv(localities)));
            written.add(BundledFiles.write(dir.resolve(BundledFormat.ZIPS), BundledFiles.zipsCsv(byZip, count[0])));
            Path years = root.resolve(BundledFormat.YEARS);
            written.add(BundledFiles.write(years, BundledFiles.yearsTxt(years, year)));
            return new Summary(parameters, rows.size(), localities.size(), count[0], written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write under " + out, e);
        }
    }

    /** The one file in {@code dir} whose name starts with {@code prefix} and ends with {@code suffix} (any case). */
    static Path find(Path dir, String prefix, String suffix, Predicate<String> also) {
        String p = prefix.toLowerCase(Locale.ROOT);
        String s = suffix.toLowerCase(Locale.ROOT);
        List<Path> matches;
        try (Stream<Path> files = Files.list(dir)) {
            matches = files.filter(f -> {
                String name = CmsLines.fileName(f);
                String lower = name.toLowerCase(Locale.ROOT);
                return lower.startsWith(p) && lower.endsWith(s) && also.test(name) && Files.isRegularFile(f);
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        if (matches.size() != 1) {
            throw new IllegalArgumentException("expected one file " + prefix + "*" + suffix + " in " + dir + ", found "
                    + matches.stream().map(CmsLines::fileName).toList());
        }
        return matches.get(0);
    }

    private static Map<String, String> parseOptions(String[] args) {
        Map<String, String> options = new HashMap<>();
        Set<String> allowed = new HashSet<>(Set.of("--cms-dir", "--year", "--out", "--rvu", "--gpci", "--zip5"));
        allowed.addAll(YearParameterOptions.names());
        for (int i = 0; i < args.length; i++) {
            if (!allowed.contains(args[i]) || i + 1 >= args.length) {
                throw usage("unknown option or missing value: " + args[i]);
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null) {
            throw usage("missing " + key);
        }
        return value;
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem + "\nusage: BundledDataGenerator --cms-dir DIR --year YYYY --out DIR"
                + " [--rvu FILE] [--gpci FILE] [--zip5 FILE] " + YearParameterOptions.usage());
    }
}
