package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * Issue #12's client developer, end to end: openapi-generator (validating the spec, as its CLI does) generates the
 * java (native library) and typescript-fetch clients from openapi.yaml; each is compiled (javac; tsc --strict,
 * installed from npm under target/ts-tools on first use) together with a small program that calls getFee,
 * estimate and recordSession the way a developer would; each program runs against `serve` (the command's own
 * start-up, in memory, on a free port) and the test checks status codes and figures.
 *
 * <p>Figures (CY2025, locality 0111205 San Francisco, CF 32.3465, GPCI work 1.088 / PE 1.419 / MP 0.445):
 * <ul>
 *   <li>62321 non-facility: (1.95 x 1.088 + 5.63 x 1.419 + 0.18 x 0.445) x 32.3465 = (2.1216 + 7.98897 + 0.0801)
 *       x 32.3465 = 10.19067 x 32.3465 = 329.6326... -> 329.63; limiting charge 329.63 x 1.0925 = 360.1208 -> 360.12.
 *   <li>62321 facility (facility PE RVU 1.08): (2.1216 + 1.08 x 1.419 + 0.0801) x 32.3465 = (2.1216 + 1.53252
 *       + 0.0801) x 32.3465 = 3.73422 x 32.3465 = 120.7891... -> 120.79 allowed; deductible 0, so the patient's 20%
 *       coinsurance is 120.79 x 0.20 = 24.158 -> 24.16 and Medicare pays 120.79 - 24.16 = 96.63. No prior session:
 *       eligible, the 12-month window of 2025-06-01 starts 2024-06-02.
 *   <li>a Medicare Advantage member (issue 20), 62321 non-facility, plan at 95% of Medicare with 20% coinsurance:
 *       329.63 x 0.95 = 313.1485 -> 313.15 allowed; 20% = 62.63 the member; the plan 313.15 - 62.63 = 250.52.
 *   <li>recordSession with lines 64479 + 64480 (transforaminal, cervical/thoracic): one session, 201 created, and
 *       the same again 200 with created=false.
 * </ul>
 */
class GeneratedClientsTest {
    private static final Path ROOT = Path.of("target", "generated-clients");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FEE = "amount=329.63 limitingCharge=360.12";
    private static final String ADVANTAGE = "allowed=313.15 patientOwes=62.63 planPays=250.52"
            + " kind=medicare-advantage priorAuthorization=obtained";
    private static final String ESTIMATE = "eligible=true allowed=120.79 patientPays=24.16 medicarePays=96.63"
            + " windowStart=2024-06-02";

    private static LocalServer server;
    private static String base;

