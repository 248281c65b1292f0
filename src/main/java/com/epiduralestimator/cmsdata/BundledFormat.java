package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.FamilyCatalogSource;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import java.util.List;

/**
 * The layout of the bundled files under {@code src/main/resources/}: the schedule's under {@code schedule/}, the
 * facility payment years' under {@code facility/}. One place for both sides: {@link BundledFiles} writes them,
 * {@link BundledSchedule} and {@link BundledFacility} read them.
 */
final class BundledFormat {
    static {
        // The generators and the bundled readers may run before (or without) the composition root.
        ProcedureCatalog.feed(new FamilyCatalogSource());
    }

    private BundledFormat() {}

    static final String ROOT = "schedule";
    static final String YEARS = "years.txt";
    static final String YEAR_PROPERTIES = "year.properties";
    static final String RVU = "rvu.csv";
    static final String LOCALITIES = "localities.csv";
    static final String ZIPS = "zip-localities.csv";

    static final String RVU_HEADER = "code,modifier,status,workRvu,nonFacilityPeRvu,nonFacilityNa,facilityPeRvu,"
            + "facilityNa,mpRvu,pctc,globalDays,multipleProcedure,bilateral";
    static final String LOCALITIES_HEADER = "locality,state,name,workGpci,peGpci,mpGpci";
    static final String ZIPS_HEADER = "zip,locality,splitByPlusFour";

    static final String FACILITY_ROOT = "facility";
    static final String FACILITY_RATES = "rates.csv";
    static final String FACILITY_AREAS = "areas.csv";
    static final String FACILITY_FLOORS = "floors.csv";
    static final String FACILITY_RATES_HEADER = "code,oppsStatus,oppsApc,oppsRate,ascIndicator,ascRate,ascDiscounted";
    static final String FACILITY_AREAS_HEADER = "cbsa,states,oppsGeographic,ascIndex,name";
    static final String FACILITY_FLOORS_HEADER = "state,ruralFloor,imputedFloor";
    /** A facility year's {@code year.properties} key: its facility types, by wire name, comma-separated. */
    static final String KEY_FACILITY_TYPES = "types";

    static final String KEY_YEAR = "year";
    static final String KEY_CONVERSION_FACTOR = "conversionFactor";
    /** {@code source.<part>=<file name>} and {@code source.<part>.sha256=<hex>}, one pair per CMS file. */
    static final String KEY_SOURCE = "source";
    static final String SHA256_SUFFIX = ".sha256";

    /**
     * The epidural injection family of the rules (section 1), as the domain's {@link ProcedureCatalog} lists it:
     * codes every bundled year must have (the generator fails without one), and the facility's eagerly bundled rates.
     */
    static final List<String> ESI_FAMILY = ProcedureCatalog.all().stream().filter(c -> c.family().equals(com.epiduralestimator.domain.ProcedureFamily.ESI))
            .map(ProcedureCode::code).sorted()
            .map(HcpcsCode::value).toList();

    /** The visits, guidance and sedation a pain practice bills beside a session (medicare-rules.md section 7). */
    static final List<String> ENCOUNTER = List.of("99202", "99203", "99204", "99205", "99211", "99212", "99213",
            "99214", "99215", "77003", "77012", "99152", "99153");

    /**
     * The codes whose RVU rows are bundled (every modifier row): every procedure family's physician codes (issue 19:
     * facet, RFA, SI beside the ESIs; not G0260, the facility's) and {@link #ENCOUNTER}, where the year's file has
     * them. A full schedule comes from the later loader, not from the bundle.
     */
    static final List<String> BUNDLED = java.util.stream.Stream.concat(ProcedureCatalog.all().stream()
                    .filter(c -> !ProcedureCatalog.familyOf(c.code()).flatMap(f -> f.code(c.code()))
                            .map(f -> f.billedBy() == com.epiduralestimator.domain.FamilyCode.BilledBy.FACILITY)
                            .orElse(false))
                    .map(c -> c.code().value()), ENCOUNTER.stream()).sorted().distinct().toList();

    /** Resource path of one year's file, e.g. {@code schedule/2025/rvu.csv}. */
    static String resource(int year, String file) {
        return ROOT + "/" + year + "/" + file;
    }
}
