package com.epiduralestimator.cmsdata;

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
     * The codes whose RVU rows are bundled: the epidural injection family of the rules (section 1), as the domain's
     * {@link ProcedureCatalog} lists it, every modifier row.
     * A full schedule comes from the later loader, not from the bundle.
     */
    static final List<String> ESI_FAMILY = ProcedureCatalog.all().stream().filter(c -> c.family().equals("esi"))
            .map(ProcedureCode::code).sorted()
            .map(HcpcsCode::value).toList();

    /** Resource path of one year's file, e.g. {@code schedule/2025/rvu.csv}. */
    static String resource(int year, String file) {
        return ROOT + "/" + year + "/" + file;
    }
}
