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
    /**
     * Jackson's streaming parser as the SDK ships it, relocated: adapter/http/Json parses and writes with it (one
     * JSON parser on the cold path, the one the SDK loads anyway; docs/performance.md). It is Jackson, not the
     * SDK's API: nothing of DynamoDB comes with it.
     */
    private static final String SDK_JACKSON = "software.amazon.awssdk.thirdparty.jackson.core.";

    @ParameterizedTest(name = "{0} imports none of {1}")
    @CsvSource(delimiter = '|', value = {
            "domain      | software.amazon. com.amazonaws. com.fasterxml. java.io. java.nio. java.net. com.epiduralestimator.application com.epiduralestimator.adapter",
            "application | software.amazon. com.amazonaws. com.fasterxml. com.epiduralestimator.adapter com.epiduralestimator.local",
            "adapter/memory | software.amazon. com.fasterxml. com.epiduralestimator.adapter.http",
            "adapter/dynamodb | com.fasterxml. com.epiduralestimator.adapter.http com.epiduralestimator.adapter.memory",
            "adapter/http | software.amazon.awssdk com.epiduralestimator.adapter.dynamodb com.epiduralestimator.adapter.memory com.epiduralestimator.local",
            "cmsdata     | software.amazon. com.amazonaws. com.fasterxml. com.epiduralestimator.adapter com.epiduralestimator.lambda com.epiduralestimator.local",
            "lambda      | software.amazon.awssdk com.fasterxml. com.epiduralestimator.adapter.dynamodb com.epiduralestimator.adapter.memory com.epiduralestimator.cmsdata com.epiduralestimator.local"})
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
                        if (imported.startsWith(prefix) && !(pkg.trim().equals("adapter/http")
                                && imported.startsWith(SDK_JACKSON))) {
                            violations.add(MAIN.relativize(file) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** architecture.md's import table has a row for every package this test holds to an import rule. */
    @Test
    void theDocumentsImportTableHasARowForEveryRuledPackage() throws Exception {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        CsvSource rules = ArchitectureTest.class.getDeclaredMethod("packageDoesNotImport", String.class, String.class)
                .getAnnotation(CsvSource.class);
        List<String> missing = new ArrayList<>();
        for (String row : rules.value()) {
            String pkg = row.substring(0, row.indexOf('|')).trim();
            if (!doc.contains("\n| `" + pkg + "`")) {
                missing.add(pkg);
            }
        }
        assertThat(rules.value()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(missing).as("packages with no row in architecture.md's import table").isEmpty();
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

    /**
     * The entry points the runtime loads only wire and delegate: they use the composition root (for the wiring) and
     * {@code adapter.http} (the handler each delegates to), nothing else of the project; never {@code local}.
     */
    @Test
    void theLambdaEntryPointsUseOnlyTheRootAndTheHttpAdapter() throws IOException {
        Set<String> used = packageGraph(sources()).getOrDefault(ROOT_PACKAGE + ".lambda", Set.of());
        assertThat(used).containsOnly(ROOT_PACKAGE, ROOT_PACKAGE + ".adapter.http");
    }

    /**
     * The floors of architecture.md's picture, top down: a package uses only packages on a floor below its own, so
     * no import goes up or sideways (one adapter never uses another; {@code lambda} and {@code local} never use each
     * other). {@code domain.rules} stands on {@code domain}. A new package must be given its floor here.
     */
    private static final Map<String, Integer> FLOORS = Map.ofEntries(
            Map.entry("lambda", 5), Map.entry("local", 5),
            Map.entry("", 4),
            Map.entry("adapter", 3), Map.entry("adapter.http", 3), Map.entry("adapter.dynamodb", 3),
            Map.entry("adapter.memory", 3), Map.entry("cmsdata", 3),
            Map.entry("application", 2),
            Map.entry("domain.rules", 1),
            Map.entry("domain", 0));

    @Test
    void everyPackageUsesOnlyTheFloorsBelowIt() throws IOException {
        assertThat(violationsOfTheFloors(packageGraph(sources()))).isEmpty();
    }

    /** The floor check itself: an upward use, a sideways use and a package with no floor are each named. */
    @Test
    void theFloorCheckNamesAnUpwardASidewaysAndAnUnplacedUse() {
        String r = ROOT_PACKAGE;
        Map<String, Set<String>> layered = Map.of(r + ".lambda", Set.of(r, r + ".adapter.http"),
                r, Set.of(r + ".application"), r + ".application", Set.of(r + ".domain"));
        assertThat(violationsOfTheFloors(layered)).isEmpty();
        assertThat(violationsOfTheFloors(Map.of(r + ".cmsdata", Set.of(r + ".local")))).containsExactly(
                "cmsdata (floor 3) uses local (floor 5)");
        assertThat(violationsOfTheFloors(Map.of(r + ".adapter.memory", Set.of(r + ".adapter.http")))).containsExactly(
                "adapter.memory (floor 3) uses adapter.http (floor 3)");
        assertThat(violationsOfTheFloors(Map.of(r + ".reports", Set.of(r + ".domain")))).containsExactly(
                "reports has no floor in ArchitectureTest.FLOORS");
    }

    private static List<String> violationsOfTheFloors(Map<String, Set<String>> graph) {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Set<String>> pkg : new TreeMap<>(graph).entrySet()) {
            String from = relative(pkg.getKey());
            if (!FLOORS.containsKey(from)) {
                violations.add(from + " has no floor in ArchitectureTest.FLOORS");
                continue;
            }
            for (String used : new TreeSet<>(pkg.getValue())) {
                String to = relative(used);
                if (!FLOORS.containsKey(to)) {
                    violations.add(to + " has no floor in ArchitectureTest.FLOORS");
                } else if (FLOORS.get(to) >= FLOORS.get(from)) {
                    violations.add((from.isEmpty() ? "(root)" : from) + " (floor " + FLOORS.get(from) + ") uses "
                            + (to.isEmpty() ? "(root)" : to) + " (floor " + FLOORS.get(to) + ")");
                }
            }
        }
        return violations;
    }

    private static String relative(String pkg) {
        return pkg.equals(ROOT_PACKAGE) ? "" : pkg.substring(ROOT_PACKAGE.length() + 1);
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
