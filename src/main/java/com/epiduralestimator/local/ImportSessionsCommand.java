package com.epiduralestimator.local;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.adapter.dynamodb.DynamoClients;
import com.epiduralestimator.application.RecordOutcome;
import com.epiduralestimator.application.SessionConflictException;
import com.epiduralestimator.application.SessionRecorder;
import com.epiduralestimator.application.StoreUnavailableException;
import com.epiduralestimator.cmsdata.Csv;
import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.UnsupportedRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code import-sessions --file sessions.csv [--tenant T] [--dynamodb-endpoint URL]}: a practice's session history
 * export, one session per CSV row, recorded exactly as {@code POST /v1/sessions} records (so a re-run finds every
 * row already there). Layout (UTF-8, a header row, RFC 4180 quoting):
 *
 * <pre>
 * patient_id,date_of_service,codes,performed_by
 * MRN-0042,2025-01-15,62321,this-practice
 * MRN-0042,2025-03-01,64483 RT;64484 RT,other-provider
 * MRN-0077,2024-11-20,64479 x1 KX;64480 x2,
 * </pre>
 *
 * {@code codes}: the session's lines separated by {@code ;}, each a 5-character code followed, space-separated, by
 * {@code xN} for units (default 1) and 2-character modifiers. {@code performed_by}: {@code this-practice} (also when
 * empty) or {@code other-provider}. Each session is one conditional write: written whole or not at all. Progress
 * goes to stderr every 100 rows; the summary (created / already there / rejected, with line numbers and reasons)
 * to stdout. No patient id appears in any line it prints. Issue 22: a patient id is held to the API's closed set
 * ({@code PatientIds}); lines are read with bounded memory ({@link BoundedLines}: a line over 4096 bytes, or not
 * UTF-8, is a rejected row); a store failure or a read error stops the import with the line and the counts. Exit status 0, or 1 when any row was rejected or the
 * store failed (re-running is safe), 2 for a usage error.
 */
public final class ImportSessionsCommand implements Command {
    static final List<String> HEADER = SessionCsvRow.HEADER;
    static final String ACTOR = "import-sessions";
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");
    private static final int PROGRESS_EVERY = 100;

    private final PrintStream out;
    private final PrintStream err;

    public ImportSessionsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** What a run did: counts, per rejected row its line number and why, and where and why it stopped early. */
    public record Summary(int created, int alreadyThere, Map<Integer, String> rejected, Optional<String> stopped) {}

