package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.ZipCode;
import com.epiduralestimator.domain.ZipLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

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
    public static List<Integer> years() {
        return years(defaultLoader());
    }

    static List<Integer> years(ClassLoader loader) {
        String resource = BundledFormat.ROOT + "/" + BundledFormat.YEARS;
        List<Integer> years = new ArrayList<>();
        try (BufferedReader in = open(loader, resource)) {
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
    public static ScheduleData load(int year) {
        return load(defaultLoader(), year);
    }

    static ScheduleData load(ClassLoader loader, int year) {
        String yearResource = BundledFormat.resource(year, BundledFormat.YEAR_PROPERTIES);
        if (loader.getResource(yearResource) == null) {
            throw new IllegalArgumentException("no bundled fee schedule for " + year + " (" + yearResource + ")");
        }
        Properties properties = readProperties(loader, yearResource);
        YearParameters scheduleYear = readYear(properties, year, yearResource);
        List<ScheduleSource> sources = readSources(properties, yearResource);
        List<FeeRow> rows = readRvu(loader, BundledFormat.resource(year, BundledFormat.RVU));
        List<Locality> localities = readLocalities(loader, BundledFormat.resource(year, BundledFormat.LOCALITIES));
        Map<String, LocalityId> ids = new HashMap<>(localities.size() * 2);
        localities.forEach(l -> ids.put(l.id().value(), l.id()));
        List<ZipLocation> zips = readZips(loader, BundledFormat.resource(year, BundledFormat.ZIPS), ids);
        return new ScheduleData(scheduleYear, rows, localities, zips, List.of(), sources);
    }

    private static Properties readProperties(ClassLoader loader, String resource) {
        Properties p = new Properties();
        try (BufferedReader in = open(loader, resource)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return p;
    }

    /** {@code source.<part>} and {@code source.<part>.sha256}: every file named has its hash. */
    private static List<ScheduleSource> readSources(Properties p, String resource) {
        List<ScheduleSource> sources = new ArrayList<>();
        for (String part : List.of(ScheduleSource.RVU, ScheduleSource.GPCI, ScheduleSource.ZIP5, ScheduleSource.OPPS_CAP)) {
            String key = BundledFormat.KEY_SOURCE + "." + part;
            String file = p.getProperty(key);
            String sha = p.getProperty(key + BundledFormat.SHA256_SUFFIX);
            if (file == null && sha == null) {
                continue;
            }
            if (file == null || sha == null) {
                throw new CmsFileException(resource, 0, file == null ? key : key + BundledFormat.SHA256_SUFFIX, "missing");
            }
            try {
                sources.add(new ScheduleSource(part, file.strip(), sha.strip()));
            } catch (IllegalArgumentException e) {
                throw new CmsFileException(resource, 0, key + BundledFormat.SHA256_SUFFIX, e.getMessage());
            }
        }
        if (sources.isEmpty()) {
            throw new CmsFileException(resource, 0, BundledFormat.KEY_SOURCE, "no source files named");
        }
        return sources;
    }

    private static YearParameters readYear(Properties p, int year, String resource) {
        String y = required(p, resource, BundledFormat.KEY_YEAR);
        if (!y.equals(String.valueOf(year))) {
            throw new CmsFileException(resource, 0, BundledFormat.KEY_YEAR, "says " + y + " but is stored under " + year);
        }
        YearParameters.Builder parameters = YearParameters.builder(year);
        for (YearParameters.Parameter parameter : YearParameters.Parameter.values()) {
            String value = p.getProperty(parameter.key());
            if (value != null) {
                parameters.set(parameter, Fields.decimal(resource, 0, parameter.key(), value.strip()));
            }
        }
        for (String key : p.stringPropertyNames()) {
            if (!key.equals(BundledFormat.KEY_YEAR) && !key.startsWith(BundledFormat.KEY_SOURCE + ".")
                    && java.util.Arrays.stream(YearParameters.Parameter.values()).noneMatch(x -> x.key().equals(key))) {
                throw new CmsFileException(resource, 0, key, "not a year parameter");
            }
        }
        try {
            return parameters.build();
        } catch (IllegalArgumentException e) {
            throw new CmsFileException(resource, 0, null, e.getMessage());
        }
    }

    private static String required(Properties p, String resource, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new CmsFileException(resource, 0, key, "missing");
        }
        return value.strip();
    }

    private static final String[] RVU_FIELDS = BundledFormat.RVU_HEADER.split(",");

    private static List<FeeRow> readRvu(ClassLoader loader, String resource) {
        List<FeeRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader in = open(loader, resource)) {
            header(resource, in, BundledFormat.RVU_HEADER);
            int lineNo = 1;
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                List<String> c = cells(resource, lineNo, line, RVU_FIELDS);
                String code = c.get(0);
                if (code.length() != 5 || !Fields.allUpperOrDigit(code)) {
                    throw new CmsFileException(resource, lineNo, RVU_FIELDS[0], "not a HCPCS code: '" + code + "'");
                }
                String modifier = c.get(1);
                if (!(modifier.isEmpty() || (modifier.length() == 2 && Fields.allUpperOrDigit(modifier)))) {
                    throw new CmsFileException(resource, lineNo, RVU_FIELDS[1], "not a modifier: '" + modifier + "'");
                }
                String status = c.get(2);
                if (status.length() != 1 || status.charAt(0) < 'A' || status.charAt(0) > 'Z') {
                    throw new CmsFileException(resource, lineNo, RVU_FIELDS[2], "not a status code: '" + status + "'");
                }
                if (!seen.add(code + "/" + modifier)) {
                    throw new CmsFileException(resource, lineNo, RVU_FIELDS[1], code + " " + modifier + " listed twice");
                }
                rows.add(new FeeRow(code, modifier, status.charAt(0),
                        Fields.decimal(resource, lineNo, RVU_FIELDS[3], c.get(3)),
                        Fields.decimal(resource, lineNo, RVU_FIELDS[4], c.get(4)),
                        flag(resource, lineNo, RVU_FIELDS[5], c.get(5)),
                        Fields.decimal(resource, lineNo, RVU_FIELDS[6], c.get(6)),
                        flag(resource, lineNo, RVU_FIELDS[7], c.get(7)),
                        Fields.decimal(resource, lineNo, RVU_FIELDS[8], c.get(8)),
                        c.get(9),
                        c.get(10),
                        Fields.digit(resource, lineNo, RVU_FIELDS[11], c.get(11)),
                        Fields.digit(resource, lineNo, RVU_FIELDS[12], c.get(12))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    private static final String[] LOCALITY_FIELDS = BundledFormat.LOCALITIES_HEADER.split(",");

    private static List<Locality> readLocalities(ClassLoader loader, String resource) {
        List<Locality> localities = new ArrayList<>(128);
        Set<LocalityId> seen = new HashSet<>();
        try (BufferedReader in = open(loader, resource)) {
            header(resource, in, BundledFormat.LOCALITIES_HEADER);
            int lineNo = 1;
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                List<String> c = cells(resource, lineNo, line, LOCALITY_FIELDS);
                LocalityId id = LocalityId.parse(c.get(0)).orElse(null);
                if (id == null) {
                    throw new CmsFileException(resource, lineNo, LOCALITY_FIELDS[0],
                            "not a 7-digit locality: '" + c.get(0) + "'");
                }
                if (!seen.add(id)) {
                    throw new CmsFileException(resource, lineNo, LOCALITY_FIELDS[0], "locality " + id + " listed twice");
                }
                String state = Fields.state(resource, lineNo, LOCALITY_FIELDS[1], c.get(1));
                if (c.get(2).isBlank()) {
                    throw new CmsFileException(resource, lineNo, LOCALITY_FIELDS[2], "blank name");
                }
                localities.add(new Locality(id, state, c.get(2),
                        Fields.decimal(resource, lineNo, LOCALITY_FIELDS[3], c.get(3)),
                        Fields.decimal(resource, lineNo, LOCALITY_FIELDS[4], c.get(4)),
                        Fields.decimal(resource, lineNo, LOCALITY_FIELDS[5], c.get(5))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return localities;
    }

    /**
     * 43k lines, read at every start of the local server: the bytes are read at once and parsed at fixed positions
     * ({@code ZIP(5),LOCALITY(7),FLAG(1)}), with no line strings, no regex and no splitting.
     */
    private static List<ZipLocation> readZips(ClassLoader loader, String resource, Map<String, LocalityId> localities) {
        byte[] b;
        try (InputStream in = openStream(loader, resource)) {
            b = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        int n = b.length;
        int headerEnd = 0;
        while (headerEnd < n && b[headerEnd] != '\n') {
            headerEnd++;
        }
        String header = new String(b, 0, headerEnd, StandardCharsets.ISO_8859_1);
        if (!header.equals(BundledFormat.ZIPS_HEADER)) {
            throw new CmsFileException(resource, 1, null,
                    "expected the header '" + BundledFormat.ZIPS_HEADER + "', found '" + header + "'");
        }
        List<ZipLocation> zips = new ArrayList<>(n / 16 + 1);
        int lineNo = 1;
        int previous = -1;
        int lastKey = -1;
        LocalityId lastId = null;
        for (int p = headerEnd + 1; p < n; p += 16) {
            lineNo++;
            // a line is exactly 15 bytes and a newline
            if (p + 16 > n || b[p + 5] != ',' || b[p + 13] != ',' || b[p + 15] != '\n') {
                int end = p;
                while (end < n && b[end] != '\n') {
                    end++;
                }
                throw new CmsFileException(resource, lineNo, null, "expected ZIP,LOCALITY,FLAG (5 digits, 7 digits, 0 or 1)"
                        + " and a newline: '" + new String(b, p, end - p, StandardCharsets.ISO_8859_1) + "'");
            }
            int zip = number(b, p, 5);
            if (zip < 0) {
                throw new CmsFileException(resource, lineNo, "zip",
                        "not a 5-digit ZIP: '" + new String(b, p, 5, StandardCharsets.ISO_8859_1) + "'");
            }
            if (zip <= previous) {
                throw new CmsFileException(resource, lineNo, "zip", "ZIP "
                        + new String(b, p, 5, StandardCharsets.ISO_8859_1) + " is out of order or listed twice");
            }
            previous = zip;
            int key = number(b, p + 6, 7);
            if (key != lastKey || key < 0) {
                String locality = new String(b, p + 6, 7, StandardCharsets.ISO_8859_1);
                lastId = localities.get(locality);
                if (lastId == null) {
                    throw new CmsFileException(resource, lineNo, "locality",
                            "not a locality of " + BundledFormat.LOCALITIES + ": '" + locality + "'");
                }
                lastKey = key;
            }
            byte flag = b[p + 14];
            if (flag != '0' && flag != '1') {
                throw new CmsFileException(resource, lineNo, "splitByPlusFour", "expected 0 or 1: '" + (char) flag + "'");
            }
            zips.add(new ZipLocation(new ZipCode(new String(b, p, 5, StandardCharsets.ISO_8859_1)), lastId, flag == '1'));
        }
        return zips;
    }

    /** The value of {@code width} ASCII digits at {@code from}, or -1 if one is not a digit. */
    private static int number(byte[] b, int from, int width) {
        int value = 0;
        for (int i = from; i < from + width; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static boolean flag(String resource, int lineNo, String field, String value) {
        if (value.equals("1")) {
            return true;
        }
        if (value.equals("0")) {
            return false;
        }
        throw new CmsFileException(resource, lineNo, field, "expected 0 or 1: '" + value + "'");
    }

    private static void header(String resource, BufferedReader in, String expected) throws IOException {
        String first = in.readLine();
        if (first == null || !first.equals(expected)) {
            throw new CmsFileException(resource, 1, null, "expected the header '" + expected + "', found '" + first + "'");
        }
    }

    private static List<String> cells(String resource, int lineNo, String line, String[] fields) {
        List<String> c;
        try {
            c = Csv.split(line);
        } catch (IllegalArgumentException e) {
            throw new CmsFileException(resource, lineNo, null, "malformed CSV: " + e.getMessage());
        }
        if (c.size() < fields.length) {
            throw new CmsFileException(resource, lineNo, fields[c.size()],
                    "missing column: " + c.size() + " cells, expected " + fields.length);
        }
        if (c.size() > fields.length) {
            throw new CmsFileException(resource, lineNo, null, "extra cells: " + c.size() + ", expected " + fields.length);
        }
        return c;
    }

    private static ClassLoader defaultLoader() {
        return BundledSchedule.class.getClassLoader();
    }

    private static BufferedReader open(ClassLoader loader, String resource) {
        return new BufferedReader(new InputStreamReader(openStream(loader, resource), StandardCharsets.UTF_8), 1 << 16);
    }

    private static InputStream openStream(ClassLoader loader, String resource) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new CmsFileException(resource, 0, null, "resource not found on the classpath");
        }
        return in;
    }
}
