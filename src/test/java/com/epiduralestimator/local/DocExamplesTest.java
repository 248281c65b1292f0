package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.cmsdata.BundledSchedule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every curl example printed with its answer in README.md and docs/*.md answers as printed (issue #21).
 *
 * <p><b>The convention</b> (also in docs/api-examples.md, "How these examples are checked"): a fenced {@code ```bash}
 * or {@code ```sh} block whose first command is {@code curl ... http://127.0.0.1:3000/...} (or
 * {@code NAME=$(curl ... | sed -E 's/.../.../')}), followed directly (blank lines allowed, no text) by its answer:
 * a {@code ```json} block with the body, or a plain {@code ```} block with the status line, the headers that matter
 * and the body, as {@code curl -i} prints them. Such a pair is run against the embedded local server, exactly as
 * {@code java -jar target/epidural-estimator.jar serve} runs (in memory, bundled CY2025 and CY2026 schedules, tenant
 * {@code local}), one fresh server per file, the examples of a file in document order (so a file may record sessions
 * and then estimate), with "today" fixed at {@link #TODAY} so examples without a date keep their year. A block
 * that starts with {@code java -jar target/epidural-estimator.jar serve --cors-origin O} runs its curl against a server
 * started with that option. Any other command block (load, import-sessions, deploy) is not run here.
 *
 * <p>Comparison: JSON semantically (member order free, numbers exactly equal as decimals, arrays in order); only
 * {@code sessionId} (random), {@code recordedAt}, {@code at} and {@code loadedAt} (the time of the run) compare by
 * shape. A {@code ```json} answer that is not a whole document (e.g. {@code "frequency":{...}}) lists members the
 * answer must contain with those values. Headers compare by name without case. Variables set by {@code NAME=$(...)}
 * hold for the rest of the file. A curl block without an answer block is prose, not checked.
 */
