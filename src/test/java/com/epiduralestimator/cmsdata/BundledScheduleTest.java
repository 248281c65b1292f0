package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.ZipLocation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundledScheduleTest {

    /** The classpath the jar reads its bundled years from. */
    private static final ClassLoader LOADER = BundledSchedule.class.getClassLoader();
    private static final ScheduleData Y2025 = BundledSchedule.load(LOADER, 2025);

    @Test
    void loadsEveryListedYear() {
        List<ScheduleData> all = BundledSchedule.loadAll();
        assertThat(all).extracting(d -> d.year().year()).containsExactly(2025, 2026);
        assertThat(BundledSchedule.years(LOADER)).containsExactly(2025, 2026);
    }

    @Test
    void loads2026WithItsParametersAndTheCmsFilesItCameFrom() {
        ScheduleData y2026 = BundledSchedule.load(LOADER, 2026);
        assertThat(y2026.year()).isEqualTo(com.epiduralestimator.TestSchedules.PARAMETERS_2026);
        assertThat(y2026.localities()).hasSize(109);
        assertThat(y2026.zips()).hasSize(42_956);
        // issue 19: every family's physician codes and the encounter's (visits, guidance with its 26/TC rows,
        // sedation) beside the 14 ESI codes: 14 + 12 family + 9 visits + 77003/77012 with 26 and TC (6) + 2 = 43 rows
        assertThat(y2026.rows()).hasSize(43);
        assertThat(y2026.rows()).extracting(FeeRow::code).containsAll(BundledFormat.ESI_FAMILY)
                .containsAll(java.util.List.of("64493", "64635", "27096", "64451", "99213", "77003"))
                .doesNotContain("G0260").hasSameElementsAs(BundledFormat.BUNDLED);
        // the hashes cms-2026/README.md gives for CMS's RVU26C and GPCI files (b7d197e7…7cee21, 7850e298…b05264)
        assertThat(y2026.sources()).extracting(s -> s.part() + " " + s.file() + " " + s.sha256()).containsExactly(
                "rvu PPRRVU2026_Jul_nonQPP.csv b7d197e73211ef6854c213c267d5fa9dec8df995db8e1ee7d44c0556ad7cee21",
                "gpci GPCI2026.csv 7850e2987d12e46930e49033f96829b5ae11f60dd1f19965329b38cf08b05264",
                "zip5 ZIP5_JAN2026.txt e10d685600543a79abc89e8850b9974f257b2ee3852274a2364d3f441161d2c8");
        assertThat(y2026.oppsCapLoaded()).isFalse();
        assertThat(Y2025.year()).isEqualTo(com.epiduralestimator.TestSchedules.PARAMETERS_2025);
    }

    @Test
    void carries62321For2026AsCmsPublishesIt() {
        // cms-2026/README.md: work 1.90 (was 1.95), non-facility PE 6.20, facility PE 0.78 (was 1.08), MP 0.18
        FeeRow r = BundledSchedule.load(LOADER, 2026).rows().stream().filter(f -> f.code().equals("62321")).findFirst()
                .orElseThrow();
        assertThat(r.workRvu()).isEqualByComparingTo("1.90");
        assertThat(r.nonFacilityPeRvu()).isEqualByComparingTo("6.20");
        assertThat(r.facilityPeRvu()).isEqualByComparingTo("0.78");
        assertThat(r.mpRvu()).isEqualByComparingTo("0.18");
    }

    @Test
    void loads2025() {
        assertThat(Y2025.year().year()).isEqualTo(2025);
        assertThat(Y2025.year().conversionFactor()).isEqualTo(new BigDecimal("32.3465"));
        assertThat(Y2025.localities()).hasSize(109);
        assertThat(Y2025.zips()).hasSize(42_956);
        assertThat(Y2025.rows()).hasSize(43);
        assertThat(Y2025.rows()).extracting(FeeRow::code).hasSameElementsAs(BundledFormat.BUNDLED);
    }

    @Test
    void carries62321AsCmsPublishesIt() {
        FeeRow r = Y2025.rows().stream().filter(f -> f.code().equals("62321") && f.modifier().isEmpty()).findFirst()
                .orElseThrow();
        assertThat(r.status()).isEqualTo('A');
        assertThat(r.workRvu()).isEqualTo(new BigDecimal("1.95"));
        assertThat(r.nonFacilityPeRvu()).isEqualTo(new BigDecimal("5.63"));
        assertThat(r.facilityPeRvu()).isEqualTo(new BigDecimal("1.08"));
        assertThat(r.mpRvu()).isEqualTo(new BigDecimal("0.18"));
        assertThat(r.nonFacilityNa()).isFalse();
        assertThat(r.multipleProcedure()).isEqualTo(2);
        assertThat(r.bilateral()).isEqualTo(9);
    }

    @Test
    void noRowCarriesADescription() throws IOException {
        assertThat(Arrays.stream(FeeRow.class.getRecordComponents()).map(c -> c.getName().toLowerCase()))
                .noneMatch(n -> n.contains("desc"));
        String rvu = new String(getClass().getClassLoader().getResourceAsStream("schedule/2025/rvu.csv").readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(rvu.lines().skip(1)).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(13)
                .allSatisfy(cell -> assertThat(cell).matches("[0-9A-Z.]*")));
    }

    /** The README's checks: the bundled data reproduces CMS's own figures to the cent (FEE-FORMULA). */
    @ParameterizedTest(name = "62321 in {0}: {1} / {2}")
    @CsvSource({"'', 251.01, 103.83", "1011200, 224.68, 96.78", "0111205, 329.63, 120.79"})
    void reproducesTheReadmeFees(String locality, String nonFacility, String facility) {
        FeeRow r = Y2025.rows().stream().filter(f -> f.code().equals("62321")).findFirst().orElseThrow();
        Locality l = locality.isEmpty() ? new Locality(new LocalityId("0000000"), "", "national", BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE)
                : Y2025.localities().stream().filter(x -> x.id().value().equals(locality)).findFirst().orElseThrow();
        assertThat(fee(r, r.nonFacilityPeRvu(), l)).isEqualTo(new BigDecimal(nonFacility));
        assertThat(fee(r, r.facilityPeRvu(), l)).isEqualTo(new BigDecimal(facility));
    }

    private static BigDecimal fee(FeeRow r, BigDecimal pe, Locality l) {
        return r.workRvu().multiply(l.workGpci()).add(pe.multiply(l.peGpci())).add(r.mpRvu().multiply(l.mpGpci()))
                .multiply(Y2025.year().conversionFactor()).setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void mapsZipsSortedAndToKnownLocalities() {
        Map<String, ZipLocation> byZip = Y2025.zips().stream()
                .collect(Collectors.toMap(z -> z.zip().value(), Function.identity()));
        assertThat(byZip.get("94103").locality().value()).isEqualTo("0111205");
        assertThat(byZip.get("35004").locality().value()).isEqualTo("1011200");
        assertThat(Y2025.zips()).extracting(z -> z.zip().value()).isSorted();
        assertThat(Y2025.zips()).filteredOn(ZipLocation::splitByPlusFour).hasSize(580);
    }

    @Test
    void loadsFast() {
        BundledSchedule.load(LOADER, 2025); // warm up class loading and the JIT a little
        long start = System.nanoTime();
        BundledSchedule.load(LOADER, 2025);
        long millis = (System.nanoTime() - start) / 1_000_000;
        // the aim is < 150 ms on a developer machine; the bound leaves room for a slow CI runner
        assertThat(millis).isLessThan(1_000);
    }

    @Test
    void rejectsAYearThatIsNotBundled() {
        assertThatThrownBy(() -> BundledSchedule.load(LOADER, 2019))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2019");
    }

    @Test
    void namesResourceLineAndFieldOfABrokenBundle(@TempDir Path root) throws IOException {
        Path dir = root.resolve("schedule/2025");
        Files.createDirectories(dir);
        Path real = Excerpts.classpathRoot().resolve("schedule");
        Files.copy(real.resolve("years.txt"), root.resolve("schedule/years.txt"));
        for (String f : List.of("year.properties", "rvu.csv", "localities.csv")) {
            Files.copy(real.resolve("2025").resolve(f), dir.resolve(f));
        }
        List<String> zips = Files.readAllLines(real.resolve("2025/zip-localities.csv"));
        zips.set(3, zips.get(3).substring(0, 6) + "9999999,0");
        Files.write(dir.resolve("zip-localities.csv"), zips);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> BundledSchedule.loadAll(loader))
                    .isInstanceOf(CmsFileException.class)
                    .hasMessage("schedule/2025/zip-localities.csv line 4, field locality: not a locality of "
                            + "localities.csv: '9999999'");
        }

        List<String> rvu = Files.readAllLines(real.resolve("2025/rvu.csv"));
        rvu.set(5, rvu.get(5).replace(",1.95,", ",1,95,")); // 62321, after 27096 and 62281-62320
        Files.write(dir.resolve("rvu.csv"), rvu);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> BundledSchedule.load(loader, 2025))
                    .isInstanceOf(CmsFileException.class)
                    .hasMessage("schedule/2025/rvu.csv line 6: extra cells: 14, expected 13");
        }
    }
}
