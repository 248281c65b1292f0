package com.epiduralestimator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

    /**
     * Each package-info says its package's job (#13): one sentence, a second short one where the job needs it; the
     * first has at least six words; the comment ends with a period and is no placeholder.
     */
    @Test
    void everyPackageInfoStatesItsJobInASentence() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path info : files.filter(f -> f.endsWith("package-info.java")).toList()) {
                jobProblems(Files.readString(info)).forEach(p -> problems.add(MAIN.relativize(info) + ": " + p));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The sentence check itself: it passes a job and names each way a comment can fail to be one. */
    @Test
    void theJobCheckNamesAPlaceholderAShortJobAMissingPeriodAndAParagraph() {
        assertThat(jobProblems("/**\n * Reads CMS's published files, strictly, as {@code CMS} ships them.\n */\npackage a;"))
                .isEmpty();
        assertThat(jobProblems("/** TODO: describe the package's job here once it is known. */")).containsExactly(
                "a placeholder, not a job");
        assertThat(jobProblems("/** The adapters. */")).containsExactly(
                "the first sentence has fewer than 6 words: The adapters.");
        assertThat(jobProblems("/** Reads the files CMS publishes for a year */")).containsExactly(
                "does not end with a period");
        assertThat(jobProblems("/** Reads one file at a time. Writes them. Then loads. And waits. */"))
                .containsExactly("4 sentences, at most 2");
        assertThat(jobProblems("package a;")).containsExactly("no doc comment");
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<!e\\.g|i\\.e|etc)\\.\\s+(?=[A-Z{])");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\b(TODO|TBD|FIXME|XXX|placeholder|lorem)\\b");

    static List<String> jobProblems(String source) {
        int start = source.indexOf("/**");
        int end = source.indexOf("*/", start + 3);
        if (start < 0 || end < 0) {
            return List.of("no doc comment");
        }
        String text = source.substring(start + 3, end).replaceAll("(?m)^\\s*\\*", " ")
                .replaceAll("\\{@\\w+\\s+([^}]*)}", "$1").replaceAll("\\s+", " ").trim();
        List<String> problems = new ArrayList<>();
        if (PLACEHOLDER.matcher(text).find()) {
            problems.add("a placeholder, not a job");
            return problems;
        }
        String[] sentences = SENTENCE_END.split(text);
        if (sentences[0].split(" ").length < 6) {
            problems.add("the first sentence has fewer than 6 words: " + sentences[0]);
        }
        if (!text.endsWith(".")) {
            problems.add("does not end with a period");
        }
        if (sentences.length > 2) {
            problems.add(sentences.length + " sentences, at most 2");
        }
        return problems;
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