    @Override
    public String name() {
        return "import-sessions";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "  import-sessions --file sessions.csv [--tenant local] [--dynamodb-endpoint URL]",
                "         records a practice's session history (CSV header: patient_id,date_of_service,codes,"
                        + "performed_by;",
                "         codes like \"64483 RT;64484 x1 RT\"), each row as POST /v1/sessions would; re-running is safe");
    }

    @Override
    public CommandOptions.Spec spec() {
        return CommandOptions.Spec.of("--file", "--tenant", CommandOptions.DYNAMODB_ENDPOINT);
    }

    @Override
    public int run(CommandOptions options) {
        if (!options.has("--file")) {
            err.println("error: --file is required");
            err.println(usage());
            return 2;
        }
        String tenant = options.value("--tenant", "local");
        if (!TENANT.matcher(tenant).matches()) {
            err.println("error: --tenant must be 1 to 128 of A-Z a-z 0-9 . _ : @ -");
            return 2;
        }
        Optional<URI> endpoint = options.endpoint();
        Config config = Config.fromEnvironment();
        if (endpoint.isEmpty() && config.patientKeySecret().isEmpty()) {
            err.println("error: PATIENT_KEY_SECRET is not set: sessions imported into AWS must be keyed with the"
                    + " deployed functions' secret");
            return 2;
        }
        byte[] secret;
        try {
            // The development key only while the sessions stay on this machine (issue #14), as serve and invoke.
            secret = config.localPatientKey(endpoint, err::println);
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        DynamoDbClient client = DynamoClients.create(endpoint);
        try {
            LoadTables.prepareSessionTable(client, endpoint, config.sessionTable());
            SessionRecorder recorder = DependencyFactory.dynamoSessions(config, client, secret, Clock.systemUTC());
            return importFile(Path.of(options.value("--file", "")), tenant, recorder);
        } catch (StoreUnavailableException e) {
            err.println("error: the session store failed (" + e.getMessage() + "); re-running is safe: rows"
                    + " already imported are found, not duplicated");
            return 1;
        } finally {
            client.close();
        }
    }

    int importFile(Path file, String tenant, SessionRecorder recorder) {
        Summary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = importRows(in, tenant, recorder);
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + file);
            return 2;
        } catch (IOException e) {
            err.println("error: " + file + " could not be read (" + e.getClass().getSimpleName() + ")");
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("error: " + file + ": " + e.getMessage());
            return 2;
        }
        out.println("import-sessions: created " + summary.created() + ", already there " + summary.alreadyThere()
                + ", rejected " + summary.rejected().size() + summary.stopped().map(s -> ", stopped").orElse(""));
        summary.rejected().forEach((line, why) -> out.println("  rejected line " + line + ": " + why));
        summary.stopped().ifPresent(why -> out.println("  stopped " + why));
        return summary.rejected().isEmpty() && summary.stopped().isEmpty() ? 0 : 1;
    }

    /**
     * Reads and records every row; a row's problem (a line too long, bad UTF-8, a bad cell, a refused patient id)
     * rejects that row only. A store failure or a read error stops the import: the summary then says at which line
     * and with what counts (re-running is safe).
     */
    Summary importRows(InputStream input, String tenant, SessionRecorder recorder) throws IOException {
        int created = 0;
        int alreadyThere = 0;
        Map<Integer, String> rejected = new LinkedHashMap<>();
        BoundedLines lines = new BoundedLines(input, BoundedLines.MAX_LINE_BYTES);
        BoundedLines.Line header = lines.next();
        if (header == null) {
            throw new IllegalArgumentException("the file is empty: the first line must be the header "
                    + String.join(",", HEADER));
        }
        String text = header.text() == null ? "" : header.text();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (header.problem() != null || !Csv.split(text.strip()).stream().map(String::strip).toList().equals(HEADER)) {
            throw new IllegalArgumentException("line 1 must be the header " + String.join(",", HEADER)
                    + (header.problem() == null ? "" : " (it is " + header.problem() + ")"));
        }
        int rows = 0;
        int lastLine = 1;
        while (true) {
            BoundedLines.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                return new Summary(created, alreadyThere, rejected, Optional.of("after line " + lastLine
                        + ": the file could not be read on (" + e.getClass().getSimpleName() + ")"));
            }
            if (line == null) {
                break;
            }
            lastLine = line.number();
            if (line.problem() == null && line.text().isBlank()) {
                continue;
            }
            rows++;
            try {
                if (line.problem() != null) {
                    rejected.put(line.number(), line.problem());
                    continue;
                }
                SessionCsvRow row = SessionCsvRow.parse(line.text());
                RecordOutcome outcome = recorder.record(tenant, row.patientId(), row.date(), row.lines(),
                        row.performedBy(), ACTOR);
                if (outcome.created()) {
                    created++;
                } else {
                    alreadyThere++;
                }
            } catch (SessionCsvRow.RowException | InvalidFieldException e) {
                rejected.put(line.number(), field(e) + e.getMessage());
            } catch (UnsupportedRequestException e) {
                rejected.put(line.number(), e.getMessage());
            } catch (SessionConflictException e) {
                rejected.put(line.number(), "a session with different lines is already recorded for this patient,"
                        + " region and date (sessionId " + e.stored().sessionId() + ")");
            } catch (StoreUnavailableException e) {
                return new Summary(created, alreadyThere, rejected, Optional.of("at line " + line.number()
                        + ": the session store failed (" + e.getMessage() + "); rows before it are recorded,"
                        + " re-running is safe"));
            } finally {
                if (rows % PROGRESS_EVERY == 0) {
                    err.println("import-sessions: " + rows + " rows read (" + created + " created, " + alreadyThere
                            + " already there, " + rejected.size() + " rejected)");
                }
            }
        }
        return new Summary(created, alreadyThere, rejected, Optional.empty());
    }

    private static String field(RuntimeException e) {
        return e instanceof InvalidFieldException f ? column(f.field()) + ": " : "";
    }

    private static String column(String field) {
        return switch (field) {
            case "patientId" -> "patient_id";
            case "dateOfService" -> "date_of_service";
            default -> field;
        };
    }
}
