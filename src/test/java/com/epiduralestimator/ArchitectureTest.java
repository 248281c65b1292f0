package com.epiduralestimator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The layering of architecture.md, checked on the sources: what each package may not import. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/com/epiduralestimator");

    @ParameterizedTest(name = "{0} imports none of {1}")
    @CsvSource(delimiter = '|', value = {
            "domain      | software.amazon. com.amazonaws. com.fasterxml. java.io. java.nio. java.net. com.epiduralestimator.application com.epiduralestimator.adapter",
            "application | software.amazon. com.amazonaws. com.fasterxml. com.epiduralestimator.adapter com.epiduralestimator.local",
            "adapter/memory | software.amazon. com.fasterxml. com.epiduralestimator.adapter.http",
            "adapter/dynamodb | com.fasterxml. com.epiduralestimator.adapter.http com.epiduralestimator.adapter.memory",
            "adapter/http | software.amazon.awssdk com.epiduralestimator.adapter.dynamodb com.epiduralestimator.adapter.memory com.epiduralestimator.local"})
    void packageDoesNotImport(String pkg, String forbidden) throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg.trim()))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.startsWith("import ")) {
                        continue;
                    }
                    for (String prefix : forbidden.trim().split(" +")) {
                        String imported = line.replace("import static ", "").replace("import ", "");
                        if (imported.startsWith(prefix)) {
                            violations.add(MAIN.relativize(file) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "no double or float arithmetic in {0}")
    @CsvSource({"domain", "application"})
    void moneyIsNeverFloatingPoint(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContainPattern("\\b(double|float)\\b");
            }
        }
    }
}
