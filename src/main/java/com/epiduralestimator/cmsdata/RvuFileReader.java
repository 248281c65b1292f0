package com.epiduralestimator.cmsdata;

import com.epiduralestimator.domain.FeeRow;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads CMS's national physician fee schedule RVU file (PPRRVU, e.g. {@code PPRRVU2025_Oct.csv}) as CMS ships it:
 * a few preamble text lines, a header stacked over 4 lines whose last line starts with {@code HCPCS}, then one row
 * per HCPCS code and modifier. Rows are streamed to a consumer, one at a time: the file never sits in memory.
 *
 * <p>Columns are found by their stacked header names ("WORK RVU", "NON-FAC PE RVU", "CONV FACTOR", ...), so a year
 * that reorders columns still reads. The DESCRIPTION column (AMA-copyrighted CPT text) is never kept.
 *
 * <p>Strict: any malformed line stops the read with a {@link CmsFileException} naming file, line and field.
 */
public final class RvuFileReader {

    /** One data row of the file: the fee row, the row's CONV FACTOR, and the 1-based line it came from. */
    public record Row(FeeRow fee, BigDecimal conversionFactor, int line) {
        public Row {
            Objects.requireNonNull(fee, "fee");
            Objects.requireNonNull(conversionFactor, "conversionFactor");
        }
    }

    /** How many lines may precede the end of the header before the file is rejected as not an RVU file. */
    static final int MAX_PREAMBLE_LINES = 40;
    /** The header is stacked over this many lines, the last one starting with HCPCS. */
    static final int HEADER_LINES = 4;

    static final String HCPCS = "HCPCS";
    static final String MOD = "MOD";
    static final String STATUS = "STATUS CODE";
    static final String WORK_RVU = "WORK RVU";
    static final String NON_FAC_PE_RVU = "NON-FAC PE RVU";
    static final String NON_FAC_NA = "NON-FAC NA INDICATOR";
    static final String FAC_PE_RVU = "FACILITY PE RVU";
    static final String FAC_NA = "FACILITY NA INDICATOR";
    static final String MP_RVU = "MP RVU";
    static final String PCTC = "PCTC IND";
    static final String GLOB_DAYS = "GLOB DAYS";
    static final String MULT_PROC = "MULT PROC";
    static final String BILAT_SURG = "BILAT SURG";
    static final String CONV_FACTOR = "CONV FACTOR";

    private static final List<String> REQUIRED = List.of(HCPCS, MOD, STATUS, WORK_RVU, NON_FAC_PE_RVU, NON_FAC_NA,
            FAC_PE_RVU, FAC_NA, MP_RVU, PCTC, GLOB_DAYS, MULT_PROC, BILAT_SURG, CONV_FACTOR);

    /** Global period values defined in the RVU file documentation (RVU25D). */
    private static final Set<String> GLOBAL_DAYS = Set.of("000", "010", "090", "MMM", "XXX", "YYY", "ZZZ");

    private RvuFileReader() {}

    /** Streams every data row of {@code file} to {@code sink}. */
    public static void read(Path file, Consumer<Row> sink) {
        CmsLines.readFile(file, (name, in) -> read(name, in, sink));
    }

    /** Streams every data row to {@code sink}; {@code fileName} is used in error messages. Does not close {@code in}. */
    public static void read(String fileName, Reader in, Consumer<Row> sink) {
        Objects.requireNonNull(sink, "sink");
        CmsLines.Numbered lines = new CmsLines.Numbered(in);
        try {
            Columns columns = readHeader(fileName, lines);
            CmsLines.TrailingBlanks blanks = new CmsLines.TrailingBlanks(fileName);
            String line;
            while ((line = lines.next()) != null) {
                int lineNo = lines.lineNo();
                List<String> cells = CmsLines.cells(fileName, lineNo, line);
                if (blanks.skip(Csv.allBlank(cells, 0), lineNo)) {
                    continue;
                }
                sink.accept(parseRow(fileName, lineNo, cells, columns));
            }
        } catch (IOException e) {
            throw CmsLines.readFailure(fileName, e);
        }
    }

    private static Columns readHeader(String fileName, CmsLines.Numbered lines) throws IOException {
        Deque<List<String>> recent = new ArrayDeque<>(HEADER_LINES);
        String line;
        while ((line = lines.next()) != null) {
            int lineNo = lines.lineNo();
            List<String> cells = CmsLines.cells(fileName, lineNo, line);
            if (recent.size() == HEADER_LINES) {
                recent.removeFirst();
            }
            recent.addLast(cells);
            if (cells.get(0).strip().equals(HCPCS)) {
                return Columns.of(fileName, lineNo, List.copyOf(recent));
            }
            if (lineNo >= MAX_PREAMBLE_LINES) {
                break;
            }
        }
        throw new CmsFileException(fileName, 0, HCPCS,
                "no header line starting with HCPCS in the first " + MAX_PREAMBLE_LINES + " lines: not a PPRRVU file?");
    }

