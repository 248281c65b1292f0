package com.epiduralestimator.local;

import com.epiduralestimator.Config;
import com.epiduralestimator.adapter.dynamodb.DynamoEditStore;
import com.epiduralestimator.application.LoadedEdition;
import com.epiduralestimator.cmsdata.CmsFileException;
import com.epiduralestimator.cmsdata.EditFiles;
import com.epiduralestimator.domain.EditKind;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code load-edits}: CMS's claim-edit files as CMS ships them into the fee table (docs/claims-edits.md), beside the
 * editions bundled in the jar: the quarterly NCCI PTP files (a table may be several files), the MUE files, the
 * fiscal year's ICD-10-CM code file and the quarter's ASP file. Every file is read before anything is written: a
 * malformed one loads nothing. Each edition is listed with its files' SHA-256 in {@code GET /v1/schedules}.
 */
final class EditsLoadCommand implements Command {
    static final List<String> FILE_OPTIONS = List.of("--ptp-practitioner", "--ptp-hospital", "--mue-practitioner",
            "--mue-hospital", "--icd10cm", "--asp");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(20\\d{2})");
    private final PrintStream out;
    private final PrintStream err;

    EditsLoadCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public String name() {
        return "load-edits";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "  load-edits [--ptp-practitioner ccipra-v321r0-f1.txt,ccipra-v321r0-f2.txt,...] [--ptp-hospital",
                "         ccioph-v321r0-f1.txt,...] [--mue-practitioner MCR_MUE_PractitionerServices.csv]",
                "         [--mue-hospital MCR_MUE_OutpatientHospitalServices.csv] [--quarter 2026Q1]",
                "         [--icd10cm icd10cm_order_2027.txt [--fiscal-year 2027] [--effective-from 2027-04-01]]",
                "         [--asp \"Jan 2026 ASP Pricing File.csv\"] [--dynamodb-endpoint URL] [--create-tables]",
                "         CMS's claim-edit files as shipped; the quarter of PTP/MUE files comes from their newest",
                "         Effective Date (--quarter where they have none), the ASP quarter from its preamble");
    }

    @Override
    public CommandOptions.Spec spec() {
        List<String> valued = new ArrayList<>(FILE_OPTIONS);
        valued.addAll(List.of("--quarter", "--fiscal-year", "--effective-from", CommandOptions.DYNAMODB_ENDPOINT));
        return new CommandOptions.Spec(valued, List.of(LoadTables.CREATE_TABLES));
    }

    @Override
    public int run(CommandOptions options) {
        if (FILE_OPTIONS.stream().noneMatch(options.named()::containsKey)) {
            throw new IllegalArgumentException("give at least one of " + String.join(", ", FILE_OPTIONS)
                    + " (the bundled editions need no load)");
        }
        List<EditFiles.EditionFile> editions;
        try {
            editions = read(options);
        } catch (CmsFileException e) {
            err.println("error: " + e.getMessage());
            err.println("nothing was loaded");
            return 1;
        }
        Optional<DynamoDbClient> client = new LoadTables(err).open(options, Config.fromEnvironment());
        if (client.isEmpty()) {
            return 1;
        }
        DynamoEditStore store = new DynamoEditStore(client.get(), Config.fromEnvironment().feeTable());
        for (EditFiles.EditionFile e : editions) {
            store.save(new LoadedEdition(e.edition(), e.sources(), e.rows(), Optional.of(Instant.now())),
                    e.content());
            out.println("loaded " + e.edition().kind().wireName() + " " + e.edition().name() + " ("
                    + e.edition().effectiveFrom() + " to " + e.edition().effectiveThrough() + "): " + e.rows()
                    + (e.edition().kind().name().startsWith("PTP") ? " active pairs" : " codes") + " from "
                    + e.sources().stream().map(s -> s.file() + " sha256 " + s.sha256())
                    .collect(Collectors.joining(", ")));
        }
        return 0;
    }

    private static List<EditFiles.EditionFile> read(CommandOptions options) {
        Optional<String> quarter = Optional.ofNullable(options.named().get("--quarter"));
        List<EditFiles.EditionFile> editions = new ArrayList<>();
        files(options, "--ptp-practitioner").ifPresent(f -> editions.add(EditFiles.ptp(EditKind.PTP_PRACTITIONER,
                f, quarter, List.of(), false)));
        files(options, "--ptp-hospital").ifPresent(f -> editions.add(EditFiles.ptp(EditKind.PTP_HOSPITAL, f,
                quarter, List.of(), false)));
        options.file("--mue-practitioner").ifPresent(f -> editions.add(EditFiles.mue(EditKind.MUE_PRACTITIONER, f,
                quarter, false)));
        options.file("--mue-hospital").ifPresent(f -> editions.add(EditFiles.mue(EditKind.MUE_HOSPITAL, f, quarter,
                false)));
        options.file("--icd10cm").ifPresent(f -> editions.add(EditFiles.icd10(f, fiscalYear(options, f),
                Optional.ofNullable(options.named().get("--effective-from")).map(EditsLoadCommand::date), false)));
        options.file("--asp").ifPresent(f -> editions.add(EditFiles.asp(f, false)));
        return editions;
    }

    /** A comma-separated list of files (CMS splits a PTP table into several). */
    private static Optional<List<Path>> files(CommandOptions options, String name) {
        String value = options.named().get(name);
        if (value == null) {
            return Optional.empty();
        }
        List<Path> files = new ArrayList<>();
        for (String file : value.split(",")) {
            Path path = Path.of(file.strip());
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException(name + ": no such file " + file);
            }
            files.add(path);
        }
        return Optional.of(files);
    }

    /** --fiscal-year, or the year in CMS's file name (icd10cm_order_2027.txt). */
    private static int fiscalYear(CommandOptions options, Path file) {
        String given = options.named().get("--fiscal-year");
        if (given != null) {
            if (!given.matches("20\\d{2}")) {
                throw new IllegalArgumentException("--fiscal-year must be a year such as 2027");
            }
            return Integer.parseInt(given);
        }
        Matcher m = YEAR_IN_NAME.matcher(String.valueOf(file.getFileName()));
        if (!m.find()) {
            throw new IllegalArgumentException("--icd10cm: the file name has no fiscal year: give --fiscal-year");
        }
        return Integer.parseInt(m.group(1));
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--effective-from must be a date such as 2027-04-01");
        }
    }
}
