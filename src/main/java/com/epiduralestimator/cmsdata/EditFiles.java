package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.EditionText;
import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.EditKind;
import com.epiduralestimator.domain.Edition;
import com.epiduralestimator.domain.HcpcsCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One edition read from CMS's files into {@link EditionText}'s format, with its dates and its sources' SHA-256:
 * what {@link EditsDataGenerator} bundles and {@code load-edits} stores. Each reader states where the dates come
 * from: the fiscal year (ICD-10-CM), the quarter given or the files' latest Effective Date (PTP, MUE), the ASP
 * file's own "Effective ... through ..." row.
 */
public final class EditFiles {
    private EditFiles() {}

    /** The edition, the files it was read from with their SHA-256, its rows and its table's text. */
    public record EditionFile(Edition edition, List<ScheduleSource> sources, int rows, String content) {}

    /** ICD-10-CM of fiscal year {@code fiscalYear} (1 October of the year before – 30 September), or from a date. */
    public static EditionFile icd10(Path file, int fiscalYear, Optional<LocalDate> from, boolean bundled) {
        List<String> codes = Icd10FileReader.read(file);
        LocalDate start = from.orElse(LocalDate.of(fiscalYear - 1, 10, 1));
        LocalDate end = LocalDate.of(fiscalYear, 9, 30);
        String name = "FY" + fiscalYear + (from.isPresent() ? " from " + start : "");
        Edition edition = new Edition(EditKind.ICD10CM, name, start, end, bundled, List.of());
        String content = EditionText.icd10(codes);
        return of(edition, List.of(file), (int) content.lines().count(), content);
    }

    /** An NCCI PTP table of one quarter; {@code scope}: the codes an extract holds the pairs of (empty: all). */
    public static EditionFile ptp(EditKind kind, List<Path> files, Optional<String> quarter, List<HcpcsCode> scope,
                                  boolean bundled) {
        Optional<LocalDate> start = quarter.map(EditFileLines::parseQuarter);
        PtpFileReader.Result read = PtpFileReader.read(files, start.orElse(LocalDate.MIN),
                start.map(s -> s.plusMonths(3).minusDays(1)));
        LocalDate from;
        if (start.isPresent()) {
            from = start.get();
        } else {
            // The quarter is that of the newest edit in the files; read again to keep only its active pairs.
            from = EditFileLines.quarterStart(read.latestEffective().orElseThrow(() -> new IllegalArgumentException(
                    CmsLines.fileName(files.get(0)) + " has no Effective Date: give the quarter (--quarter 2026Q1)")));
            read = PtpFileReader.read(files, from, Optional.of(from.plusMonths(3).minusDays(1)));
        }
        Edition edition = new Edition(kind, EditFileLines.quarterName(from), from, from.plusMonths(3).minusDays(1),
                bundled, scope);
        return of(edition, files, read.pairs().size(), EditionText.ptp(read.pairs()));
    }

    public static EditionFile mue(EditKind kind, Path file, Optional<String> quarter, boolean bundled) {
        MueFileReader.Result read = MueFileReader.read(file);
        LocalDate from = quarter.map(EditFileLines::parseQuarter).orElseGet(() -> EditFileLines.quarterStart(
                read.latestEffective().orElseThrow(() -> new IllegalArgumentException(CmsLines.fileName(file)
                        + " has no Effective Date: give the quarter (--quarter 2026Q1)"))));
        Edition edition = new Edition(kind, EditFileLines.quarterName(from), from, from.plusMonths(3).minusDays(1),
                bundled, List.of());
        return of(edition, List.of(file), read.limits().size(), EditionText.mue(read.limits()));
    }

    public static EditionFile asp(Path file, boolean bundled) {
        AspFileReader.Result read = AspFileReader.read(file);
        LocalDate from = read.from().orElseThrow(() -> new CmsFileException(CmsLines.fileName(file), 0, null,
                "no \"Effective <date> through <date>\" row in the preamble"));
        Edition edition = new Edition(EditKind.ASP, EditFileLines.quarterName(from), from, read.through().orElseThrow(),
                bundled, List.of());
        return of(edition, List.of(file), read.limits().size(), EditionText.asp(read.limits()));
    }

    private static EditionFile of(Edition edition, List<Path> files, int rows, String content) {
        return new EditionFile(edition, files.stream().map(f -> FileDigest.source(edition.kind().wireName(), f))
                .toList(), rows, content);
    }
}
