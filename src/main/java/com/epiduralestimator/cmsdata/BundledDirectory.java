package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.DirectoryData;
import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.DirectoryFacility;
import com.epiduralestimator.domain.FacilityKind;
import com.epiduralestimator.domain.FacilityPlace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the facility directory {@link FacilityDirectoryGenerator} writes: from the jar ({@code directory/}), or from a
 * directory of the same files generated from newer CMS/HUD/Census files ({@code FACILITY_DIRECTORY}).
 */
public final class BundledDirectory {
    static final String ROOT = "directory";
    static final String FACILITIES = "facilities.csv";
    static final String ZIPS = "zip-counties.csv";
    static final String COUNTIES = "county-areas.csv";
    static final String SOURCES = "sources.properties";
    static final String FACILITIES_HEADER = "ccn,kind,name,city,state,zip";
    static final String ZIPS_HEADER = "zip,county,whole";
    static final String COUNTIES_HEADER = "county,state,area";

    private interface Opener {
        InputStream open(String file) throws IOException;
    }

    private BundledDirectory() {}

    /** The directory bundled in the jar. */
    public static DirectoryData load() {
        ClassLoader loader = BundledDirectory.class.getClassLoader();
        return read(file -> {
            InputStream in = loader.getResourceAsStream(ROOT + "/" + file);
            if (in == null) {
                throw new IOException("no resource " + ROOT + "/" + file);
            }
            return in;
        }, ROOT + "/");
    }

    /** The directory generated into {@code dir} (the files {@link FacilityDirectoryGenerator} writes). */
    public static DirectoryData load(Path dir) {
        return read(file -> Files.newInputStream(dir.resolve(file)), dir + "/");
    }

    private static DirectoryData read(Opener opener, String prefix) {
        List<DirectoryFacility> facilities = new ArrayList<>(12_000);
        rows(opener, prefix, FACILITIES, FACILITIES_HEADER, 6, (n, c) -> facilities.add(new DirectoryFacility(c.get(0),
                c.get(2), c.get(3), c.get(4), c.get(5).isEmpty() ? Optional.empty() : Optional.of(c.get(5)),
                kind(prefix + FACILITIES, n, c.get(1)))));
        Map<String, String[]> counties = new HashMap<>(4_096);
        rows(opener, prefix, COUNTIES, COUNTIES_HEADER, 3, (n, c) -> counties.put(c.get(0),
                new String[] {c.get(1), c.get(2)}));
        Map<String, FacilityPlace> places = new HashMap<>(65_536);
        rows(opener, prefix, ZIPS, ZIPS_HEADER, 3, (n, c) -> {
            String[] county = counties.get(c.get(1));
            if (county == null) {
                throw new CmsFileException(prefix + ZIPS, n, "county", "county " + c.get(1) + " is not in "
                        + COUNTIES);
            }
            places.put(c.get(0), new FacilityPlace(c.get(0), c.get(1), county[0], county[1], "1".equals(c.get(2))));
        });
        List<ScheduleSource> sources = new ArrayList<>();
        try (InputStream in = opener.open(SOURCES)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            p.stringPropertyNames().stream().sorted().forEach(k -> sources.add(new ScheduleSource("directory",
                    k.substring("source.".length(), k.length() - ".sha256".length()), p.getProperty(k))));
        } catch (IOException e) {
            throw new UncheckedIOException(prefix + SOURCES, e);
        }
        return new DirectoryData(facilities, places, sources);
    }

    /** A line without quotes, split at its commas (by hand: 50,000 lines at load). */
    private static List<String> plain(String line) {
        List<String> cells = new ArrayList<>(6);
        int from = 0;
        int comma;
        while ((comma = line.indexOf(',', from)) >= 0) {
            cells.add(line.substring(from, comma));
            from = comma + 1;
        }
        cells.add(line.substring(from));
        return cells;
    }

    private static FacilityKind kind(String file, int line, String name) {
        try {
            return FacilityKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new CmsFileException(file, line, "kind", "unknown kind " + name, e);
        }
    }

    private interface RowSink {
        void row(int line, List<String> cells);
    }

    private static void rows(Opener opener, String prefix, String file, String header, int width, RowSink sink) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(opener.open(file),
                StandardCharsets.ISO_8859_1), 1 << 16)) {
            String first = in.readLine();
            if (!header.equals(first)) {
                throw new CmsFileException(prefix + file, 1, "header", "expected " + header + ", found " + first);
            }
            String line;
            int n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                List<String> cells = line.indexOf('"') < 0 ? plain(line) : Csv.split(line);
                if (cells.size() != width) {
                    throw new CmsFileException(prefix + file, n, "line", "expected " + width + " cells, found "
                            + cells.size());
                }
                sink.row(n, cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(prefix + file, e);
        }
    }
}
