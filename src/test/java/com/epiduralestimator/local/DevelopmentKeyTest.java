package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.Config;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue #14, finding 5: the public development key keys sessions only while they stay on this machine (in memory
 * or DynamoDB on loopback); against any other endpoint, serve and invoke refuse to start without
 * PATIENT_KEY_SECRET. (The suite runs without PATIENT_KEY_SECRET in its environment: CliTest relies on it too.)
 */
class DevelopmentKeyTest {
    private static final Config NO_SECRET = Config.from(Map.of());

    @Test
    void theDevelopmentKeyIsUsedOnlyForStoresOnThisMachine() {
        for (String local : List.of("http://127.0.0.1:8000", "http://localhost:8000", "http://LOCALHOST:1",
                "http://127.0.0.53:8000", "http://[::1]:8000")) {
            List<String> warnings = new ArrayList<>();
            assertThat(NO_SECRET.localPatientKey(Optional.of(URI.create(local)), warnings::add))
                    .as(local).isEqualTo(Config.DEVELOPMENT_PATIENT_KEY);
            assertThat(warnings).singleElement().asString().contains("development key");
        }
        assertThat(NO_SECRET.localPatientKey(Optional.empty(), w -> { })).isEqualTo(Config.DEVELOPMENT_PATIENT_KEY);
        // A name that merely resolves to loopback, an address elsewhere, or real AWS: refused.
        for (String remote : List.of("http://10.0.0.5:8000", "https://dynamodb.us-east-1.amazonaws.com",
                "http://localhost.example.com:8000", "http://127.0.0.1.nip.io:8000", "http://[2001:db8::1]:8000",
                "http://0.0.0.0:8000", "http://cafe:8000")) {
            assertThatThrownBy(() -> NO_SECRET.localPatientKey(Optional.of(URI.create(remote)), w -> { }))
                    .as(remote).isInstanceOf(IllegalStateException.class).hasMessageContaining("PATIENT_KEY_SECRET");
        }
    }

    @Test
    void aSetSecretIsUsedEverywhereAndMustBeLongEnough() {
        String secret = "s".repeat(32);
        Config config = Config.from(Map.of("PATIENT_KEY_SECRET", secret));
        assertThat(config.localPatientKey(Optional.of(URI.create("https://dynamodb.eu-west-1.amazonaws.com")),
                w -> { })).isEqualTo(secret.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Config.from(Map.of("PATIENT_KEY_SECRET", "short"))
                .localPatientKey(Optional.empty(), w -> { })).hasMessageContaining("at least 32 bytes");
    }

    @Test
    void invokeRefusesARemoteStoreWithoutTheSecretBeforeConnecting() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        long started = System.nanoTime();
        // 192.0.2.1 is TEST-NET-1: nothing answers there, so reaching it at all would take the SDK's timeouts.
        assertThatThrownBy(() -> cli.run(new String[] {"invoke", "EstimatesFunction",
                "events/estimates-contract-example.json", "--dynamodb-endpoint", "http://192.0.2.1:8000"}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PATIENT_KEY_SECRET");
        // serve would block, serving: it must throw at once instead.
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> cli.run(new String[] {"serve", "--port", "0", "--dynamodb-endpoint",
                        "http://192.0.2.1:8000"})).isInstanceOf(IllegalStateException.class));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_500);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\"statusCode\"");
    }

    @Test
    void importSessionsRefusesARemoteStoreWithoutTheSecretBeforeConnecting(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        java.nio.file.Path csv = dir.resolve("sessions.csv");
        java.nio.file.Files.writeString(csv, "patient_id,date_of_service,codes,performed_by\nMRN-1,2025-01-15,62321,\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        long started = System.nanoTime();
        // 192.0.2.1 (TEST-NET-1) is never reached: the refusal comes before any client is made.
        assertThat(cli.run(new String[] {"import-sessions", "--file", csv.toString(), "--dynamodb-endpoint",
                "http://192.0.2.1:8000"})).isEqualTo(2);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_500);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("PATIENT_KEY_SECRET").doesNotContain("MRN-1")
                .doesNotContain("created");
    }
}
