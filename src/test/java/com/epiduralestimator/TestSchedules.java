package com.epiduralestimator;

import static com.epiduralestimator.domain.YearParameters.Parameter.APM_CONVERSION_FACTOR;
import static com.epiduralestimator.domain.YearParameters.Parameter.ASC_CONVERSION_FACTOR;
import static com.epiduralestimator.domain.YearParameters.Parameter.CONVERSION_FACTOR;
import static com.epiduralestimator.domain.YearParameters.Parameter.MEDIGAP_HIGH_DEDUCTIBLE;
import static com.epiduralestimator.domain.YearParameters.Parameter.MEDIGAP_K_OUT_OF_POCKET_LIMIT;
import static com.epiduralestimator.domain.YearParameters.Parameter.MEDIGAP_L_OUT_OF_POCKET_LIMIT;
import static com.epiduralestimator.domain.YearParameters.Parameter.OPPS_CONVERSION_FACTOR;
import static com.epiduralestimator.domain.YearParameters.Parameter.PART_A_DEDUCTIBLE;
import static com.epiduralestimator.domain.YearParameters.Parameter.PART_B_DEDUCTIBLE;
import static com.epiduralestimator.domain.YearParameters.Parameter.SEQUESTRATION_RATE;

import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.ZipCode;
import com.epiduralestimator.domain.ZipLocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** CY2025 figures copied from CMS's PPRRVU2025_Oct and GPCI2025 for the tests that need a small schedule. */
public final class TestSchedules {
    public static final BigDecimal CF_2025 = new BigDecimal("32.3465");
    public static final Locality SAN_FRANCISCO = locality("0111205", "CA",
            "SAN FRANCISCO-OAKLAND-BERKELEY (SAN FRANCISCO/SAN MATEO/ALAMEDA/CONTRA COSTA CNTY)",
            "1.088", "1.419", "0.445");
    public static final Locality ALABAMA = locality("1011200", "AL", "ALABAMA", "1", "0.869", "0.575");
    public static final Locality ALASKA = locality("0210201", "AK", "ALASKA", "1.5", "1.081", "0.592");
    public static final Locality MANHATTAN = locality("1320201", "NY", "MANHATTAN", "1.065", "1.166", "1.656");

    public static final List<FeeRow> ESI_ROWS_2025 = List.of(
            row("62281", "2.66", "4.23", "1.79", "0.25", 2, 0),
            row("62282", "2.33", "6.65", "1.72", "0.21", 2, 0),
            row("62320", "1.80", "2.71", "0.91", "0.25", 2, 9),
            row("62321", "1.95", "5.63", "1.08", "0.18", 2, 9),
            row("62322", "1.55", "2.24", "0.63", "0.16", 2, 9),
            row("62323", "1.80", "5.66", "1.00", "0.17", 2, 9),
            row("62324", "1.89", "2.04", "0.62", "0.16", 2, 9),
            row("62325", "2.20", "4.88", "0.87", "0.18", 2, 9),
            row("62326", "1.78", "2.15", "0.61", "0.16", 2, 9),
            row("62327", "1.90", "5.81", "1.09", "0.20", 2, 9),
            row("64479", "2.29", "5.42", "1.42", "0.21", 2, 1),
            row("64480", "1.20", "2.69", "0.52", "0.12", 0, 1),
            row("64483", "1.90", "5.24", "1.27", "0.16", 2, 1),
            row("64484", "1.00", "2.20", "0.43", "0.08", 0, 1)
    );

