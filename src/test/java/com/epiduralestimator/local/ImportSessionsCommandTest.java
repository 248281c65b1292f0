package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.SessionSettings;
import java.util.Set;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.dynamodb.DynamoSessionLedger;
import com.epiduralestimator.adapter.dynamodb.DynamoTables;
import com.epiduralestimator.application.PatientKeys;
import com.epiduralestimator.application.PerformedBy;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.SessionRecorder;
import com.epiduralestimator.domain.SessionLine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code import-sessions} on a real DynamoDB-compatible server: good, duplicate and bad rows. */
class ImportSessionsCommandTest {
    private static final String CANARY = "CANARY-PT-77";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);
    private final DynamoDbClient client = DynamoDbTestServer.get().client();

    @TempDir
    Path dir;

    private SessionRecorder recorder() {
        String table = DynamoDbTestServer.uniqueTableName("import");
        new DynamoTables(client).createSessionTableIfAbsent(table);
        return new SessionRecorder(new DynamoSessionLedger(client, table, CLOCK), new PatientKeys(
                "import-test-secret-0123456789abcdef-0123".getBytes(StandardCharsets.UTF_8), Set.of()), CLOCK, SessionSettings.DEFAULT_RETENTION_YEARS);
    }

    @Test
    void goodRowsAreRecordedDuplicatesFoundBadRowsRejectedByLineAndARerunCreatesNothing() throws Exception {
        Path csv = dir.resolve("sessions.csv");
        Files.writeString(csv, String.join("\n",
                "patient_id,date_of_service,codes,performed_by",               // line 1
                CANARY + ",2025-01-15,62321,this-practice",                      // 2: created
                CANARY + ",2025-03-01,64483 RT;64484 RT,other-provider",         // 3: created (lumbar, 2 lines)
                "\"" + CANARY + ".jr\",2024-11-20,64479 x1 KX;64480 x2,",        // 4: created (quoted id)
                CANARY + " ,2025-01-15,62321,",                                  // 5: same id and lines → already there
                CANARY + ",2025-01-15,64479,",                                   // 6: other lines, same date → rejected
                CANARY + ",2025-02-30,62321,",                                   // 7: no such date → rejected
                CANARY + ",2025-02-01,99213,",                                   // 8: not an ESI → rejected
                CANARY + ",2025-02-02,62321,elsewhere",                          // 9: bad performed_by → rejected
                CANARY + ",2025-02-03,62321",                                    // 10: 3 cells → rejected
                "",                                                              // 11: blank, skipped
                CANARY + ",2025-02-04,62321 RT RT,",                             // 12: repeated modifier → rejected
                CANARY + ",2020-01-04,62321,",                                   // 13: past retention → rejected
                "MRN-2,2025-02-05,62323,",                                       // 14: created
                // Issue 22: the API's closed set of patient ids, naming the character, never the id.
                "\"" + CANARY + ", jr\",2025-01-15,62321,",                       // 15: comma → rejected
                "CANARY-\u0420T-77,2025-01-15,62321,") + "\n");                 // 16: Cyrillic Р → rejected
        SessionRecorder recorder = recorder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ImportSessionsCommand command = new ImportSessionsCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        int status = command.importFile(csv, "clinic-import", recorder);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1);
        assertThat(printed).startsWith("import-sessions: created 4, already there 1, rejected 9\n");
        assertThat(printed).contains("  rejected line 6: a session with different lines is already recorded",
                "  rejected line 7: date_of_service: must be an ISO-8601 date",
                "  rejected line 8: Code 99213 is outside the epidural injection family",
                "  rejected line 9: performed_by: must be this-practice, other-provider or empty",
                "  rejected line 10: has 3 cells, not 4",
                "  rejected line 12: codes: after a code come xN",
                "  rejected line 13: The date of service is more than 3 years ago",
                "  rejected line 15: patient_id: the character U+002C at position 13 is not allowed",
                "  rejected line 16: patient_id: the character U+0420 at position 8 is not allowed");
        assertThat(printed + err.toString(StandardCharsets.UTF_8)).doesNotContain("CANARY");

        List<RecordedSession> stored = recorder.search("clinic-import", CANARY, Optional.empty(), Optional.empty(),
                true);
        assertThat(stored).extracting(RecordedSession::dateOfService)
                .containsExactly(LocalDate.parse("2025-01-15"), LocalDate.parse("2025-03-01"));
        assertThat(stored.get(1).performedBy()).isEqualTo(PerformedBy.OTHER_PROVIDER);
        assertThat(stored.get(1).lines()).containsExactly(new SessionLine(new HcpcsCode("64483"), 1, List.of("RT")),
                new SessionLine(new HcpcsCode("64484"), 1, List.of("RT")));
        assertThat(stored.get(0).history().get(0).by()).isEqualTo("import-sessions");
        assertThat(recorder.search("clinic-import", CANARY + ".jr", Optional.empty(), Optional.empty(), false))
                .singleElement().satisfies(s -> assertThat(s.lines()).containsExactly(
                        new SessionLine(new HcpcsCode("64479"), 1, List.of("KX")), new SessionLine(new HcpcsCode("64480"), 2, List.of())));

        out.reset();
        assertThat(command.importFile(csv, "clinic-import", recorder)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("import-sessions: created 0, already there 5, rejected 9\n");
    }

    @Test
    void aWrongHeaderOrAMissingFileIsAUsageErrorAndNothingIsWritten() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "patient,date,codes\n" + CANARY + ",2025-01-15,62321\n");
        SessionRecorder recorder = recorder();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ImportSessionsCommand command = new ImportSessionsCommand(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(command.importFile(csv, "clinic-import", recorder)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("line 1 must be the header patient_id,date_of_service,codes,performed_by");
        assertThat(recorder.search("clinic-import", CANARY, Optional.empty(), Optional.empty(), true)).isEmpty();
        assertThat(command.importFile(dir.resolve("absent.csv"), "clinic-import", recorder)).isEqualTo(2);
        assertThat(command.run(CommandOptions.parse(List.of("--tenant", "x"), command.spec()))).isEqualTo(2);
        assertThat(command.run(CommandOptions.parse(List.of("--file", csv.toString(), "--tenant", "clinic#a"),
                command.spec()))).isEqualTo(2);
    }

    @Test
    void progressIsPrintedEveryHundredRowsWithoutPatientIds() throws Exception {
        StringBuilder rows = new StringBuilder("patient_id,date_of_service,codes,performed_by\n");
        for (int i = 0; i < 100; i++) {
            rows.append(CANARY).append('-').append(i).append(",2025-01-15,62321,\n");
        }
        Path csv = dir.resolve("hundred.csv");
        Files.writeString(csv, rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new ImportSessionsCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).importFile(csv, "clinic-import", recorder());

        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("import-sessions: 100 rows read (100 created, 0 already there, 0 rejected)\n");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("import-sessions: created 100, already there 0, rejected 0\n");
    }
}
