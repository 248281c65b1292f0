package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void invokeRunsOneFunctionOnAnEventFileLikeSamLocalInvoke() throws Exception {
        int status = cli.run(new String[] {"invoke", "FeesFunction", "events/fees-national.json"});
        assertThat(status).isZero();
        assertThat(out()).contains("\"statusCode\":200").contains("251.01");
        assertThat(err()).contains("development key").contains("in-memory");
    }

    @Test
    void invokeNamesTheFunctionsWhenOneIsUnknown() throws Exception {
        assertThat(cli.run(new String[] {"invoke", "NoSuchFunction", "events/fees-national.json"})).isEqualTo(2);
        assertThat(err()).contains("FeesFunction", "EstimatesFunction", "SessionsFunction");
    }

    @Test
    void invokeReportsAMissingEventFile() throws Exception {
        assertThat(cli.run(new String[] {"invoke", "FeesFunction", "events/nope.json"})).isEqualTo(2);
        assertThat(err()).contains("no event file");
    }

    @Test
    void badArgumentsPrintUsage() throws Exception {
        assertThat(cli.run(new String[] {})).isEqualTo(2);
        assertThat(cli.run(new String[] {"serve", "--prot", "1"})).isEqualTo(2);
        assertThat(cli.run(new String[] {"frobnicate"})).isEqualTo(2);
        assertThat(err()).contains("usage:").contains("unknown option --prot").contains("unknown command frobnicate");
    }

    @Test
    void loadingAYearFromCmsFilesNeedsItsParameters() throws Exception {
        // A bad option value is one "error:" line and status 2 (as at the real main), not an exception.
        assertThat(cli.run(new String[] {"load", "--year", "2027", "--rvu", "PPRRVU2027_Jan.csv", "--gpci",
                "GPCI2027.csv", "--sequestration-rate", "0.02"})).isEqualTo(2);
        assertThat(err()).contains("error: ").contains("missing --part-b-deductible");
        err.reset();
        assertThat(cli.run(new String[] {"load", "--year", "2027", "--rvu", "PPRRVU2027_Jan.csv", "--gpci",
                "GPCI2027.csv", "--part-b-deductible", "two hundred", "--sequestration-rate", "0.02"})).isEqualTo(2);
        assertThat(err()).isEqualTo("error: --part-b-deductible must be a dollar amount such as 283\n");
    }

    @Test
    void loadThenInvokeAgainstARealDynamoDb() throws Exception {
        String endpoint = DynamoDbTestServer.get().endpoint().toString();
        // The default table names: this test owns them on the shared test server.
        assertThat(cli.run(new String[] {"load", "--dynamodb-endpoint", endpoint})).isZero();
        assertThat(out()).contains("loaded CY2025").contains("109 localities").contains("42956 ZIP codes");
        // Loading again is harmless.
        assertThat(cli.run(new String[] {"load", "--dynamodb-endpoint", endpoint})).isZero();
        out.reset();
        assertThat(cli.run(new String[] {"invoke", "FeesFunction", "events/fees-san-francisco.json",
                "--dynamodb-endpoint", endpoint})).isZero();
        assertThat(out()).contains("\"statusCode\":200").contains("329.63");
        out.reset();
        assertThat(cli.run(new String[] {"invoke", "EstimatesFunction", "events/estimates-contract-example.json",
                "--dynamodb-endpoint", endpoint})).isZero();
        assertThat(out()).contains("\"statusCode\":200").contains("94.70");
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "load", "invoke"})
    void everyCommandAnswersHelpAndDashHOnStdout(String command) throws Exception {
        for (String flag : List.of("--help", "-h")) {
            out.reset();
            assertThat(cli.run(new String[] {command, flag})).isZero();
            assertThat(out()).startsWith("usage: java -jar epidural-estimator.jar " + command)
                    .contains("  " + command + " ").contains("environment:");
        }
        assertThat(err()).isEmpty();
    }

    @Test
    void helpWinsOverOtherArgumentsAndNothingRuns() throws Exception {
        // `serve --port 1 --help` must print help, not try to bind port 1 (nor say "--help needs a value").
        assertThat(cli.run(new String[] {"serve", "--port", "1", "--help"})).isZero();
        assertThat(out()).contains("--port 3000");
        assertThat(err()).isEmpty();
    }

    @Test
    void topLevelHelp() throws Exception {
        for (String flag : List.of("help", "--help", "-h")) {
            out.reset();
            assertThat(cli.run(new String[] {flag})).isZero();
            assertThat(out()).contains("  serve ", "  load ", "  invoke ", "<command> --help");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "load", "invoke"})
    void everyCommandNamesAnUnknownOption(String command) throws Exception {
        assertThat(cli.run(new String[] {command, "--frobnicate", "1"})).isEqualTo(2);
        assertThat(err()).startsWith("error: unknown option --frobnicate\n")
                .contains("usage: java -jar epidural-estimator.jar " + command);
        assertThat(out()).isEmpty();
    }

    @Test
    void optionsOfOneCommandAreUnknownToAnother() throws Exception {
        assertThat(cli.run(new String[] {"serve", "--rvu", "x.csv"})).isEqualTo(2);
        assertThat(err()).contains("unknown option --rvu");
    }

    @Test
    void aTakenPortIsOneClearLineNotAStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThat(cli.run(new String[] {"serve", "--port", Integer.toString(port)})).isEqualTo(1);
            assertThat(err()).contains("error: port " + port + " on 127.0.0.1 is already in use")
                    .doesNotContain("BindException").doesNotContain("\tat ");
            assertThat(err().lines().filter(l -> l.startsWith("error:")).count()).isEqualTo(1);
            assertThat(out()).doesNotContain("listening");
        }
    }

    @Test
    void serveOnAFreePortListensAndStops() throws Exception {
        LocalServer server = new ServeCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .start(CommandOptions.parse(List.of("--port", "0"), new ServeCommand(null, null).spec()));
        try {
            assertThat(out()).contains("GET http://127.0.0.1:").contains("/v1/fees  -> FeesFunction")
                    .contains("listening on http://127.0.0.1:");
        } finally {
            server.stop();
        }
    }

    /**
     * The real main in its own JVM, as a user runs it: stdout is the response event and nothing else (one JSON
     * line, so `invoke ... | jq` works), the request log and EMF metric lines are on stderr.
     */
    @Test
    void invokeKeepsStdoutForTheResponseAndLogsOnStderr() throws Exception {
        Path stdout = Files.createTempFile("invoke", ".out");
        Path stderr = Files.createTempFile("invoke", ".err");
        try {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Cli.class.getName(), "invoke", "FeesFunction",
                    "events/fees-national.json")
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            List<String> lines = Files.readAllLines(stdout);
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).startsWith("{\"statusCode\":200").contains("251.01");
            String log = Files.readString(stderr);
            assertThat(log).contains("\"route\":\"GET /v1/fees\"").contains("\"_aws\"")
                    .contains("development key");
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** A loopback port nobody listens on: bound, then closed, so a connection to it is refused. */
    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A DynamoDB that is not up is one line naming the endpoint and what to check, exit 1: no stack trace. */
    @ParameterizedTest
    @ValueSource(strings = {"load", "load-facility"})
    void aDynamoDbThatIsNotUpIsOneLineNotAStackTrace(String command) throws Exception {
        String endpoint = "http://127.0.0.1:" + closedPort();
        int status = cli.run(new String[] {command, "--dynamodb-endpoint", endpoint});
        assertThat(status).isEqualTo(1);
        String[] lines = err().strip().split("\n");
        assertThat(lines[lines.length - 1]).startsWith("error: DynamoDB at " + endpoint + " did not answer (")
                .endsWith("); is it running?");
        assertThat(err()).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