    /**
     * Each year's parameters as CMS published them (medicare-rules.md section 2 and the issue): PFS CF, Part B
     * deductible, Part A deductible, OPPS and ASC CFs, 2% sequestration, Medigap K/L limits and high deductible.
     */
    public static final YearParameters PARAMETERS_2025 = YearParameters.builder(2025)
            .set(CONVERSION_FACTOR, CF_2025)
            .set(PART_B_DEDUCTIBLE, new BigDecimal("257"))
            .set(PART_A_DEDUCTIBLE, new BigDecimal("1676"))
            .set(OPPS_CONVERSION_FACTOR, new BigDecimal("89.169"))
            .set(ASC_CONVERSION_FACTOR, new BigDecimal("54.895"))
            .set(SEQUESTRATION_RATE, new BigDecimal("0.02"))
            .set(MEDIGAP_K_OUT_OF_POCKET_LIMIT, new BigDecimal("7060"))
            .set(MEDIGAP_L_OUT_OF_POCKET_LIMIT, new BigDecimal("3530"))
            .set(MEDIGAP_HIGH_DEDUCTIBLE, new BigDecimal("2870")).build();
    public static final YearParameters PARAMETERS_2026 = YearParameters.builder(2026)
            .set(CONVERSION_FACTOR, new BigDecimal("33.4009"))
            .set(APM_CONVERSION_FACTOR, new BigDecimal("33.5675"))
            .set(PART_B_DEDUCTIBLE, new BigDecimal("283"))
            .set(PART_A_DEDUCTIBLE, new BigDecimal("1736"))
            .set(OPPS_CONVERSION_FACTOR, new BigDecimal("91.415"))
            .set(ASC_CONVERSION_FACTOR, new BigDecimal("56.322"))
            .set(SEQUESTRATION_RATE, new BigDecimal("0.02"))
            .set(MEDIGAP_K_OUT_OF_POCKET_LIMIT, new BigDecimal("8000"))
            .set(MEDIGAP_L_OUT_OF_POCKET_LIMIT, new BigDecimal("4000"))
            .set(MEDIGAP_HIGH_DEDUCTIBLE, new BigDecimal("2950")).build();
    /** CY2024 (after 8 March: $33.2875; Part B deductible $240, Part A $1,632). */
    public static final YearParameters PARAMETERS_2024 = YearParameters.builder(2024)
            .set(CONVERSION_FACTOR, new BigDecimal("33.2875"))
            .set(PART_B_DEDUCTIBLE, new BigDecimal("240"))
            .set(PART_A_DEDUCTIBLE, new BigDecimal("1632"))
            .set(SEQUESTRATION_RATE, new BigDecimal("0.02")).build();

    private TestSchedules() {}

    /** The year's parameters (2024 to 2026) as a load is given them, with the CF overridden or not. */
    public static YearParameters.Builder loadParameters(int year, Optional<BigDecimal> cf, Optional<BigDecimal> apmCf) {
        YearParameters known = switch (year) {
            case 2024 -> PARAMETERS_2024;
            case 2025 -> PARAMETERS_2025;
            case 2026 -> PARAMETERS_2026;
            default -> throw new IllegalArgumentException("no test parameters for " + year);
        };
        YearParameters.Builder b = YearParameters.builder(year);
        known.known().forEach((p, v) -> {
            if (p != YearParameters.Parameter.CONVERSION_FACTOR && p != YearParameters.Parameter.APM_CONVERSION_FACTOR) {
                b.set(p, v);
            }
        });
        cf.ifPresent(v -> b.set(CONVERSION_FACTOR, v));
        apmCf.ifPresent(v -> b.set(APM_CONVERSION_FACTOR, v));
        return b;
    }

    /** Every locality of CMS's GPCI2026.csv (the excerpt is the whole file). */
    public static List<LocalityId> allLocalityIds2026() {
        return com.epiduralestimator.cmsdata.GpciFileReader.readAll(com.epiduralestimator.cmsdata.Excerpts2026.file(
                com.epiduralestimator.cmsdata.Excerpts2026.GPCI)).stream().map(Locality::id).toList();
    }

    /** The year's parameters with another conversion factor (fixtures whose figures are not CMS's). */
    public static YearParameters parameters(int year, String cf) {
        return loadParameters(year, Optional.of(new BigDecimal(cf)), Optional.empty()).build();
    }

    public static FeeRow row(String code, String work, String peNonFacility, String peFacility, String mp,
                             int multipleProcedure, int bilateral) {
        return new FeeRow(code, "", 'A', new BigDecimal(work), new BigDecimal(peNonFacility), false,
                new BigDecimal(peFacility), false, new BigDecimal(mp), "0", "000", multipleProcedure, bilateral);
    }

    public static FeeRow esiRow(String code) {
        return ESI_ROWS_2025.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    public static Locality locality(String id, String state, String name, String work, String pe, String mp) {
        return new Locality(new LocalityId(id), state, name, new BigDecimal(work), new BigDecimal(pe),
                new BigDecimal(mp));
    }

    /** CY2025 with the ESI rows, four localities and a few ZIPs (94103 San Francisco, 35203 Birmingham AL). */
    public static ScheduleData year2025() {
        return new ScheduleData(PARAMETERS_2025, ESI_ROWS_2025,
                List.of(SAN_FRANCISCO, ALABAMA, ALASKA, MANHATTAN),
                List.of(new ZipLocation(new ZipCode("94103"), SAN_FRANCISCO.id(), false),
                        new ZipLocation(new ZipCode("35203"), ALABAMA.id(), false),
                        new ZipLocation(new ZipCode("99501"), ALASKA.id(), false),
                        new ZipLocation(new ZipCode("10001"), MANHATTAN.id(), true)), List.of(), List.of());
    }
}
