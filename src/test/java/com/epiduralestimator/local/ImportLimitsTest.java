package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.SessionSettings;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.memory.InMemorySessionLedger;
import com.epiduralestimator.application.PatientKeys;
import com.epiduralestimator.application.PatientRef;
import com.epiduralestimator.application.RecordOutcome;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.SessionLedger;
import com.epiduralestimator.application.SessionRecorder;
import com.epiduralestimator.application.StoreUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: a 300 MB line in an import file was an OutOfMemoryError with a trace; a bad encoding stopped the
 * import with neither a line number nor counts. Now lines are read with bounded memory, each long or badly encoded
 * line is rejected with its number, and every stop (a store failure, a read error) says where and with what counts.
 */
class ImportLimitsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String HEADER = "patient_id,date_of_service,codes,performed_by\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ImportSessionsCommand command = new ImportSessionsCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    private static SessionRecorder recorder(SessionLedger ledger) {
        return new SessionRecorder(ledger, new PatientKeys("import-limits-secret-0123456789abcdef-012"
                .getBytes(StandardCharsets.UTF_8), Set.of()), CLOCK, SessionSettings.DEFAULT_RETENTION_YEARS);
    }

    @Test
    void aLongLineAndBadBytesRejectTheirLineOnlyWithItsNumber() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));                          // line 1
        file.writeBytes("MRN-L1,2025-01-15,62321,\r\n".getBytes(StandardCharsets.UTF_8));    // 2: created (CRLF)
        file.writeBytes(("MRN-L2,2025-01-15,62321," + "x".repeat(5_000) + "\n")
                .getBytes(StandardCharsets.UTF_8));                                         // 3: too long
        file.writeBytes("MRN-L3,2025-01-15,62321,\n".getBytes(StandardCharsets.UTF_8));      // 4: created
        file.writeBytes(new byte[] {'M', 'R', 'N', '-', (byte) 0xC3, '(', ',', '2', '\n'}); // 5: bad UTF-8
        file.writeBytes(new byte[] {'M', (byte) 0xFF, '\n'});                               // 6: bad UTF-8
        file.writeBytes("MRN-L4,2025-01-15,62321,".getBytes(StandardCharsets.UTF_8));       // 7: created, no LF
        Path csv = dir.resolve("limits.csv");
        Files.write(csv, file.toByteArray());

        int status = command.importFile(csv, "clinic-limits", recorder(new InMemorySessionLedger(CLOCK)));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1);
        assertThat(printed).startsWith("import-sessions: created 3, already there 0, rejected 3\n").contains(
                "  rejected line 3: longer than 4096 bytes (5024): not read",
                "  rejected line 5: not valid UTF-8 (byte 5 of the line)",
                "  rejected line 6: not valid UTF-8 (byte 2 of the line)");
        assertThat(printed + err).doesNotContain("MRN");
    }

    @Test
    void aStoreFailureStopsTheImportWithTheLineAndTheCounts() throws Exception {
        AtomicInteger writes = new AtomicInteger();
        SessionLedger failing = new FailingAfter(new InMemorySessionLedger(CLOCK), 2, writes);
        Path csv = dir.resolve("store.csv");
        Files.writeString(csv, HEADER + "MRN-S1,2025-01-15,62321,\nbad,row\nMRN-S2,2025-01-15,62321,\n"
                + "MRN-S3,2025-01-15,62321,\nMRN-S4,2025-01-15,62321,\n");

        int status = command.importFile(csv, "clinic-limits", recorder(failing));

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\n",
                "import-sessions: created 2, already there 0, rejected 1, stopped",
                "  rejected line 3: has 2 cells, not 4",
                "  stopped at line 5: the session store failed (injected); rows before it are recorded, re-running"
                        + " is safe", ""));
        assertThat(writes.get()).isEqualTo(3); // the fourth row was never tried
    }

    /**
     * The real command in a JVM with a 64 MB heap: a file with a 300 MB line between two good rows. It was an
     * OutOfMemoryError with a trace; now both good rows are recorded and the long line is rejected by number.
     */
    @Test
    void aThreeHundredMegabyteLineInA64MegabyteHeapIsARejectedLine() throws Exception {
        Path csv = dir.resolve("huge.csv");
        try (FileChannel ch = FileChannel.open(csv, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap((HEADER + "MRN-H1,2025-01-15,62321,\n").getBytes(StandardCharsets.UTF_8)));
            byte[] mb = new byte[1 << 20];
            Arrays.fill(mb, (byte) 'A');
            for (int i = 0; i < 300; i++) {
                ch.write(ByteBuffer.wrap(mb));
            }
            ch.write(ByteBuffer.wrap("\nMRN-H2,2025-01-16,62321,\n".getBytes(StandardCharsets.UTF_8)));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                Cli.class.getName(), "import-sessions", "--file", csv.toString(), "--tenant", "clinic-huge",
                "--dynamodb-endpoint", DynamoDbTestServer.get().endpoint().toString());
        pb.environment().put("SESSION_TABLE", DynamoDbTestServer.uniqueTableName("import-huge"));
        pb.environment().remove("PATIENT_KEY_SECRET");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = new String(output, StandardCharsets.UTF_8);
        assertThat(printed).contains("import-sessions: created 2, already there 0, rejected 1",
                "  rejected line 3: longer than 4096 bytes (314572800): not read")
                .doesNotContain("OutOfMemoryError").doesNotContain("Exception");
        assertThat(p.exitValue()).as(printed).isEqualTo(1);
    }

    /** A ledger whose writes fail (as a store outage) from the given write on. */
    private record FailingAfter(SessionLedger inner, int okWrites, AtomicInteger writes) implements SessionLedger {
        @Override
        public List<RecordedSession> sessionsFrom(PatientRef patient, LocalDate from) {
            return inner.sessionsFrom(patient, from);
        }

        @Override
        public RecordOutcome record(RecordedSession session) {
            if (writes.incrementAndGet() > okWrites) {
                throw new StoreUnavailableException("injected", Duration.ofSeconds(1), null);
            }
            return inner.record(session);
        }

        @Override
        public Optional<RecordedSession> find(String tenant, String sessionId) {
            return inner.find(tenant, sessionId);
        }

        @Override
        public boolean replace(RecordedSession updated, long expectedVersion) {
            return inner.replace(updated, expectedVersion);
        }
    }
}
