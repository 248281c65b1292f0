package com.epiduralestimator.cmsdata;

import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads CMS's GPCI file (Addendum E, e.g. {@code GPCI2025.csv}): a title row and a blank row, a header row
 * (MAC, State, Locality Number, Locality Name, PW GPCI, PE GPCI, MP GPCI), one row per locality, then footnote rows.
 * Columns are found by their header: a January file's extra "PW GPCI (without 1.0 Floor)" column is skipped and
 * the floored work GPCI, which Medicare pays with, is read.
 *
 * <p>The MAC is padded to 5 digits and the locality number to 2 ({@link LocalityId#of}); footnote marks ({@code *},
 * {@code **}) are stripped from the end of names; GPCIs are kept exactly as written. Strict: a malformed data
 * row, a data row after the footnotes, or a locality listed twice stops the read with a {@link CmsFileException}.
 */
public final class GpciFileReader {

    static final String MAC = "MAC";
    static final String STATE = "State";
    static final String LOCALITY_NUMBER = "Locality Number";
    static final String LOCALITY_NAME = "Locality Name";
    static final String WORK_GPCI = "PW GPCI";
    static final String PE_GPCI = "PE GPCI";
    static final String MP_GPCI = "MP GPCI";
    private static final int COLUMNS = 7;
    static final int MAX_PREAMBLE_LINES = 20;

    private GpciFileReader() {}

    /** Every locality of {@code file}, in file order (the file is small: ~110 rows). */
    public static List<Locality> readAll(Path file) {
        List<Locality> all = new ArrayList<>();
        read(file, all::add);
        return all;
    }

    public static void read(Path file, Consumer<Locality> sink) {
        CmsLines.readFile(file, (name, in) -> read(name, in, sink));
    }

    /** Streams every locality to {@code sink}; {@code fileName} is used in error messages. Does not close {@code in}. */
    public static void read(String fileName, Reader in, Consumer<Locality> sink) {
        Objects.requireNonNull(sink, "sink");
        CmsLines.Numbered lines = new CmsLines.Numbered(in);
        try {
            int[] col = null;
            int footnoteLine = 0;
            Set<LocalityId> seen = new HashSet<>();
            String line;
            while ((line = lines.next()) != null) {
                int lineNo = lines.lineNo();
                List<String> cells = CmsLines.cells(fileName, lineNo, line);
                if (col == null) {
                    col = headerColumns(cells);
                    if (col == null && lineNo >= MAX_PREAMBLE_LINES) {
                        break;
                    }
                    continue;
                }
                boolean dataRow = !cells.get(0).isBlank() && Fields.allDigits(cells.get(0).strip());
                if (!dataRow && (Csv.allBlank(cells, 1) || footnoteLine != 0)) {
                    // a blank row or a footnote ("MAC Assignments as of ...", "*Work GPCI reflects ..."): the data has ended
                    if (footnoteLine == 0) {
                        footnoteLine = lineNo;
                    }
                    continue;
                }
                if (footnoteLine != 0) {
                    throw new CmsFileException(fileName, lineNo, null,
                            "locality row after the end of the data at line " + footnoteLine);
                }
                Locality locality = parseRow(fileName, lineNo, cells, col);
                if (!seen.add(locality.id())) {
                    throw new CmsFileException(fileName, lineNo, LOCALITY_NUMBER,
                            "locality " + locality.id() + " listed twice");
                }
                sink.accept(locality);
            }
            if (col == null) {
                throw new CmsFileException(fileName, 0, MAC,
                        "no header row (MAC, State, Locality Number, ...) in the first " + MAX_PREAMBLE_LINES + " lines");
            }
            if (seen.isEmpty()) {
                throw new CmsFileException(fileName, lines.lineNo(), null, "no locality rows after the header");
            }
        } catch (IOException e) {
            throw CmsLines.readFailure(fileName, e);
        }
    }

    /** Column positions in {@link #COLUMNS} order if {@code cells} is the header row, else null. */
    private static int[] headerColumns(List<String> cells) {
        int[] col = {-1, -1, -1, -1, -1, -1, -1};
        for (int i = 0; i < cells.size(); i++) {
            String h = cells.get(i).strip().toLowerCase(Locale.ROOT);
            if (h.startsWith("medicare administrative contractor") || h.equals("mac") || h.equals("carrier")) {
                col[0] = i;
            } else if (h.equals("state")) {
                col[1] = i;
            } else if (h.equals("locality number") || h.equals("locality")) {
                col[2] = i;
            } else if (h.equals("locality name")) {
                col[3] = i;
            } else if ((h.contains("pw gpci") || h.contains("work gpci")) && !h.contains("without")) {
                // January files (e.g. GPCI2026_Jan.csv) carry the work GPCI both "(without 1.0 Floor)" and
                // "(with 1.0 Floor)": Medicare pays with the floor, so the unfloored column is never read.
                col[4] = i;
            } else if (h.contains("pe gpci")) {
                col[5] = i;
            } else if (h.contains("mp gpci")) {
                col[6] = i;
            }
        }
        for (int c : col) {
            if (c < 0) {
                return null;
            }
        }
        return col;
    }

    private static final String[] FIELD = {MAC, STATE, LOCALITY_NUMBER, LOCALITY_NAME, WORK_GPCI, PE_GPCI, MP_GPCI};

    private static Locality parseRow(String file, int line, List<String> cells, int[] col) {
        for (int i = 0; i < COLUMNS; i++) {
            if (col[i] >= cells.size()) {
                throw new CmsFileException(file, line, FIELD[i],
                        "missing column: the line has " + cells.size() + " cells");
            }
        }
        String mac = Fields.digits(file, line, MAC, cells.get(col[0]).strip(), 1, 5);
        String state = Fields.state(file, line, STATE, cells.get(col[1]).strip());
        String number = Fields.digits(file, line, LOCALITY_NUMBER, cells.get(col[2]).strip(), 1, 2);
        String name = stripFootnoteMarks(cells.get(col[3]));
        if (name.isEmpty()) {
            throw new CmsFileException(file, line, LOCALITY_NAME, "blank locality name");
        }
        BigDecimal work = Fields.decimal(file, line, WORK_GPCI, cells.get(col[4]).strip());
        BigDecimal pe = Fields.decimal(file, line, PE_GPCI, cells.get(col[5]).strip());
        BigDecimal mp = Fields.decimal(file, line, MP_GPCI, cells.get(col[6]).strip());
        return new Locality(LocalityId.of(mac, number), state, name, work, pe, mp);
    }

    /** "ALASKA*" → "ALASKA", "WYOMING**" → "WYOMING": the marks point at the file's footnotes. */
    static String stripFootnoteMarks(String name) {
        String s = name.strip();
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '*') {
            end--;
        }
        return s.substring(0, end).strip();
    }
}
