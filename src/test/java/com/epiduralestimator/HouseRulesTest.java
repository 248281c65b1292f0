package com.epiduralestimator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The house rules of docs/architecture.md (issue #13) that a reader finds by the layout, checked on the sources. */
class HouseRulesTest {
    private static final Path MAIN = Path.of("src/main/java/com/epiduralestimator");
    private static final int MAX_LINES = 250;

    @Test
    void everyPackageSaysItsJobInPackageInfo() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasSources;
                try (Stream<Path> files = Files.list(dir)) {
                    hasSources = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                Path info = dir.resolve("package-info.java");
                if (hasSources && (!Files.exists(info) || !Files.readString(info).contains("/**"))) {
                    missing.add(MAIN.relativize(dir).toString());
                }
            }
        }
        assertThat(missing).as("packages without a documented package-info.java").isEmpty();
    }

    /** Every package, now that the last files over the limit are split by job (#13). */
    @ParameterizedTest(name = "no source file in src/main ({0}) is over 250 lines")
    @ValueSource(strings = {"."})
    void noSourceFileIsOver250Lines(String place) throws IOException {
        List<String> over = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve(place))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(file).size();
                if (lines > MAX_LINES) {
                    over.add(MAIN.relativize(file) + ": " + lines + " lines");
                }
            }
        }
        assertThat(over).isEmpty();
    }

    @Test
    void theArchitectureDocumentTheTestsCiteExists() throws IOException {
        Path doc = Path.of("docs/architecture.md");
        assertThat(doc).exists();
        assertThat(Files.readString(doc)).contains("## The path of one estimate", "ArchitectureTest");
    }
}
