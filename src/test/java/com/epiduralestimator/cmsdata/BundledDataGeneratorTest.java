package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the generator on the shipped excerpts and holds its output to the bundled resources it produced from CMS. */
class BundledDataGeneratorTest {

    @TempDir
    Path out;

    private static com.epiduralestimator.domain.YearParameters.Builder params(int year) {
        return com.epiduralestimator.TestSchedules.loadParameters(year, java.util.Optional.empty(),
                java.util.Optional.empty());
    }

    private static List<String> bundled(String resource) throws IOException {
        try (InputStream in = BundledDataGeneratorTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private List<String> generated(String file) throws IOException {
        return Files.readAllLines(out.resolve("schedule").resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void excerptOutputMatchesTheBundledData() throws IOException {
        BundledDataGenerator.main(new String[] {"--cms-dir", Excerpts.dir().toString(), "--year", "2025",
                "--out", out.toString(), "--part-b-deductible", "257", "--part-a-deductible", "1676",
                "--opps-conversion-factor", "89.169", "--asc-conversion-factor", "54.895", "--sequestration-rate",
                "0.02", "--medigap-k-out-of-pocket-limit", "7060", "--medigap-l-out-of-pocket-limit", "3530",
                "--medigap-high-deductible", "2870"});

        // every bundled row (the excerpt has them all: ESI, the other families, the encounter) and every locality (the excerpt is the whole GPCI file): identical
        assertThat(generated("2025/rvu.csv")).containsExactlyElementsOf(bundled("schedule/2025/rvu.csv"));
        assertThat(generated("2025/rvu.csv")).hasSize(1 + 43);
        assertThat(generated("2025/localities.csv")).containsExactlyElementsOf(bundled("schedule/2025/localities.csv"));
        assertThat(generated("2025/localities.csv")).hasSize(1 + 109);
        // the same parameters; the sources differ only in the SHA-256 (an excerpt's bytes are not the whole file's)
        assertThat(generated("2025/year.properties")).filteredOn(l -> !l.contains(".sha256="))
                .containsExactlyElementsOf(bundled("schedule/2025/year.properties").stream()
                        .filter(l -> !l.contains(".sha256=")).toList());
        assertThat(generated("years.txt")).containsExactly("2025");

        // the excerpt's ZIPs appear identically in the bundled file, in the same order
        List<String> zips = generated("2025/zip-localities.csv");
        List<String> all = bundled("schedule/2025/zip-localities.csv");
        assertThat(zips).hasSize(1 + 44);
        assertThat(zips.get(0)).isEqualTo(all.get(0));
        Set<String> bundledLines = new HashSet<>(all);
        assertThat(zips).allSatisfy(line -> assertThat(bundledLines).contains(line));
        assertThat(zips.subList(1, zips.size())).isSorted();
        assertThat(zips).contains("94103,0111205,0");
    }

    @Test
    void theBundledCy2026IsWhatTheGeneratorDerivesFromCmsFiles() throws IOException {
        // The CY2026 excerpt: every ESI row of RVU26C, the whole July GPCI file, six ZIPs of January's ZIP5.
        BundledDataGenerator.Summary summary = BundledDataGenerator.generate(Excerpts2026.file(Excerpts2026.RVU),
                Excerpts2026.file(Excerpts2026.GPCI), Excerpts2026.file(Excerpts2026.ZIP5),
                com.epiduralestimator.TestSchedules.loadParameters(2026, java.util.Optional.empty(),
                        java.util.Optional.of(new java.math.BigDecimal("33.5675"))), out);
        assertThat(summary.conversionFactor()).isEqualByComparingTo("33.4009"); // the RVU file's CONV FACTOR
        assertThat(generated("2026/rvu.csv")).containsExactlyElementsOf(bundled("schedule/2026/rvu.csv"));
        assertThat(generated("2026/localities.csv")).containsExactlyElementsOf(bundled("schedule/2026/localities.csv"));
        assertThat(generated("2026/year.properties")).filteredOn(l -> !l.contains(".sha256="))
                .containsExactlyElementsOf(bundled("schedule/2026/year.properties").stream()
                        .filter(l -> !l.contains(".sha256=")).toList());
        Set<String> bundledZips = new HashSet<>(bundled("schedule/2026/zip-localities.csv"));
        assertThat(generated("2026/zip-localities.csv")).hasSize(1 + 6)
                .allSatisfy(line -> assertThat(bundledZips).contains(line));
    }

    @Test
    void writesTheConversionFactorAndTheSources() throws IOException {
        BundledDataGenerator.Summary summary = BundledDataGenerator.generate(Excerpts.file(Excerpts.RVU),
                Excerpts.file(Excerpts.GPCI), Excerpts.file(Excerpts.ZIP5), params(2025), out);
        assertThat(summary.conversionFactor()).isEqualByComparingTo("32.3465");
        assertThat(summary.rvuRows()).isEqualTo(43);
        assertThat(generated("2025/year.properties")).contains("year=2025", "conversionFactor=32.3465",
                "partBDeductible=257", "partADeductible=1676", "sequestrationRate=0.02",
                "source.rvu=PPRRVU2025_Oct.csv", "source.gpci=GPCI2025.csv", "source.zip5=ZIP5_OCT2025.txt",
                "source.rvu.sha256=" + FileDigest.sha256(Excerpts.file(Excerpts.RVU)));
        assertThat(String.join("\n", generated("2025/rvu.csv"))).doesNotContainIgnoringCase("description");
    }

    @Test
    void addsTheYearToTheYearsAlreadyListed() throws IOException {
        Files.createDirectories(out.resolve("schedule"));
        Files.writeString(out.resolve("schedule/years.txt"), "2026\n2024\n");
        BundledDataGenerator.generate(Excerpts.file(Excerpts.RVU), Excerpts.file(Excerpts.GPCI),
                Excerpts.file(Excerpts.ZIP5), params(2025), out);
        assertThat(generated("years.txt")).containsExactly("2024", "2025", "2026");
    }

    @Test
    void failsWhenRowsDisagreeOnTheConversionFactor(@TempDir Path cms) throws IOException {
        List<String> rvu = Excerpts.lines(Excerpts.RVU);
        int i = Excerpts.indexOf(rvu, "64484,");
        rvu.set(i, Excerpts.replaceCell(rvu.get(i), 24, "33.4009"));
        copyExcerpts(cms, rvu, Excerpts.lines(Excerpts.ZIP5));
        assertThatThrownBy(() -> generateFrom(cms))
                .isInstanceOf(CmsFileException.class)
                .hasMessageStartingWith("PPRRVU2025_Oct.csv line " + (i + 1) + ", field CONV FACTOR: conversion factor "
                        + "33.4009 differs from 32.3465 on line 11");
    }

    @Test
    void failsWhenAnEsiCodeIsMissing(@TempDir Path cms) throws IOException {
        List<String> rvu = Excerpts.lines(Excerpts.RVU);
        rvu.removeIf(l -> l.startsWith("64480,"));
        copyExcerpts(cms, rvu, Excerpts.lines(Excerpts.ZIP5));
        assertThatThrownBy(() -> generateFrom(cms))
                .isInstanceOf(CmsFileException.class)
                .hasMessageContaining("PPRRVU2025_Oct.csv")
                .hasMessageContaining("[64480]");
    }

    @Test
    void failsWhenTheZipFileIsForAnotherYear() {
        assertThatThrownBy(() -> BundledDataGenerator.generate(Excerpts.file(Excerpts.RVU),
                Excerpts.file(Excerpts.GPCI), Excerpts.file(Excerpts.ZIP5), params(2026), out))
                .isInstanceOf(CmsFileException.class)
                .hasMessage("ZIP5_OCT2025.txt line 1, field Year/Quarter (76-80): file is for 20254, not year 2026");
    }

    @Test
    void failsWhenAZipPointsAtAnUnknownLocality(@TempDir Path cms) throws IOException {
        List<String> zip5 = Excerpts.lines(Excerpts.ZIP5);
        zip5.set(1, zip5.get(1).substring(0, 12) + "77" + zip5.get(1).substring(14));
        copyExcerpts(cms, Excerpts.lines(Excerpts.RVU), zip5);
        assertThatThrownBy(() -> generateFrom(cms))
                .isInstanceOf(CmsFileException.class)
                .hasMessage("ZIP5_OCT2025.txt line 2, field Pricing Locality (13-14): locality 0210277 is not in GPCI2025.csv");
    }

    @Test
    void refusesAYearWithoutItsPartBDeductible() {
        assertThatThrownBy(() -> BundledDataGenerator.main(new String[] {"--cms-dir", Excerpts.dir().toString(),
                "--year", "2025", "--out", out.toString(), "--sequestration-rate", "0.02"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("missing --part-b-deductible");
    }

    @Test
    void rejectsUnknownOptions() {
        assertThatThrownBy(() -> BundledDataGenerator.main(new String[] {"--cms", "x"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("usage");
    }

    /** The command line as docs/cms-loader.md gives it, on the CMS files found in {@code cms} by CMS's names. */
    private void generateFrom(Path cms) {
        BundledDataGenerator.main(new String[] {"--cms-dir", cms.toString(), "--year", "2025", "--out", out.toString(),
                "--part-b-deductible", "257", "--sequestration-rate", "0.02"});
    }

    private static void copyExcerpts(Path cms, List<String> rvu, List<String> zip5) throws IOException {
        Files.writeString(cms.resolve(Excerpts.RVU), Excerpts.text(rvu), StandardCharsets.ISO_8859_1);
        Files.copy(Excerpts.file(Excerpts.GPCI), cms.resolve(Excerpts.GPCI));
        Files.writeString(cms.resolve(Excerpts.ZIP5), Excerpts.text(zip5), StandardCharsets.ISO_8859_1);
    }
}
