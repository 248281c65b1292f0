package com.epiduralestimator.application;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.cmsdata.CmsScheduleFiles;
import com.epiduralestimator.cmsdata.Excerpts2026;
import com.epiduralestimator.domain.FeeQuote;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.Setting;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CY2026 from CMS's own files (src/test/resources/cms-2026-excerpt), loaded as {@code load --year 2026 --rvu
 * PPRRVU2026_Jul_nonQPP.csv --gpci GPCI2026.csv --zip ZIP5_JAN2026.txt --apm-conversion-factor 33.5675 ...} does,
 * beside CY2025 from its excerpt (with its OPPS cap file), priced by {@link FeeLookup}. A second store is loaded
 * with January's 8-column GPCI file instead. Subclasses supply the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class Cms2026FeesContract {
    static final LocalDate JUNE_2026 = LocalDate.parse("2026-06-01");
    static final LocalityId ALABAMA = new LocalityId("1011200");
    private FeeSchedule july;
    private FeeSchedule january;
    private Instant loadStarted;
    private Instant loadEnded;

    /** A fresh store loaded with these feeds, in order. */
    protected abstract FeeSchedule scheduleLoadedWith(ScheduleFeed... feeds);

    /** CY2026 as CMS ships it: the RVU file's CF 33.4009, the APM CF and the year's parameters given as options. */
    static CmsScheduleFiles cy2026(String gpciFile) {
        return new CmsScheduleFiles(2026, Excerpts2026.file(Excerpts2026.RVU), Excerpts2026.file(gpciFile),
                Optional.of(Excerpts2026.file(Excerpts2026.ZIP5)), Optional.empty(),
                TestSchedules.loadParameters(2026, Optional.empty(), Optional.of(new BigDecimal("33.5675"))));
    }

    @BeforeAll
    void load() {
        loadStarted = Instant.now();
        july = scheduleLoadedWith(CmsFeesContract.excerpt(2025, Optional.empty(), Optional.empty()),
                cy2026(Excerpts2026.GPCI));
        loadEnded = Instant.now();
        january = scheduleLoadedWith(cy2026(Excerpts2026.GPCI_JANUARY));
    }

    private static FeeResolution fee(FeeSchedule schedule, LocalDate date, String code, Setting setting,
                                     Optional<LocalityId> locality, boolean apm) {
        return new FeeLookup(schedule).resolve(date, Set.of(new HcpcsCode(code)), "", setting, locality, Optional.empty(), apm);
    }

    /** cms-2026/README.md; the hand calculations are in CurrentScheduleContract (same RVUs and GPCIs). */
    @ParameterizedTest(name = "{0} {1} apm={2}: {3} / {4}")
    @CsvSource({
            "62321, ''     , false, 276.56, 95.53",
            "62321, ''     , true , 277.94, 96.00",
            "62321, 1011200, false, 248.06, 89.66",
            "62321, 0111205, false, 364.04, 108.78",
            "62321, 1320201, false, 317.69, 107.33",
            "64483, ''     , false, 264.87, 99.53"})
    void everyCy2026FigureOfTheCmsReadme(String code, String locality, boolean apm, String nonFacility,
                                         String facility) {
        Optional<LocalityId> place = Optional.of(locality).filter(l -> !l.isEmpty()).map(LocalityId::new);
        FeeResolution nf = fee(july, JUNE_2026, code, Setting.NON_FACILITY, place, apm);
        FeeResolution f = fee(july, JUNE_2026, code, Setting.FACILITY, place, apm);
        assertThat(nf.year().year()).isEqualTo(2026);
        assertThat(nf.parameters().borrowed()).isFalse();
        assertThat(nf.quotes().get(new HcpcsCode(code)).amount()).isEqualByComparingTo(dollars(nonFacility));
        assertThat(f.quotes().get(new HcpcsCode(code)).amount()).isEqualByComparingTo(dollars(facility));
    }

    @Test
    void theJanuaryGpciFileGivesTheSameAmountsAsTheJulyOneEverywhere() {
        // 8 columns in January: the work GPCI without and with the 1.0 floor. Medicare pays with the floor.
        List<LocalityId> localities = TestSchedules.allLocalityIds2026();
        assertThat(localities).hasSize(109);
        int compared = 0;
        for (String code : List.of("62321")) {
            for (Setting setting : Setting.values()) {
                for (LocalityId l : localities) {
                    FeeQuote j = fee(july, JUNE_2026, code, setting, Optional.of(l), false).quotes().get(new HcpcsCode(code));
                    FeeQuote jan = fee(january, JUNE_2026, code, setting, Optional.of(l), false).quotes().get(new HcpcsCode(code));
                    assertThat(jan.amount()).as("%s %s %s", code, setting, l).isEqualByComparingTo(j.amount());
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(2 * 109);
    }

    @Test
    void theFlooredWorkGpciIsTheOneUsedFromTheJanuaryFile() {
        // Alabama's January row: work 0.988 without the floor, 1.000 with it. With 0.988 the amount would be
        // (1.90 x 0.988 + 6.20 x 0.875 + 0.18 x 0.566) = 7.40408 x 33.4009 = 247.30; with 1.000 it is
        // 7.42688 x 33.4009 = 248.064 -> 248.06, CMS's figure.
        FeeQuote q = fee(january, JUNE_2026, "62321", Setting.NON_FACILITY, Optional.of(ALABAMA), false)
                .quotes().get(new HcpcsCode("62321"));
        assertThat(q.breakdown().workGpci()).isEqualByComparingTo("1.000");
        assertThat(q.amount()).isEqualByComparingTo(dollars("248.06"));
    }

    @Test
    void aYearLoadedWithoutAnOppsCapFileSaysTheImagingCapWasNotApplied() {
        // 72194 Alabama CY2026 non-facility: 1.19 x 1.000 + 6.22 x 0.875 + 0.09 x 0.566 = 6.68344 x 33.4009 =
        // 223.233 -> 223.23, uncapped: CY2026 was loaded without an OPPS cap file.
        FeeResolution fee = fee(july, JUNE_2026, "72194", Setting.NON_FACILITY, Optional.of(ALABAMA), false);
        FeeQuote q = fee.quotes().get(new HcpcsCode("72194"));
        assertThat(q.amount()).isEqualByComparingTo(dollars("223.23"));
        assertThat(q.oppsCapAmount()).isEmpty();
        assertThat(fee.assumptions()).contains("CMS caps the non-facility PFS amount of 72194 (diagnostic imaging)"
                + " at the locality's OPPS amount; the 2026 schedule was loaded without CMS's OPPS cap file, so the"
                + " cap was not applied.");
        // the professional component is never capped; a national amount never is; an ESI code is not imaging
        FeeResolution pc = new FeeLookup(july).resolve(JUNE_2026, Set.of(new HcpcsCode("72194")), "26", Setting.NON_FACILITY,
                Optional.of(ALABAMA), Optional.empty(), false);
        assertThat(pc.assumptions()).noneMatch(a -> a.contains("OPPS"));
        assertThat(fee(july, JUNE_2026, "72194", Setting.NON_FACILITY, Optional.empty(), false).assumptions())
                .noneMatch(a -> a.contains("OPPS"));
        assertThat(fee(july, JUNE_2026, "62321", Setting.NON_FACILITY, Optional.of(ALABAMA), false).assumptions())
                .noneMatch(a -> a.contains("OPPS"));
        // CY2025 was loaded with its cap file: capped, and no such assumption (PFS 218.70, OPPS 207.17)
        FeeResolution y2025 = fee(july, LocalDate.parse("2025-06-01"), "72194", Setting.NON_FACILITY,
                Optional.of(ALABAMA), false);
        assertThat(y2025.quotes().get(new HcpcsCode("72194")).amount()).isEqualByComparingTo(dollars("207.17"));
        assertThat(y2025.assumptions()).noneMatch(a -> a.contains("not applied"));
    }

    @ParameterizedTest(name = "{0} -> CY{1}: {2}")
    @CsvSource({"2025-12-31, 2025, 251.01", "2026-01-01, 2026, 276.56", "2026-12-31, 2026, 276.56"})
    void theDateOfServiceChoosesTheYearAtTheEdges(String date, int year, String amount) {
        FeeResolution fee = fee(july, LocalDate.parse(date), "62321", Setting.NON_FACILITY, Optional.empty(), false);
        assertThat(fee.year().year()).isEqualTo(year);
        assertThat(fee.quotes().get(new HcpcsCode("62321")).amount()).isEqualByComparingTo(dollars(amount));
        assertThat(fee.findings()).extracting(Finding::code).doesNotContain("FEE-YEAR");
    }

    @Test
    void a2027DateIsPricedFromCy2026AndSaysWhichParametersItBorrowed() {
        FeeResolution fee = fee(july, LocalDate.parse("2027-01-01"), "62321", Setting.NON_FACILITY, Optional.empty(),
                true);
        assertThat(fee.year().year()).isEqualTo(2026);
        assertThat(fee.parameters().requestedYear()).isEqualTo(2027);
        assertThat(fee.parameters().borrowed()).isTrue();
        assertThat(fee.quotes().get(new HcpcsCode("62321")).amount()).isEqualByComparingTo(dollars("277.94")); // 8.28 x 33.5675
        assertThat(fee.findings()).extracting(Finding::code).containsExactly("FEE-YEAR");
        assertThat(fee.assumptions()).contains("The 2027 PFS conversion factor for qualifying APM participants is"
                + " not known; the 2026 amount, $33.5675, is assumed.");
    }

    @Test
    void loadedSchedulesAfterACmsFileLoadNameTheFilesTheirHashesAndTheParameters() {
        List<LoadedSchedule> loaded = july.loadedSchedules();
        assertThat(loaded).extracting(LoadedSchedule::year).containsExactly(2025, 2026);
        LoadedSchedule y2025 = loaded.get(0);
        LoadedSchedule y2026 = loaded.get(1);
        // sha256sum of the excerpt files, as shipped in src/test/resources
        assertThat(y2025.source()).containsExactly(
                new ScheduleSource("rvu", "PPRRVU2025_Oct.csv",
                        "7655b232021ceaffddf981d3c63a05837d9d0fff877f2dc50d35228ea41e39e6"),
                new ScheduleSource("gpci", "GPCI2025.csv",
                        "fc106f49547d0821db8fc33eee4f532d4a90e41110976659f80ac9e3a438f26e"),
                new ScheduleSource("zip5", "ZIP5_OCT2025.txt",
                        "b3790dc75fa4a6e0cb48423a7de143286fa7ddfbe095c3eb25fc1c53722d465d"),
                new ScheduleSource("opps-cap", "OPPSCAP_Oct.csv",
                        "397d6c534440bae7f7a5ca4b0ff4e65681289ae4d3b1e02d4516c30d43067318"));
        assertThat(y2025.oppsCapLoaded()).isTrue();
        assertThat(y2026.source()).containsExactly(
                new ScheduleSource("rvu", "PPRRVU2026_Jul_nonQPP.csv",
                        "67006a50f8b26a30ada3e8c9b4729753a7b9ec22df6e02089f841b952a0a314d"),
                new ScheduleSource("gpci", "GPCI2026.csv",
                        "7850e2987d12e46930e49033f96829b5ae11f60dd1f19965329b38cf08b05264"),
                new ScheduleSource("zip5", "ZIP5_JAN2026.txt",
                        "79c86651439890e52ec6b610e04cb0cb4aa5c54d4a10e13a59a4828fdd5ee581"));
        assertThat(y2026.oppsCapLoaded()).isFalse();
        // the CF came from the RVU file's CONV FACTOR column, the rest from the load's options
        assertThat(ScheduleFixtures.normalized(y2026.parameters()))
                .isEqualTo(ScheduleFixtures.normalized(TestSchedules.PARAMETERS_2026));
        assertThat(ScheduleFixtures.normalized(y2025.parameters()))
                .isEqualTo(ScheduleFixtures.normalized(TestSchedules.PARAMETERS_2025));
        for (LoadedSchedule s : loaded) {
            assertThat(s.facilityRates()).isEmpty();
            assertThat(s.loadedAt()).isBetween(loadStarted.minusMillis(1), loadEnded.plusMillis(1));
        }
    }
}