    private static Row parseRow(String file, int line, List<String> cells, Columns c) {
        if (cells.size() != c.count) {
            if (cells.size() < c.count) {
                throw new CmsFileException(file, line, c.names[cells.size()],
                        "missing column: the line has " + cells.size() + " cells, the header " + c.count);
            }
            throw new CmsFileException(file, line, null,
                    "extra cells: the line has " + cells.size() + " cells, the header " + c.count);
        }
        String code = cells.get(c.code).strip();
        if (code.length() != 5 || !Fields.allUpperOrDigit(code)) {
            throw new CmsFileException(file, line, HCPCS, "not a 5-character HCPCS code: '" + code + "'");
        }
        String modifier = cells.get(c.modifier).strip();
        if (!(modifier.isEmpty() || (modifier.length() == 2 && Fields.allUpperOrDigit(modifier)))) {
            throw new CmsFileException(file, line, MOD, "not a 2-character modifier: '" + modifier + "'");
        }
        String status = cells.get(c.status).strip();
        if (status.length() != 1 || status.charAt(0) < 'A' || status.charAt(0) > 'Z') {
            throw new CmsFileException(file, line, STATUS, "not a one-letter status code: '" + status + "'");
        }
        String globalDays = cells.get(c.globalDays).strip();
        if (!GLOBAL_DAYS.contains(globalDays)) {
            throw new CmsFileException(file, line, GLOB_DAYS, "not a global period " + GLOBAL_DAYS + ": '" + globalDays + "'");
        }
        BigDecimal conversionFactor = Fields.decimal(file, line, CONV_FACTOR, cells.get(c.conversionFactor).strip());
        if (conversionFactor.signum() <= 0) {
            throw new CmsFileException(file, line, CONV_FACTOR, "conversion factor must be positive: '" + conversionFactor + "'");
        }
        FeeRow fee = new FeeRow(
                code,
                modifier,
                status.charAt(0),
                Fields.decimal(file, line, WORK_RVU, cells.get(c.workRvu).strip()),
                Fields.decimal(file, line, NON_FAC_PE_RVU, cells.get(c.nonFacPeRvu).strip()),
                naIndicator(file, line, NON_FAC_NA, cells.get(c.nonFacNa)),
                Fields.decimal(file, line, FAC_PE_RVU, cells.get(c.facPeRvu).strip()),
                naIndicator(file, line, FAC_NA, cells.get(c.facNa)),
                Fields.decimal(file, line, MP_RVU, cells.get(c.mpRvu).strip()),
                String.valueOf(Fields.digit(file, line, PCTC, cells.get(c.pctc).strip())),
                globalDays,
                Fields.digit(file, line, MULT_PROC, cells.get(c.multProc).strip()),
                Fields.digit(file, line, BILAT_SURG, cells.get(c.bilatSurg).strip()));
        return new Row(fee, conversionFactor, line);
    }

    private static boolean naIndicator(String file, int line, String field, String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return false;
        }
        if (v.equals("NA")) {
            return true;
        }
        throw new CmsFileException(file, line, field, "expected blank or NA: '" + value + "'");
    }

    /** Column positions, found by the stacked header names. */
    private static final class Columns {
        final int headerLine;
        final int count;
        final String[] names;
        final int code;
        final int modifier;
        final int status;
        final int workRvu;
        final int nonFacPeRvu;
        final int nonFacNa;
        final int facPeRvu;
        final int facNa;
        final int mpRvu;
        final int pctc;
        final int globalDays;
        final int multProc;
        final int bilatSurg;
        final int conversionFactor;

        private Columns(int headerLine, String[] names, Map<String, Integer> index) {
            this.headerLine = headerLine;
            this.count = names.length;
            this.names = names;
            code = index.get(HCPCS);
            modifier = index.get(MOD);
            status = index.get(STATUS);
            workRvu = index.get(WORK_RVU);
            nonFacPeRvu = index.get(NON_FAC_PE_RVU);
            nonFacNa = index.get(NON_FAC_NA);
            facPeRvu = index.get(FAC_PE_RVU);
            facNa = index.get(FAC_NA);
            mpRvu = index.get(MP_RVU);
            pctc = index.get(PCTC);
            globalDays = index.get(GLOB_DAYS);
            multProc = index.get(MULT_PROC);
            bilatSurg = index.get(BILAT_SURG);
            conversionFactor = index.get(CONV_FACTOR);
        }

        /** Names each column by joining its non-blank cells over the stacked header lines, top to bottom. */
        static Columns of(String file, int headerLine, List<List<String>> stacked) {
            int count = stacked.get(stacked.size() - 1).size();
            String[] names = new String[count];
            Map<String, Integer> index = new HashMap<>();
            for (int col = 0; col < count; col++) {
                StringBuilder name = new StringBuilder();
                for (List<String> row : stacked) {
                    if (col < row.size() && !row.get(col).isBlank()) {
                        if (name.length() > 0) {
                            name.append(' ');
                        }
                        name.append(row.get(col).strip());
                    }
                }
                names[col] = name.length() == 0 ? "column " + (col + 1) : name.toString();
                Integer previous = index.putIfAbsent(names[col], col);
                if (previous != null) {
                    index.put(names[col], -1); // ambiguous: only an error if it is a column we need
                }
            }
            for (String required : REQUIRED) {
                Integer col = index.get(required);
                if (col == null) {
                    throw new CmsFileException(file, headerLine, required, "column not found in the header");
                }
                if (col < 0) {
                    throw new CmsFileException(file, headerLine, required, "column named twice in the header");
                }
            }
            return new Columns(headerLine, names, index);
        }
    }
}