class DocExamplesTest {
    /** "Today" of every run: the day the examples were last printed (a 2026 date answers from CY2026). */
    static final Instant TODAY = Instant.parse("2026-11-27T08:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> TIMES = Set.of("recordedAt", "at", "loadedAt");
    private static final Pattern SESSION_ID = Pattern.compile("s_[A-Za-z0-9_-]{22}");
    private static final String LOCAL = "http://127.0.0.1:3000";

    record Block(String info, String text, int line) {}

    record Example(Path file, int line, String command, String answerInfo, String answer) {}

    @TestFactory
    Stream<DynamicNode> everyExampleAnswersAsPrinted() {
        return documents().stream().map(file -> {
            List<Example> examples = examples(file);
            Session session = new Session();
            List<DynamicNode> tests = new ArrayList<>();
            for (Example example : examples) {
                tests.add(DynamicTest.dynamicTest(file + " line " + example.line(), () -> session.check(example)));
            }
            tests.add(DynamicTest.dynamicTest(file + ": stop the server", session::close));
            return DynamicContainer.dynamicContainer(file.toString(), tests);
        });
    }

    /** The README keeps its three examples, and each document's examples are found (a parser that finds none fails). */
    @Test
    void theReadmeHasAtLeastThreeCheckedExamplesAndDocsHaveTheRest() {
        assertThat(examples(Path.of("README.md"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(examples(Path.of("docs/api-examples.md"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(examples(Path.of("docs/whole-bill.md"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(examples(Path.of("docs/medicare-advantage.md"))).hasSize(3); // office, hospital, a rebatable drug
    }

    /** The checker itself: a stale figure, a missing member and a wrong status are each a failure. */
    @Test
    void theComparisonFailsOnAStaleFigure() throws Exception {
        JsonNode actual = JSON.readTree("{\"amount\":276.56,\"sessionId\":\"s_RQdkkFBnja4FKIbW8vk_WQ\",\"a\":[1,2]}");
        String printed = "{\"amount\":276.560,\"sessionId\":\"s_KoY2zQWNTfD7aevxODaK4w\",\"a\":[1,2]}";
        assertThat(differences(JSON.readTree(printed), actual, "")).isEmpty();
        assertThat(differences(JSON.readTree("{\"amount\":276.57,\"sessionId\":\"x\",\"a\":[2,1]}"), actual, ""))
                .hasSize(3);
        assertThat(differences(JSON.readTree("{\"amount\":276.56,\"a\":[1,2]}"), actual, "")).hasSize(1);
        assertThat(DocShell.split("curl -s 'a b' \\\n  -d '{\"x\":\n 1}' | sed -E 's/a/b/'\nNEXT"))
                .containsExactly("curl -s 'a b'   -d '{\"x\":\n 1}' | sed -E 's/a/b/'", "NEXT");
    }

    static List<Path> documents() {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("README.md"));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static List<Block> blocks(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("```")) {
                if (!line.isBlank()) {
                    blocks.add(new Block(null, line, i + 1)); // prose: separates a command from a later block
                }
                continue;
            }
            String info = line.substring(3).strip();
            StringBuilder text = new StringBuilder();
            int start = i + 1;
            for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                text.append(lines.get(i)).append('\n');
            }
            blocks.add(new Block(info, text.toString(), start));
        }
        return blocks;
    }

    static List<Example> examples(Path file) {
        List<Block> blocks = blocks(file);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block command = blocks.get(i);
            Block answer = blocks.get(i + 1);
            if (command.info() == null || !Set.of("bash", "sh").contains(command.info()) || answer.info() == null
                    || !Set.of("json", "").contains(answer.info()) || !runnable(command.text())) {
                continue;
            }
            examples.add(new Example(file, command.line(), command.text(), answer.info(), answer.text()));
        }
        return examples;
    }

    private static boolean runnable(String text) {
        List<String> commands = DocShell.split(text);
        if (commands.isEmpty()) {
            return false;
        }
        String first = commands.get(0);
        if (first.startsWith("java -jar target/epidural-estimator.jar serve")) {
            return commands.size() > 1 && commands.get(1).startsWith("curl ") && first.contains("--cors-origin");
        }
        return (first.startsWith("curl ") || first.matches("(?s)[A-Z_][A-Z0-9_]*=\\$\\(curl .*"))
                && first.contains(LOCAL);
    }

    /** One server per document, its shell variables, and the examples run in order. */
    static final class Session implements AutoCloseable {
        private final Map<String, String> variables = new HashMap<>();
        private LocalServer server;
        private String base;

        void check(Example example) throws Exception {
            List<String> commands = DocShell.split(example.command());
            String base = base();
            LocalServer own = null;
            try {
                if (commands.get(0).startsWith("java -jar")) {
                    List<String> words = DocShell.words(commands.get(0), variables);
                    String origins = words.get(words.indexOf("--cors-origin") + 1);
                    own = server(LocalCors.parse(origins));
                    base = "http://127.0.0.1:" + own.start(0);
                    commands = commands.subList(1, commands.size());
                }
                String output = "";
                for (String command : commands) {
                    output = run(command, base);
                }
                compare(example, output);
            } finally {
                if (own != null) {
                    own.stop();
                }
            }
        }

        private String run(String command, String base) throws Exception {
            var assignment = java.util.regex.Pattern.compile("(?s)([A-Z_][A-Z0-9_]*)=\\$\\((.*)\\)").matcher(command);
            if (assignment.matches()) {
                variables.put(assignment.group(1), DocShell.pipeline(assignment.group(2), variables, base).strip());
                return "";
            }
            return DocShell.pipeline(command, variables, base);
        }

        private String base() throws IOException {
            if (server == null) {
                server = server(LocalCors.NONE);
                base = "http://127.0.0.1:" + server.start(0);
            }
            return base;
        }

        private static LocalServer server(LocalCors cors) {
            Config config = Config.from(Map.of());
            LocalFunctions functions = new LocalFunctions(TemplateRoutes.fromClasspath(),
                    DependencyFactory.memory(config, BundledSchedule.loadAll(), Config.DEVELOPMENT_PATIENT_KEY,
                            Clock.fixed(TODAY, ZoneOffset.UTC)));
            return new LocalServer(functions, config.tenantClaim(), "local", cors);
        }

        @Override
        public void close() {
            if (server != null) {
                server.stop();
            }
        }
    }

    static void compare(Example example, String output) throws IOException {
        String where = example.file() + " line " + example.line() + ": ";
        String expected = example.answer().strip();
        String actual = output.strip();
        if (expected.startsWith("HTTP/")) {
            DocShell.Response want = DocShell.Response.parse(expected);
            DocShell.Response got = DocShell.Response.parse(actual);
            String printed = actual;
            assertThat(got.status()).as(where + "status; the answer was\n" + printed).isEqualTo(want.status());
            want.headers().forEach((name, value) -> assertThat(got.headers().get(name))
                    .as(where + "header " + name + "; the answer was\n" + printed).isEqualTo(value));
            expected = want.body();
            actual = got.body();
            if (expected.isEmpty()) {
                return;
            }
        } else if (!"json".equals(example.answerInfo()) && !expected.startsWith("{")) {
            assertThat(DocShell.Response.headerLines(actual)).as(where + "the answer was\n" + actual)
                    .isEqualTo(DocShell.Response.headerLines(expected));
            return;
        }
        JsonNode got;
        try {
            got = JSON.readTree(actual);
        } catch (JsonProcessingException e) {
            throw new AssertionError(where + "the answer is not JSON:\n" + actual, e);
        }
        JsonNode want;
        try {
            want = JSON.readTree(expected);
        } catch (JsonProcessingException e) {
            want = JSON.readTree("{" + expected + "}"); // members the answer must contain
            JsonNode whole = got;
            List<String> missing = new ArrayList<>();
            want.fieldNames().forEachRemaining(name -> {
                if (!whole.has(name)) {
                    missing.add("/" + name + " missing");
                }
            });
            assertThat(missing).as(where + "the answer was\n" + actual).isEmpty();
            List<String> diffs = new ArrayList<>();
            want.fields().forEachRemaining(f -> diffs.addAll(differences(f.getValue(), whole.get(f.getKey()),
                    "/" + f.getKey())));
            assertThat(diffs).as(where + "the answer was\n" + actual).isEmpty();
            return;
        }
        assertThat(differences(want, got, "")).as(where + "the answer was\n" + actual).isEmpty();
    }

    /** Where {@code actual} differs from {@code expected}, by JSON pointer; volatile members compare by shape. */
    static List<String> differences(JsonNode expected, JsonNode actual, String path) {
        List<String> out = new ArrayList<>();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (actual == null) {
            out.add(path + " missing");
        } else if ("sessionId".equals(name) && expected.isTextual()) {
            if (!actual.isTextual() || !SESSION_ID.matcher(actual.asText()).matches()) {
                out.add(path + ": not a session id: " + actual);
            }
        } else if (TIMES.contains(name) && expected.isTextual()) {
            try {
                Instant.parse(actual.asText());
            } catch (RuntimeException e) {
                out.add(path + ": not an instant: " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            Set<String> names = new java.util.TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String field : names) {
                if (!expected.has(field)) {
                    out.add(path + "/" + field + " not printed: " + actual.get(field));
                } else {
                    out.addAll(differences(expected.get(field), actual.get(field), path + "/" + field));
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + ": " + actual.size() + " items, printed " + expected.size() + ": " + actual);
            } else {
                Iterator<JsonNode> a = actual.elements();
                int i = 0;
                for (JsonNode e : expected) {
                    out.addAll(differences(e, a.next(), path + "/" + i++));
                }
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(path + ": " + actual + ", printed " + expected);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": " + actual + ", printed " + expected);
        }
        return out;
    }
}
