package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.ScheduleYear;
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
        ScheduleYear scheduleYear = readYear(loader, year, yearResource);
        List<FeeRow> rows = readRvu(loader, BundledFormat.resource(year, BundledFormat.RVU));
        List<Locality> localities = readLocalities(loader, BundledFormat.resource(year, BundledFormat.LOCALITIES));
        Map<String, LocalityId> ids = new HashMap<>(localities.size() * 2);
        localities.forEach(l -> ids.put(l.id().value(), l.id()));
        List<ZipLocation> zips = readZips(loader, BundledFormat.resource(year, BundledFormat.ZIPS), ids);
        return new ScheduleData(scheduleYear, rows, localities, zips);
    }

    private static ScheduleYear readYear(ClassLoader loader, int year, String resource) {
        Properties p = new Properties();
        try (BufferedReader in = open(loader, resource)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        String y = required(p, resource, BundledFormat.KEY_YEAR);
        if (!y.equals(String.valueOf(year))) {
            throw new CmsFileException(resource, 0, BundledFormat.KEY_YEAR, "says " + y + " but is stored under " + year);
        }
        BigDecimal cf = Fields.decimal(resource, 0, BundledFormat.KEY_CONVERSION_FACTOR,
                required(p, resource, BundledFormat.KEY_CONVERSION_FACTOR));
        if (cf.signum() <= 0) {
            throw new CmsFileException(resource, 0, BundledFormat.KEY_CONVERSION_FACTOR, "must be positive: '" + cf + "'");
        }
        return new ScheduleYear(year, cf);
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
                int at = lineNo;
                LocalityId id = LocalityId.parse(c.get(0)).orElseThrow(() -> new CmsFileException(resource,
                        at, LOCALITY_FIELDS[0], "not a 7-digit locality: '" + c.get(0) + "'"));
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

    /** 43k lines, read at every start of the local server: fixed positions, no regex, no splitting. */
    private static List<ZipLocation> readZips(ClassLoader loader, String resource, Map<String, LocalityId> localities) {
        List<ZipLocation> zips = new ArrayList<>(45_000);
        try (BufferedReader in = open(loader, resource)) {
            header(resource, in, BundledFormat.ZIPS_HEADER);
            int lineNo = 1;
            int previous = -1;
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                // zip(5) , locality(7) , flag(1)
                if (line.length() != 15 || line.charAt(5) != ',' || line.charAt(13) != ',') {
                    throw new CmsFileException(resource, lineNo, null,
                            "expected ZIP,LOCALITY,FLAG (5 digits, 7 digits, 0 or 1): '" + line + "'");
                }
                String zip = line.substring(0, 5);
                if (!Fields.allDigits(zip)) {
                    throw new CmsFileException(resource, lineNo, "zip", "not a 5-digit ZIP: '" + zip + "'");
                }
                int zipNumber = Integer.parseInt(zip);
                if (zipNumber <= previous) {
                    throw new CmsFileException(resource, lineNo, "zip", "ZIP " + zip + " is out of order or listed twice");
                }
                previous = zipNumber;
                String locality = line.substring(6, 13);
                LocalityId id = localities.get(locality);
                if (id == null) {
                    throw new CmsFileException(resource, lineNo, "locality",
                            "not a locality of " + BundledFormat.LOCALITIES + ": '" + locality + "'");
                }
                char flag = line.charAt(14);
                if (flag != '0' && flag != '1') {
                    throw new CmsFileException(resource, lineNo, "splitByPlusFour", "expected 0 or 1: '" + flag + "'");
                }
                zips.add(new ZipLocation(new ZipCode(zip), id, flag == '1'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return zips;
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
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new CmsFileException(resource, 0, null, "resource not found on the classpath");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
