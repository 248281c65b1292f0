package com.epiduralestimator.application;

import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.OppsCap;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.ZipCode;
import com.epiduralestimator.domain.ZipLocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Small schedule years for the port contracts. The 2025 row of 62321 and the two 2025 localities carry CY2025
 * figures; every other row, the 2024 year and the ZIP assignments are illustrative test values, not CMS figures.
 */
public final class ScheduleFixtures {
    public static final LocalityId SAN_FRANCISCO = new LocalityId("0111205");
    public static final LocalityId ALABAMA = new LocalityId("1011200");
    /** A locality a ZIP points at but the year's GPCI file lacks. */
    public static final LocalityId ORPHAN = new LocalityId("9999999");

    public static final FeeRow R62321 = row("62321", "", 'A', "1.95", "5.63", "1.08", "0.18", "0", "000", 2, 9);
    public static final FeeRow R64479 = row("64479", "", 'A', "2.29", "5.36", "1.25", "0.22", "0", "000", 2, 1);
    public static final FeeRow R64480 = row("64480", "", 'A', "1.20", "3.52", "0.55", "0.12", "0", "ZZZ", 0, 1);
    public static final FeeRow R77003 = row("77003", "", 'A', "0.60", "2.10", "2.10", "0.04", "1", "XXX", 0, 0);
    public static final FeeRow R77003_26 = row("77003", "26", 'A', "0.60", "0.25", "0.25", "0.03", "1", "XXX", 0, 0);
    public static final FeeRow R77003_TC = row("77003", "TC", 'A', "0.00", "1.85", "NA", "0.01", "1", "XXX", 0, 0);
    /** 2024 figures differ from 2025 on purpose: a slice must read its own year. */
    public static final FeeRow R62321_2024 = row("62321", "", 'A', "1.95", "5.81", "1.10", "0.17", "0", "000", 2, 9);

    public static final Locality SF_2025 = new Locality(SAN_FRANCISCO, "CA", "SAN FRANCISCO",
            new BigDecimal("1.088"), new BigDecimal("1.419"), new BigDecimal("0.445"));
    public static final Locality AL_2025 = new Locality(ALABAMA, "AL", "ALABAMA",
            new BigDecimal("1.0"), new BigDecimal("0.869"), new BigDecimal("0.575"));
    public static final Locality SF_2024 = new Locality(SAN_FRANCISCO, "CA", "SAN FRANCISCO",
            new BigDecimal("1.079"), new BigDecimal("1.383"), new BigDecimal("0.452"));

    public static final ZipLocation ZIP_94103 = zip("94103", SAN_FRANCISCO, false);
    public static final ZipLocation ZIP_94128 = zip("94128", SAN_FRANCISCO, true);
    public static final ZipLocation ZIP_35203 = zip("35203", ALABAMA, false);
    public static final ZipLocation ZIP_35004 = zip("35004", ALABAMA, true);
    public static final ZipLocation ZIP_ORPHAN = zip("96799", ORPHAN, false);

    /** Illustrative OPPS caps (not CMS figures): per modifier row and locality, facility and non-facility. */
    public static final OppsCap CAP_77003_AL = cap("77003", "", ALABAMA, "80.10", "85.20");
    public static final OppsCap CAP_77003_TC_AL = cap("77003", "TC", ALABAMA, "60.00", "61.50");
    public static final OppsCap CAP_77003_SF = cap("77003", "", SAN_FRANCISCO, "120.00", "125.00");

    public static final ScheduleData Y2025 = new ScheduleData(
            TestSchedules.PARAMETERS_2025,
            List.of(R62321, R64479, R64480, R77003, R77003_26, R77003_TC),
            List.of(SF_2025, AL_2025),
            List.of(ZIP_94103, ZIP_94128, ZIP_35203, ZIP_35004, ZIP_ORPHAN),
            List.of(CAP_77003_AL, CAP_77003_TC_AL, CAP_77003_SF), List.of());

