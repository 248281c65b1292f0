package com.epiduralestimator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

    /** The composition root: the classes of the top package, where configuration is read and objects are wired. */
    private static final Pattern COMPOSITION_ROOT =
            Pattern.compile("\\bcom\\.epiduralestimator\\.(DependencyFactory|Config|Services|SessionSettings)\\b");
    private static final Pattern PROJECT_REFERENCE =
            Pattern.compile("\\bcom\\.epiduralestimator((?:\\.[a-z]\\w*)*)\\.(?:[A-Z]|\\*)");
    private static final String ROOT_PACKAGE = "com.epiduralestimator";

    /**
     * Entry points on top (#13): only the entry points the runtime loads ({@code lambda}) and the jar's command line
     * ({@code local}) reach for the composition root; every floor below is handed what it needs.
     */
    @Test
    void onlyTheEntryPointsReachTheCompositionRoot() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<Path, String> source : sources().entrySet()) {
            String pkg = MAIN.relativize(source.getKey()).getParent() == null ? ""
                    : MAIN.relativize(source.getKey()).getParent().toString().replace('\\', '/');
            if (pkg.isEmpty() || pkg.equals("lambda") || pkg.equals("local")) {
                continue;
            }
            Matcher m = COMPOSITION_ROOT.matcher(code(source.getValue()));
            while (m.find()) {
                violations.add(MAIN.relativize(source.getKey()) + " uses " + m.group());
            }
        }
        assertThat(violations).isEmpty();
    }

    /**
     * {@code adapter.http} is free of wiring: it imports nothing of the composition root, the entry points, the
     * store adapters or the CMS readers. Its handlers take their use cases in their constructors.
     */
    @Test
    void theHttpAdapterKnowsNothingOfWiring() throws IOException {
        Set<String> imported = packageGraph(sources()).getOrDefault(ROOT_PACKAGE + ".adapter.http", Set.of());
        assertThat(imported).containsOnly(ROOT_PACKAGE + ".application", ROOT_PACKAGE + ".domain");
    }

    /** No package cycles: the package import graph of src/main is acyclic, so the floors can be read bottom up. */
    @Test
    void thePackageImportGraphHasNoCycle() throws IOException {
        Map<String, Set<String>> graph = packageGraph(sources());
        assertThat(graph).containsKeys(ROOT_PACKAGE + ".lambda", ROOT_PACKAGE + ".adapter.http",
                ROOT_PACKAGE + ".domain.rules");
        assertThat(cycle(graph)).isEmpty();
    }

    /** The cycle finder itself finds a cycle, its path named, and passes a graph that has none. */
    @Test
    void theCycleFinderNamesACycleAndPassesALayeredGraph() {
        Map<String, Set<String>> layered = Map.of("lambda", Set.of("http", "root"), "root", Set.of("application"),
                "http", Set.of("application", "domain"), "application", Set.of("domain"));
        Map<String, Set<String>> cyclic = Map.of("lambda", Set.of("http"), "http", Set.of("root"),
                "root", Set.of("application", "http"), "application", Set.of("domain"));
        assertThat(cycle(layered)).isEmpty();
        assertThat(cycle(cyclic)).containsExactly("http", "root", "http");
    }

    /** What the graph reads as code: a name in a comment or a string literal is no dependency. */
    @Test
    void commentsAndLiteralsAreNotCode() {
        String source = "import a.B; // com.epiduralestimator.x.Y\n/* \"com.epiduralestimator.z.Q */ "
                + "String s = \"/* com.epiduralestimator.w.V\"; char c = '\"'; com.epiduralestimator.u.T t;";
        assertThat(code(source)).doesNotContain("x.Y", "z.Q", "w.V").contains("com.epiduralestimator.u.T t;");
    }

    private static Map<Path, String> sources() throws IOException {
        Map<Path, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(file, Files.readString(file));
            }
        }
        return sources;
    }

    /**
     * Which packages each package uses: its imports (static and on demand included) and fully qualified names in
     * code. Comments and string literals are not code (a class named in Javadoc or in a template string is no
     * dependency).
     */
    private static Map<String, Set<String>> packageGraph(Map<Path, String> sources) {
        Map<String, Set<String>> graph = new TreeMap<>();
        Pattern packageLine = Pattern.compile("(?m)^package ([\\w.]+);");
        for (String source : sources.values()) {
            Matcher declared = packageLine.matcher(source);
            assertThat(declared.find()).isTrue();
            String pkg = declared.group(1);
            Set<String> uses = graph.computeIfAbsent(pkg, p -> new TreeSet<>());
            Matcher m = PROJECT_REFERENCE.matcher(code(source));
            while (m.find()) {
                String used = ROOT_PACKAGE + m.group(1);
                if (!used.equals(pkg)) {
                    uses.add(used);
                }
            }
        }
        return graph;
    }

    /** The source without its comments and without the contents of its string, text block and char literals. */
    static String code(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : end + 3;
                code.append("\"\"");
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i++);
                while (i < source.length() && source.charAt(i) != quote) {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                code.append(quote).append(quote);
            } else {
                code.append(source.charAt(i++));
            }
        }
        return code.toString();
    }

    /** A cycle as the path of packages that closes it (first package repeated at the end), or empty if none. */
    private static List<String> cycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new TreeMap<>(); // 1 on the current path, 2 done
        for (String start : new TreeSet<>(graph.keySet())) {
            List<String> found = visit(start, graph, state, new ArrayList<>());
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> visit(String pkg, Map<String, Set<String>> graph, Map<String, Integer> state,
                                      List<String> path) {
        Integer seen = state.get(pkg);
        if (seen != null && seen == 2) {
            return List.of();
        }
        if (seen != null) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(pkg), path.size()));
            cycle.add(pkg);
            return cycle;
        }
        state.put(pkg, 1);
        path.add(pkg);
        for (String next : new TreeSet<>(graph.getOrDefault(pkg, Set.of()))) {
            List<String> found = visit(next, graph, state, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        state.put(pkg, 2);
        return List.of();
    }
}
