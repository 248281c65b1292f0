package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.StateFloor;
import com.epiduralestimator.domain.WageArea;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The facility payment years shipped inside the project (written by {@link FacilityDataGenerator}), under
 * {@code facility/}: {@code years.txt}, then per year {@code year.properties} (types, the CMS files it came from),
 * {@code rates.csv} (the epidural family), {@code areas.csv} (every wage area) and {@code floors.csv} (each state's
 * OPPS floors). The same class writes them, so both sides share one layout. Strict on reading: a malformed line
 * fails naming the resource, line and field.
 */
public final class BundledFacility {
    static final String ROOT = "facility";
    static final String RATES_HEADER = "code,oppsStatus,oppsApc,oppsRate,ascIndicator,ascRate,ascDiscounted";
    static final String AREAS_HEADER = "cbsa,states,oppsGeographic,ascIndex,name";
    static final String FLOORS_HEADER = "state,ruralFloor,imputedFloor";

    private BundledFacility() {}

    public static List<FacilityData> loadAll() {
        ClassLoader loader = BundledFacility.class.getClassLoader();
        List<FacilityData> all = new ArrayList<>();
        lines(loader, ROOT + "/years.txt", null, (n, cells) -> all.add(load(loader,
                Integer.parseInt(cells.get(0)))));
        return List.copyOf(all);
    }

    /**
     * The project's own OPPS code → APC/status assignment for {@code year} ({@code facility/opps-assignments-<year>.csv},
     * its source named in its header), empty when there is none for the year.
     */
    public static java.util.Optional<java.util.Map<String, OppsRateFileReader.Assignment>> assignments(int year) {
        String resource = ROOT + "/opps-assignments-" + year + ".csv";
        InputStream in = BundledFacility.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return java.util.Optional.empty();
        }
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return java.util.Optional.of(OppsRateFileReader.readAssignments(resource, reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FacilityData load(ClassLoader loader, int year) {
        String dir = ROOT + "/" + year + "/";
        Properties props = new Properties();
        try (InputStream in = open(loader, dir + "year.properties")) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<FacilityType> types = EnumSet.noneOf(FacilityType.class);
        for (String t : props.getProperty("types", "").split(",")) {
            types.add(FacilityType.fromWire(t.strip()).orElseThrow(() -> new CmsFileException(dir
                    + "year.properties", 0, "types", "unknown facility type '" + t + "'")));
        }
        List<FacilityRate> rates = new ArrayList<>();
        String ratesFile = dir + "rates.csv";
        lines(loader, ratesFile, RATES_HEADER, (n, c) -> rates.add(rate(ratesFile, n, c)));
        List<WageArea> areas = new ArrayList<>();
        String areasFile = dir + "areas.csv";
        lines(loader, areasFile, AREAS_HEADER, (n, c) -> areas.add(new WageArea(c.get(0), c.get(4),
                c.get(1).isEmpty() ? List.of() : List.of(c.get(1).split("-")),
                optional(areasFile, n, "oppsGeographic", c.get(2)), optional(areasFile, n, "ascIndex", c.get(3)))));
        List<StateFloor> floors = new ArrayList<>();
        String floorsFile = dir + "floors.csv";
        lines(loader, floorsFile, FLOORS_HEADER, (n, c) -> floors.add(new StateFloor(c.get(0),
                optional(floorsFile, n, "ruralFloor", c.get(1)), optional(floorsFile, n, "imputedFloor", c.get(2)))));
        return new FacilityData(year, types, rates, areas, floors);
    }

    private static FacilityRate rate(String file, int n, List<String> c) {
        Optional<FacilityRate.Opps> opps = c.get(1).isEmpty() ? Optional.empty()
                : Optional.of(new FacilityRate.Opps(c.get(1), c.get(2).isEmpty() ? Optional.empty()
                        : Optional.of(c.get(2)), Fields.decimal(file, n, "oppsRate", c.get(3))));
        Optional<FacilityRate.Asc> asc = c.get(4).isEmpty() ? Optional.empty()
                : Optional.of(new FacilityRate.Asc(c.get(4), Fields.decimal(file, n, "ascRate", c.get(5)),
                        Boolean.parseBoolean(c.get(6))));
        return new FacilityRate(c.get(0), opps, asc);
    }

    private static Optional<BigDecimal> optional(String file, int line, String field, String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(Fields.decimal(file, line, field, value));
    }

    /** Writes one year's files' contents: rates, areas, floors (the caller writes them and the properties). */
    static String rates(FacilityData data) {
        StringWriter out = new StringWriter();
        line(out, RATES_HEADER);
        for (FacilityRate r : data.rates()) {
            line(out, String.join(",", r.code(),
                    r.opps().map(FacilityRate.Opps::status).orElse(""),
                    r.opps().flatMap(FacilityRate.Opps::apc).orElse(""),
                    r.opps().map(o -> o.rate().toPlainString()).orElse(""),
                    r.asc().map(FacilityRate.Asc::paymentIndicator).orElse(""),
                    r.asc().map(a -> a.rate().toPlainString()).orElse(""),
                    r.asc().map(a -> String.valueOf(a.discounted())).orElse("")));
        }
        return out.toString();
    }

    static String areas(FacilityData data) {
        StringWriter out = new StringWriter();
        line(out, AREAS_HEADER);
        for (WageArea a : data.areas()) {
            line(out, String.join(",", a.cbsa(), String.join("-", a.states()),
                    a.oppsGeographic().map(BigDecimal::toPlainString).orElse(""),
                    a.ascIndex().map(BigDecimal::toPlainString).orElse(""), Csv.quote(a.name())));
        }
        return out.toString();
    }

    static String floors(FacilityData data) {
        StringWriter out = new StringWriter();
        line(out, FLOORS_HEADER);
        for (StateFloor f : data.floors()) {
            line(out, String.join(",", f.state(), f.ruralFloor().map(BigDecimal::toPlainString).orElse(""),
                    f.imputedFloor().map(BigDecimal::toPlainString).orElse("")));
        }
        return out.toString();
    }

    private static void line(Writer out, String text) {
        try {
            out.write(text);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Row {
        void accept(int line, List<String> cells);
    }

    private static void lines(ClassLoader loader, String resource, String header, Row row) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(loader, resource),
                StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (n == 1 && header != null) {
                    if (!line.equals(header)) {
                        throw new CmsFileException(resource, 1, null, "expected the header " + header);
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells;
                try {
                    cells = Csv.split(line);
                } catch (IllegalArgumentException e) {
                    throw new CmsFileException(resource, n, null, "malformed CSV: " + e.getMessage());
                }
                int expected = header == null ? 1 : header.split(",").length;
                if (cells.size() != expected) {
                    throw new CmsFileException(resource, n, null, "expected " + expected + " cells, found "
                            + cells.size());
                }
                row.accept(n, cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static InputStream open(ClassLoader loader, String resource) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new CmsFileException(resource, 0, null, "missing resource");
        }
        return in;
    }
}