    /** A year with two conversion factors, as CMS publishes for CY2026. */
    public static final ScheduleData Y2026 = new ScheduleData(
            TestSchedules.PARAMETERS_2026,
            List.of(R62321),
            List.of(SF_2025),
            List.of(ZIP_94103), List.of(), List.of());

    public static final ScheduleData Y2024 = new ScheduleData(
            TestSchedules.PARAMETERS_2024,
            List.of(R62321_2024),
            List.of(SF_2024),
            List.of(ZIP_94103), List.of(), List.of());

    private ScheduleFixtures() {}

    public static SliceRequest byLocality(int year, LocalityId locality, String... codes) {
        return new SliceRequest(year, java.util.Set.of(codes), Optional.of(locality), Optional.empty());
    }

    public static SliceRequest byZip(int year, String zip, String... codes) {
        return new SliceRequest(year, java.util.Set.of(codes), Optional.empty(), Optional.of(new ZipCode(zip)));
    }

    public static SliceRequest codesOnly(int year, String... codes) {
        return new SliceRequest(year, java.util.Set.of(codes), Optional.empty(), Optional.empty());
    }

    /**
     * DynamoDB keeps a number's value but not its scale (1.0 reads back as 1): compare values, as pricing does.
     */
    public static ScheduleSlice normalized(ScheduleSlice s) {
        Map<String, List<FeeRow>> rows = s.rows().entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().stream().map(ScheduleFixtures::normalized).toList()));
        Map<String, List<OppsCap>> caps = s.caps().entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().stream().map(ScheduleFixtures::normalized).toList()));
        return new ScheduleSlice(s.loadedYears(),
                s.year().map(ScheduleFixtures::normalized),
                rows, s.zip(), s.locality().map(ScheduleFixtures::normalized), caps, s.oppsCapLoaded());
    }

    public static YearParameters normalized(YearParameters y) {
        YearParameters.Builder b = YearParameters.builder(y.year());
        y.known().forEach((p, v) -> b.set(p, n(v)));
        return b.build();
    }

    public static FeeRow normalized(FeeRow r) {
        return new FeeRow(r.code(), r.modifier(), r.status(), n(r.workRvu()), n(r.nonFacilityPeRvu()), r.nonFacilityNa(),
                n(r.facilityPeRvu()), r.facilityNa(), n(r.mpRvu()), r.pctc(), r.globalDays(), r.multipleProcedure(),
                r.bilateral());
    }

    public static OppsCap normalized(OppsCap c) {
        return new OppsCap(c.code(), c.modifier(), c.locality(), n(c.facilityPrice()), n(c.nonFacilityPrice()));
    }

    public static Locality normalized(Locality l) {
        return new Locality(l.id(), l.state(), l.name(), n(l.workGpci()), n(l.peGpci()), n(l.mpGpci()));
    }

    private static BigDecimal n(BigDecimal value) {
        return value.stripTrailingZeros();
    }

    private static OppsCap cap(String code, String modifier, LocalityId locality, String facility, String nonFacility) {
        return new OppsCap(code, modifier, locality, new BigDecimal(facility), new BigDecimal(nonFacility));
    }

    private static ZipLocation zip(String zip, LocalityId locality, boolean split) {
        return new ZipLocation(new ZipCode(zip), locality, split);
    }

    /** facilityPe "NA" means CMS prints NA: the RVU is zero and the NA flag is set. */
    private static FeeRow row(String code, String modifier, char status, String work, String nfPe, String fPe,
                              String mp, String pctc, String glob, int mult, int bilat) {
        boolean facilityNa = "NA".equals(fPe);
        return new FeeRow(code, modifier, status, new BigDecimal(work), new BigDecimal(nfPe), false,
                facilityNa ? BigDecimal.ZERO : new BigDecimal(fPe), facilityNa, new BigDecimal(mp), pctc, glob, mult, bilat);
    }
}
