package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.StateFloor;
import com.epiduralestimator.domain.SupersededFacilityRate;
import com.epiduralestimator.domain.WageArea;
import com.epiduralestimator.domain.WireNamed;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Reads the facility payment years shipped inside the project, in {@link BundledFormat}'s layout under
 * {@code facility/} (written by {@link FacilityDataGenerator} through {@link BundledFiles}): {@code years.txt}, then
 * per year {@code year.properties} (types, the CMS files it came from), {@code rates.csv} (the epidural family),
 * {@code areas.csv} (every wage area) and {@code floors.csv} (each state's OPPS floors); every code's rates are in
 * {@code codes/}, read lazily by {@link BundledFacilityCodes}. Strict: a malformed line fails naming the resource,
 * line and field.
 */
public final class BundledFacility {
    private BundledFacility() {}

    public static List<FacilityData> loadAll() {
        return loadAll(BundledFacility.class.getClassLoader());
    }

    /** Every year {@code facility/years.txt} lists on {@code loader}'s classpath. */
    static List<FacilityData> loadAll(ClassLoader loader) {
        List<FacilityData> all = new ArrayList<>();
        rows(loader, BundledFormat.FACILITY_ROOT + "/" + BundledFormat.YEARS, null,
                (n, cells) -> all.add(load(loader, Integer.parseInt(cells.get(0)))));
        return List.copyOf(all);
    }

    /**
     * Every bundled year with the rates of every code (~19,000 a year, every quarter's change), read from {@code
     * codes/}: what {@code load-facility} writes to DynamoDB. Never on an estimate's path (the in-memory schedule
     * reads a code's file when a claim asks for it, {@link BundledFacilityCodes}).
     */
    public static List<FacilityData> loadEveryCode() {
        ClassLoader loader = BundledFacility.class.getClassLoader();
        BundledFacilityCodes codes = new BundledFacilityCodes(loader);
        List<FacilityData> all = new ArrayList<>();
        for (FacilityData year : loadAll(loader)) {
            List<FacilityRate> rates = new ArrayList<>();
            List<SupersededFacilityRate> superseded = new ArrayList<>();
            codes.all(year.year()).values().forEach(q -> {
                rates.add(q.latest());
                superseded.addAll(q.earlier());
            });
            all.add(new FacilityData(year.year(), year.types(), rates, year.areas(), year.floors(), superseded));
        }
        return List.copyOf(all);
    }

    private static FacilityData load(ClassLoader loader, int year) {
        String dir = BundledFormat.FACILITY_ROOT + "/" + year + "/";
        String yearFile = dir + BundledFormat.YEAR_PROPERTIES;
        Properties props = BundledYearFile.properties(loader, yearFile);
        Set<FacilityType> types = EnumSet.noneOf(FacilityType.class);
        for (String t : props.getProperty(BundledFormat.KEY_FACILITY_TYPES, "").split(",")) {
            types.add(WireNamed.parse(FacilityType.class, t.strip()).orElseThrow(() -> new CmsFileException(yearFile, 0,
                    BundledFormat.KEY_FACILITY_TYPES, "unknown facility type '" + t + "'")));
        }
        List<FacilityRate> rates = new ArrayList<>();
        String ratesFile = dir + BundledFormat.FACILITY_RATES;
        rows(loader, ratesFile, BundledFormat.FACILITY_RATES_HEADER, (n, c) -> rates.add(rate(ratesFile, n, c)));
        List<WageArea> areas = new ArrayList<>();
        String areasFile = dir + BundledFormat.FACILITY_AREAS;
        rows(loader, areasFile, BundledFormat.FACILITY_AREAS_HEADER, (n, c) -> areas.add(new WageArea(c.get(0),
                c.get(4), c.get(1).isEmpty() ? List.of() : List.of(c.get(1).split("-")),
                optional(areasFile, n, "oppsGeographic", c.get(2)), optional(areasFile, n, "ascIndex", c.get(3)))));
        List<StateFloor> floors = new ArrayList<>();
        String floorsFile = dir + BundledFormat.FACILITY_FLOORS;
        rows(loader, floorsFile, BundledFormat.FACILITY_FLOORS_HEADER, (n, c) -> floors.add(new StateFloor(c.get(0),
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

    private interface Row {
        void accept(int line, List<String> cells);
    }

    /** Each data row of {@code resource}, after its header line (when it has one); blank lines are skipped. */
    private static void rows(ClassLoader loader, String resource, String header, Row row) {
        int expected = header == null ? 1 : header.split(",").length;
        try (BufferedReader in = BundledResources.open(loader, resource)) {
            CmsLines.Numbered lines = new CmsLines.Numbered(in);
            for (String line = lines.next(); line != null; line = lines.next()) {
                int n = lines.lineNo();
                if (n == 1 && header != null) {
                    if (!line.equals(header)) {
                        throw new CmsFileException(resource, 1, null, "expected the header " + header);
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = CmsLines.cells(resource, n, line);
                if (cells.size() != expected) {
                    throw new CmsFileException(resource, n, null, "expected " + expected + " cells, found "
                            + cells.size());
                }
                row.accept(n, cells);
            }
        } catch (IOException e) {
            throw CmsLines.readFailure(resource, e);
        }
    }
}
