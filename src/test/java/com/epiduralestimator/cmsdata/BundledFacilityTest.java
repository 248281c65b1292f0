package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.application.FacilityData;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled facility years: what {@link BundledFiles} writes (for {@link FacilityDataGenerator}) is what
 * {@link BundledFacility} reads back, and a broken file is named with its line and field.
 */
class BundledFacilityTest {
    private static final Path REAL = Excerpts.classpathRoot().resolve(BundledFormat.FACILITY_ROOT);

    @Test
    void whatBundledFilesWritesIsTheShippedFileAndReadsBackTheSame(@TempDir Path root) throws IOException {
        List<FacilityData> shipped = BundledFacility.loadAll();
        assertThat(shipped).extracting(FacilityData::year).containsExactly(2025, 2026);
        Path facility = root.resolve(BundledFormat.FACILITY_ROOT);
        for (FacilityData data : shipped) {
            Path dir = Files.createDirectories(facility.resolve(String.valueOf(data.year())));
            Path real = REAL.resolve(String.valueOf(data.year()));
            Files.copy(real.resolve(BundledFormat.YEAR_PROPERTIES), dir.resolve(BundledFormat.YEAR_PROPERTIES));
            write(dir, BundledFormat.FACILITY_RATES, BundledFiles.facilityRatesCsv(data), real);
            write(dir, BundledFormat.FACILITY_AREAS, BundledFiles.facilityAreasCsv(data), real);
            write(dir, BundledFormat.FACILITY_FLOORS, BundledFiles.facilityFloorsCsv(data), real);
            Path years = facility.resolve(BundledFormat.YEARS);
            BundledFiles.write(years, BundledFiles.yearsTxt(years, data.year()));
        }
        try (URLClassLoader loader = loaderOf(root)) {
            assertThat(BundledFacility.loadAll(loader)).isEqualTo(shipped);
        }
    }

    /** Writes {@code text} and holds it to the shipped file of the same name, byte for byte. */
    private static void write(Path dir, String name, String text, Path real) throws IOException {
        BundledFiles.write(dir.resolve(name), text);
        assertThat(text).as(name).isEqualTo(Files.readString(real.resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void namesResourceLineAndFieldOfABrokenFacilityYear(@TempDir Path root) throws IOException {
        Path dir = copyOf2026(root);
        List<String> rates = Files.readAllLines(dir.resolve("rates.csv"));
        rates.set(3, rates.get(3).replace(",721.17,", ",72l.17,"));
        Files.write(dir.resolve("rates.csv"), rates);
        assertBroken(root, "facility/2026/rates.csv line 4, field oppsRate: not a non-negative decimal number: '72l.17'");

        copyOf2026(root);
        List<String> floors = Files.readAllLines(dir.resolve("floors.csv"));
        floors.set(2, "AK,1.1438");
        Files.write(dir.resolve("floors.csv"), floors);
        assertBroken(root, "facility/2026/floors.csv line 3: expected 3 cells, found 2");

        copyOf2026(root);
        Files.writeString(dir.resolve("areas.csv"), "cbsa,states,name\n01,AL,ALABAMA\n");
        assertBroken(root, "facility/2026/areas.csv line 1: expected the header cbsa,states,oppsGeographic,ascIndex,name");

        copyOf2026(root);
        Files.writeString(dir.resolve("year.properties"), "types=asc,clinic\n");
        assertBroken(root, "facility/2026/year.properties, field types: unknown facility type 'clinic'");

        copyOf2026(root);
        Files.delete(dir.resolve("floors.csv"));
        assertBroken(root, "facility/2026/floors.csv: resource not found on the classpath");
    }

    /** {@code facility/years.txt} listing 2026 only, and the shipped 2026 files, under {@code root}. */
    private static Path copyOf2026(Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("facility/2026"));
        Files.writeString(root.resolve("facility/years.txt"), "2026\n");
        for (String f : List.of("year.properties", "rates.csv", "areas.csv", "floors.csv")) {
            Files.copy(REAL.resolve("2026").resolve(f), dir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    private static void assertBroken(Path root, String message) throws IOException {
        try (URLClassLoader loader = loaderOf(root)) {
            assertThatThrownBy(() -> BundledFacility.loadAll(loader))
                    .isInstanceOf(CmsFileException.class).hasMessage(message);
        }
    }

    private static URLClassLoader loaderOf(Path root) throws IOException {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }
}
