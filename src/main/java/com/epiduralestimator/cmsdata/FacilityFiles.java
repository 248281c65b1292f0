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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finding CMS's facility files by name, and writing one derived year into the bundled layout. */
final class FacilityFiles {
    private FacilityFiles() {}

    static List<Path> list(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(f -> CmsLines.fileName(f).startsWith(prefix)).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalArgumentException("no file " + prefix + "* in " + dir);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static Path one(Path dir, String prefix) {
        List<Path> found = list(dir, prefix);
        if (found.size() != 1) {
            throw new IllegalArgumentException("expected one file " + prefix + "* in " + dir + ", found " + found);
        }
        return found.get(0);
    }

    /** Writes {@code facility/<year>/...} under {@code out} and lists the year; returns the files written. */
    static List<Path> write(FacilityDataGenerator.Derived derived, Path out) throws IOException {
        FacilityData data = derived.data();
        Path root = out.resolve(BundledFormat.FACILITY_ROOT);
        Path yearDir = root.resolve(String.valueOf(data.year()));
        Path codesDir = yearDir.resolve(BundledFacilityCodes.DIR);
        Files.createDirectories(codesDir);
        try (Stream<Path> old = Files.list(codesDir)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        List<Path> written = new ArrayList<>();
        written.add(BundledFiles.write(yearDir.resolve(BundledFormat.YEAR_PROPERTIES), yearProperties(derived)));
        Set<String> family = new HashSet<>(BundledFormat.ESI_FAMILY);
        FacilityData esi = new FacilityData(data.year(), data.types(),
                data.rates().stream().filter(r -> family.contains(r.code())).toList(), data.areas(), data.floors());
        written.add(BundledFiles.write(yearDir.resolve(BundledFormat.FACILITY_RATES), BundledFiles.facilityRatesCsv(esi)));
        written.add(BundledFiles.write(yearDir.resolve(BundledFormat.FACILITY_AREAS),
                BundledFiles.facilityAreasCsv(data)));
        written.add(BundledFiles.write(yearDir.resolve(BundledFormat.FACILITY_FLOORS),
                BundledFiles.facilityFloorsCsv(data)));
        Map<String, StringBuilder> files = codeFiles(data);
        for (Map.Entry<String, StringBuilder> f : files.entrySet()) {
            written.add(BundledFiles.write(codesDir.resolve(f.getKey() + ".csv"), f.getValue().toString()));
        }
        written.add(BundledFiles.write(codesDir.resolve(BundledFacilityCodes.PREFIXES),
                String.join("\n", files.keySet()) + "\n"));
        Path years = root.resolve(BundledFormat.YEARS);
        written.add(BundledFiles.write(years, BundledFiles.yearsTxt(years, data.year())));
        return written;
    }

    /** Each code file's text, by prefix: each code's latest row, then its earlier quarters' rows, newest first. */
    static Map<String, StringBuilder> codeFiles(FacilityData data) {
        Map<String, List<SupersededFacilityRate>> earlier = new TreeMap<>();
        data.superseded().forEach(s -> earlier.computeIfAbsent(s.rate().code(), c -> new ArrayList<>()).add(s));
        Map<String, StringBuilder> files = new TreeMap<>();
        for (FacilityRate r : data.rates()) {
            StringBuilder file = files.computeIfAbsent(BundledFacilityCodes.prefix(r.code()),
                    p -> new StringBuilder(BundledFacilityCodes.HEADER).append('\n'));
            file.append(BundledFacilityCodes.row(r, Optional.empty())).append('\n');
            for (SupersededFacilityRate s : earlier.getOrDefault(r.code(), List.of())) {
                file.append(BundledFacilityCodes.row(s.rate(), Optional.of(s.until()))).append('\n');
            }
        }
        return files;
    }

    private static String yearProperties(FacilityDataGenerator.Derived derived) {
        FacilityData data = derived.data();
        StringBuilder out = new StringBuilder("# derived by FacilityDataGenerator from CMS's files (every rate and index"
                + " is CMS's; the APC of a rate is inferred from the APC rates file: the converted Addendum B has none)\n");
        if (!derived.ascWageDuplicates().isEmpty()) {
            out.append("# the ASC wage index table lists ").append(derived.ascWageDuplicates().size())
                    .append(" CBSAs twice with different values; the first value is kept: ")
                    .append(String.join(" ", derived.ascWageDuplicates())).append('\n');
        }
        out.append(BundledFormat.KEY_FACILITY_TYPES).append('=').append(data.types().stream().sorted()
                .map(t -> t.wireName()).collect(Collectors.joining(","))).append('\n');
        out.append("quarters=").append(derived.quarters().stream().map(LocalDate::toString)
                .collect(Collectors.joining(","))).append('\n');
        for (ScheduleSource s : derived.sources()) {
            out.append(BundledFormat.KEY_SOURCE).append('.').append(s.part()).append('=').append(s.file()).append('\n');
            out.append(BundledFormat.KEY_SOURCE).append('.').append(s.part()).append(BundledFormat.SHA256_SUFFIX)
                    .append('=').append(s.sha256()).append('\n');
        }
        return out.toString();
    }
}
