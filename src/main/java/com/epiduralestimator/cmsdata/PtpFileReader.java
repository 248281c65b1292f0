package com.epiduralestimator.cmsdata;

import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.PtpEdits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CMS's NCCI procedure-to-procedure files as published each quarter (practitioner {@code ccipra-v*-f*.txt},
 * hospital {@code ccioph-v*-f*.txt}: tab-separated, copyright rows first, then "Column 1, Column 2, * = in
 * existence prior to 1996, Effective Date, Deletion Date, Modifier, PTP Edit Rationale"), and comma-separated
 * extracts with the same columns ({@code column_1,column_2,deletion_date,modifier_indicator}). Only what the rules
 * read is kept: the pairs active in the quarter (not deleted before it, in effect by its end) whose modifier
 * indicator is 0 or 1 (9: not applicable).
 */
public final class PtpFileReader {
    private PtpFileReader() {}

    /** What the files hold: the active pairs and the latest Effective Date seen (empty if there is no such column). */
    public record Result(List<PtpEdits.Pair> pairs, Optional<LocalDate> latestEffective) {}

    /**
     * @param activeFrom the edition's first day: a pair deleted before it is left out
     * @param activeTo   the edition's last day, if known: a pair effective after it is left out
     */
    public static Result read(List<Path> files, LocalDate activeFrom, Optional<LocalDate> activeTo) {
        Map<Long, PtpEdits.Pair> pairs = new LinkedHashMap<>();
        LocalDate[] latest = {null};
        for (Path file : files) {
            String name = CmsLines.fileName(file);
            int[][] header = {null};
            EditFileLines.read(file, (number, cells) -> {
                if (header[0] == null) {
                    if (EditFileLines.column(cells, "column1") == 0 && EditFileLines.column(cells, "column2") == 1) {
                        header[0] = new int[] {EditFileLines.column(cells, "effective"),
                                EditFileLines.column(cells, "deletion"), EditFileLines.column(cells, "modifier")};
                        if (header[0][2] < 0) {
                            throw new CmsFileException(name, number, "Modifier", "no modifier indicator column");
                        }
                    }
                    return;
                }
                Optional<HcpcsCode> column1 = HcpcsCode.parse(EditFileLines.cell(cells, 0));
                Optional<HcpcsCode> column2 = HcpcsCode.parse(EditFileLines.cell(cells, 1));
                if (column1.isEmpty() || column2.isEmpty()) {
                    return; // a continuation of the header or a notice
                }
                Optional<LocalDate> effective = EditFileLines.date(name, number, "Effective Date",
                        EditFileLines.cell(cells, header[0][0]));
                Optional<LocalDate> deleted = EditFileLines.date(name, number, "Deletion Date",
                        EditFileLines.cell(cells, header[0][1]));
                String indicator = EditFileLines.cell(cells, header[0][2]);
                if (!indicator.matches("[019]")) {
                    throw new CmsFileException(name, number, "Modifier", "not 0, 1 or 9: " + indicator);
                }
                effective.ifPresent(e -> latest[0] = latest[0] == null || e.isAfter(latest[0]) ? e : latest[0]);
                boolean active = deleted.map(d -> !d.isBefore(activeFrom)).orElse(true)
                        && effective.map(e -> activeTo.map(to -> !e.isAfter(to)).orElse(true)).orElse(true);
                if (active && !indicator.equals("9")) {
                    PtpEdits.Pair pair = new PtpEdits.Pair(column1.get(), column2.get(), Integer.parseInt(indicator));
                    pairs.put(key(pair), pair);
                }
            });
            if (header[0] == null) {
                throw new CmsFileException(name, 0, "Column 1", "no header row with Column 1 and Column 2");
            }
        }
        return new Result(new ArrayList<>(pairs.values()), Optional.ofNullable(latest[0]));
    }

    private static long key(PtpEdits.Pair p) {
        return ((long) Integer.parseInt(p.column1().value(), 36) << 32) | Integer.parseInt(p.column2().value(), 36);
    }
}
