package com.epiduralestimator.cmsdata;

import com.epiduralestimator.domain.DirectoryFacility;
import com.epiduralestimator.domain.FacilityKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads the facility directory's source files (facility-directory README) by their header names: CMS Care
 * Compare's hospitals and ASCs, HUD's ZIP → county crosswalk, the Census Bureau's county → CBSA/division delineation.
 */
final class DirectorySources {
    private static final Pattern ZIP = Pattern.compile("\\d{5}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private DirectorySources() {}

    /** A ZIP's county: the one with the largest share of its addresses, and whether that share is all of them. */
    record ZipCounty(String zip, String county, String postalState, BigDecimal share) {
        boolean whole() {
            return share.compareTo(BigDecimal.ONE) >= 0;
        }
    }

    /** A county of a Metropolitan or Micropolitan Statistical Area. */
    record DelineatedCounty(String county, String cbsa, String division, boolean metropolitan) {
        /** CMS's wage-index area for a metropolitan county: its division where it has one, else its CBSA. */
        Optional<String> metroArea() {
            return metropolitan ? Optional.of(division.isEmpty() ? cbsa : division) : Optional.empty();
        }
    }

    static List<DirectoryFacility> hospitals(Path file) {
        List<DirectoryFacility> out = new ArrayList<>();
        rows(file, "Facility ID", row -> {
            String type = row.get("Hospital Type");
            FacilityKind kind = FacilityKind.ofCmsName(type).filter(FacilityKind::hospital).orElseThrow(
                    () -> row.error("Hospital Type", "unknown hospital type '" + type + "'"));
            out.add(new DirectoryFacility(row.get("Facility ID"), row.get("Facility Name"), row.get("City/Town"),
                    row.get("State"), zip(row.get("ZIP Code")), kind));
        });
        return out;
    }

    /** One facility per CCN (CMS's file lists each twice, once per reporting period): the first. */
    static List<DirectoryFacility> ascs(Path file) {
        Map<String, DirectoryFacility> out = new LinkedHashMap<>();
        rows(file, "Facility Name", row -> out.putIfAbsent(row.get("Facility ID"), new DirectoryFacility(
                row.get("Facility ID"), row.get("Facility Name"), row.get("City/Town"), row.get("State"),
                zip(row.get("ZIP Code")), FacilityKind.ASC)));
        return List.copyOf(out.values());
    }

    /** ZIP → the county with the largest TOT_RATIO (ties: the lower FIPS code), sorted by ZIP. */
    static Map<String, ZipCounty> zipCounties(Path file) {
        Map<String, ZipCounty> out = new TreeMap<>();
        rows(file, "ZIP", row -> {
            ZipCounty z = new ZipCounty(row.get("ZIP"), row.get("COUNTY"), row.get("USPS_ZIP_PREF_STATE"),
                    new BigDecimal(row.get("TOT_RATIO")));
            out.merge(z.zip(), z, (a, b) -> {
                int c = a.share().compareTo(b.share());
                return c > 0 || c == 0 && a.county().compareTo(b.county()) < 0 ? a : b;
            });
        });
        return out;
    }

    /** County FIPS → its delineation; the note rows at the end (no CBSA code) are skipped. */
    static Map<String, DelineatedCounty> delineation(Path file) {
        Map<String, DelineatedCounty> out = new HashMap<>();
        rows(file, "CBSA Code", row -> {
            if (!DIGITS.matcher(row.get("CBSA Code")).matches()) {
                return;
            }
            String county = row.get("FIPS State Code") + row.get("FIPS County Code");
            out.put(county, new DelineatedCounty(county, row.get("CBSA Code"), row.get("Metropolitan Division Code"),
                    row.get("Metropolitan/Micropolitan Statistical Area").startsWith("Metropolitan")));
        });
        return out;
    }

    /** A 5-digit ZIP; CMS's ASC file drops leading zeros ("2747" is 02747); anything else is no ZIP. */
    static Optional<String> zip(String value) {
        String v = value.strip();
        if (!v.isEmpty() && v.length() < 5 && DIGITS.matcher(v).matches()) {
            v = "0".repeat(5 - v.length()) + v;
        }
        return ZIP.matcher(v).matches() ? Optional.of(v) : Optional.empty();
    }

    /** One data row, its cells by header name; errors name the file, line and column. */
    static final class Row {
        private final String file;
        private final int line;
        private final Map<String, Integer> columns;
        private final List<String> cells;

        Row(String file, int line, Map<String, Integer> columns, List<String> cells) {
            this.file = file;
            this.line = line;
            this.columns = columns;
            this.cells = cells;
        }

        String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw error(column, "no such column");
            }
            return i < cells.size() ? cells.get(i).strip() : "";
        }

        CmsFileException error(String column, String message) {
            return new CmsFileException(file, line, column, message);
        }
    }

    private static void rows(Path file, String firstColumn, Consumer<Row> sink) {
        CmsLines.readFile(file, (name, in) -> read(name, in, firstColumn, sink));
    }

    static void read(String file, Reader reader, String firstColumn, Consumer<Row> sink) {
        try {
            BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
            String header = in.readLine();
            if (header == null) {
                throw new CmsFileException(file, 1, firstColumn, "the file is empty");
            }
            List<String> names = Csv.split(header.replace("\uFEFF", ""));
            if (!names.get(0).equals(firstColumn)) {
                throw new CmsFileException(file, 1, firstColumn, "expected as the first column, found "
                        + names.get(0));
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                columns.put(names.get(i), i);
            }
            String line;
            int n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    sink.accept(new Row(file, n, columns, Csv.split(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }
}