    @BeforeAll
    static void serve() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);
        ServeCommand serve = new ServeCommand(print, print);
        server = serve.start(CommandOptions.parse(List.of("--port", "0"), serve.spec()));
        String banner = console.toString(StandardCharsets.UTF_8);
        base = banner.substring(banner.indexOf("listening on ") + "listening on ".length()).split(" ")[0];
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static Path generate(String generator, String library) throws IOException {
        Path out = ROOT.resolve(generator);
        deleteTree(out);
        CodegenConfigurator config = new CodegenConfigurator()
                .setInputSpec(Path.of("openapi.yaml").toAbsolutePath().toString())
                .setGeneratorName(generator)
                .setOutputDir(out.toAbsolutePath().toString())
                .setValidateSpec(true)
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false");
        if (library != null) {
            config.setLibrary(library)
                    .setInvokerPackage("estimator.client")
                    .setApiPackage("estimator.client.api")
                    .setModelPackage("estimator.client.model")
                    .addAdditionalProperty("useJakartaEe", true);
        }
        new DefaultGenerator().opts(config.toClientOptInput()).generate();
        return out;
    }

    @Test
    void theGeneratedJavaNativeClientCompilesAndCallsEveryOperation() throws Exception {
        long started = System.nanoTime();
        Path out = generate("java", "native");
        long generated = System.nanoTime();
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out.resolve("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(f.toString()));
        }
        assertThat(sources).anyMatch(s -> s.endsWith("DefaultApi.java"));
        Path probe = out.resolve("probe/ClientProbe.java");
        Files.createDirectories(probe.getParent());
        Files.copy(Path.of("src/test/resources/clients/java/ClientProbe.java"), probe);
        sources.add(probe.toString());
        Path classes = out.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "--release", "17", "-proc:none", "-nowarn",
                "-Xlint:none", "-encoding", "UTF-8"));
        options.addAll(sources);
        int status = javac.run(null, null, new PrintStream(new WriterStream(diagnostics), true,
                StandardCharsets.UTF_8), options.toArray(String[]::new));
        assertThat(status).as("javac on the generated java client:%n%s", diagnostics).isZero();
        long compiled = System.nanoTime();
        String report;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                GeneratedClientsTest.class.getClassLoader())) {
            report = (String) loader.loadClass("ClientProbe").getMethod("run", String.class).invoke(null, base);
        }
        timing("java", started, generated, compiled);
        assertThat(report).isEqualTo("fee 200 " + FEE + " | estimate 200 " + ESTIMATE
                + " | advantage 200 " + ADVANTAGE
                + " | session 201 created=true region=cervical-thoracic lines=2 | again 200 created=false");
    }

    @Test
    void theGeneratedTypescriptFetchClientCompilesAndCallsEveryOperation() throws Exception {
        long started = System.nanoTime();
        Path out = generate("typescript-fetch", null);
        long generated = System.nanoTime();
        Files.copy(Path.of("src/test/resources/clients/typescript/probe.ts"), out.resolve("probe.ts"));
        Files.writeString(out.resolve("tsconfig.json"), """
                {"compilerOptions": {"target": "ES2020", "module": "commonjs", "lib": ["ES2020", "DOM"],
                  "strict": true, "outDir": "out", "types": []},
                 "include": ["**/*.ts"], "exclude": ["out"]}
                """);
        Path tsc = typescriptCompiler();
        Run compile = run(out, 300, "node", tsc.toString(), "-p", "tsconfig.json");
        assertThat(compile.status()).as("tsc --strict on the generated typescript-fetch client:%n%s", compile.output())
                .isZero();
        long compiled = System.nanoTime();
        Run probe = run(out, 120, "node", "out/probe.js", base);
        timing("typescript-fetch", started, generated, compiled);
        assertThat(probe.status()).as(probe.output()).isZero();
        JsonNode r = JSON.readTree(probe.output().strip().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(r.at("/fee/status").asInt()).isEqualTo(200);
        assertThat("amount=" + r.at("/fee/amount").asText() + " limitingCharge=" + r.at("/fee/limitingCharge")
                .asText()).isEqualTo(FEE);
        assertThat(r.at("/estimate/status").asInt()).isEqualTo(200);
        assertThat("eligible=" + r.at("/estimate/eligible").asText() + " allowed=" + r.at("/estimate/allowed").asText()
                + " patientPays=" + r.at("/estimate/patientPays").asText() + " medicarePays="
                + r.at("/estimate/medicarePays").asText() + " windowStart=" + r.at("/estimate/windowStart").asText())
                .isEqualTo(ESTIMATE);
        assertThat(r.at("/advantage/status").asInt()).isEqualTo(200);
        assertThat("allowed=" + r.at("/advantage/allowed").asText() + " patientOwes="
                + r.at("/advantage/patientOwes").asText() + " planPays=" + r.at("/advantage/planPays").asText()
                + " kind=" + r.at("/advantage/kind").asText() + " priorAuthorization="
                + r.at("/advantage/priorAuthorization").asText()).isEqualTo(ADVANTAGE);
        assertThat(r.get("session").toString())
                .isEqualTo("{\"status\":201,\"created\":true,\"region\":\"cervical-thoracic\",\"lines\":2}");
        assertThat(r.get("again").toString()).isEqualTo("{\"status\":200,\"created\":false}");
    }

    /** tsc from npm, installed once under target/ts-tools (as the DynamoDB tests install dynalite). */
    private static Path typescriptCompiler() throws Exception {
        Path home = Path.of("target", "ts-tools").toAbsolutePath();
        Path tsc = home.resolve("node_modules/typescript/bin/tsc");
        if (!Files.exists(tsc)) {
            Files.createDirectories(home);
            Run npm = run(home, 300, "npm", "install", "--prefix", home.toString(), "typescript@5.9.3", "--no-audit",
                    "--no-fund", "--no-save");
            assertThat(npm.status()).as("npm install typescript:%n%s", npm.output()).isZero();
        }
        return tsc;
    }

    record Run(int status, String output) {}

    private static Run run(Path dir, int seconds, String... command) throws Exception {
        Path log = Files.createTempFile("run", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Run(-1, String.join(" ", command) + " timed out after " + seconds + " s:\n"
                        + Files.readString(log));
            }
            return new Run(process.exitValue(), Files.readString(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void timing(String client, long started, long generated, long compiled) {
        System.out.printf(Locale.ROOT, "%s client: generated in %.1f s, compiled in %.1f s, called in %.1f s%n",
                client, (generated - started) / 1e9, (compiled - generated) / 1e9,
                (System.nanoTime() - compiled) / 1e9);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** javac's diagnostics into a StringWriter. */
    private static final class WriterStream extends java.io.OutputStream {
        private final StringWriter writer;

        WriterStream(StringWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            writer.write(b);
        }
    }
}
