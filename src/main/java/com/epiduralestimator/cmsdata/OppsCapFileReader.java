package com.epiduralestimator.cmsdata;

import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.OppsCap;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads CMS's OPPS cap file (e.g. {@code OPPSCAP_Oct.csv}): a header row
 * {@code HCPCS,MOD,PROCSTAT,CARRIER,LOCALITY,FACILITY PRICE,NON-FACILTY PRICE} (CMS's spelling), then one row per
 * code, modifier (blank or TC), carrier and locality, and a trailing row of empty cells.
 *
 * <p>Carrier and locality are padded (CMS files sometimes drop leading zeros). Strict: a malformed row, a data row
 * after the trailing blank row, or a code+modifier+locality listed twice stops the read with a
 * {@link CmsFileException} naming file, line and field.
 */
public final class OppsCapFileReader {
    static final String HCPCS = "HCPCS";
    static final String MOD = "MOD";
    static final String PROCSTAT = "PROCSTAT";
    static final String CARRIER = "CARRIER";
    static final String LOCALITY = "LOCALITY";
    static final String FACILITY_PRICE = "FACILITY PRICE";
    static final String NON_FACILITY_PRICE = "NON-FACILITY PRICE";
    private static final String[] FIELDS = {HCPCS, MOD, PROCSTAT, CARRIER, LOCALITY, FACILITY_PRICE, NON_FACILITY_PRICE};

    private OppsCapFileReader() {}

    public static void read(Path file, Consumer<OppsCap> sink) {
        CmsLines.readFile(file, (name, in) -> read(name, in, sink));
    }

    /** Streams every cap to {@code sink}; {@code fileName} is used in error messages. Does not close {@code in}. */
    public static void read(String fileName, Reader in, Consumer<OppsCap> sink) {
        Objects.requireNonNull(sink, "sink");
        CmsLines.Numbered lines = new CmsLines.Numbered(in);
        Set<String> seen = new HashSet<>();
        CmsLines.TrailingBlanks blanks = new CmsLines.TrailingBlanks(fileName);
        try {
            String line = lines.next();
            if (line == null) {
                throw new CmsFileException(fileName, 0, null, "empty file");
            }
            checkHeader(fileName, Csv.split(line));
            while ((line = lines.next()) != null) {
                int lineNo = lines.lineNo();
                List<String> cells = CmsLines.cells(fileName, lineNo, line);
                if (blanks.skip(Csv.allBlank(cells, 0), lineNo)) {
                    continue;
                }
                OppsCap cap = parseRow(fileName, lineNo, cells);
                if (!seen.add(cap.code() + cap.modifier() + cap.locality().value())) {
                    throw new CmsFileException(fileName, lineNo, LOCALITY, cap.code()
                            + (cap.modifier().isEmpty() ? "" : "-" + cap.modifier()) + " in locality "
                            + cap.locality() + " listed twice");
                }
                sink.accept(cap);
            }
        } catch (IOException e) {
            throw CmsLines.readFailure(fileName, e);
        }
        if (seen.isEmpty()) {
            throw new CmsFileException(fileName, lines.lineNo(), null, "no cap rows after the header");
        }
    }

    private static void checkHeader(String file, List<String> cells) {
        if (cells.size() < FIELDS.length) {
            throw new CmsFileException(file, 1, null, "expected the header " + String.join(",", FIELDS)
                    + ": not an OPPSCAP file?");
        }
        for (int i = 0; i < FIELDS.length; i++) {
            // CMS spells the last column NON-FACILTY PRICE.
            String h = cells.get(i).strip().toUpperCase(Locale.ROOT).replace("FACILTY", "FACILITY");
            if (!h.equals(FIELDS[i])) {
                throw new CmsFileException(file, 1, FIELDS[i], "expected header '" + FIELDS[i] + "', found '"
                        + cells.get(i).strip() + "': not an OPPSCAP file?");
            }
        }
    }

    static OppsCap parseRow(String file, int line, List<String> cells) {
        if (cells.size() != FIELDS.length) {
            throw new CmsFileException(file, line, cells.size() < FIELDS.length ? FIELDS[cells.size()] : null,
                    "the line has " + cells.size() + " cells, the header " + FIELDS.length);
        }
        String code = cells.get(0).strip();
        if (code.length() != 5 || !Fields.allUpperOrDigit(code)) {
            throw new CmsFileException(file, line, HCPCS, "not a 5-character HCPCS code: '" + code + "'");
        }
        String modifier = cells.get(1).strip();
        if (!(modifier.isEmpty() || (modifier.length() == 2 && Fields.allUpperOrDigit(modifier)))) {
            throw new CmsFileException(file, line, MOD, "not a 2-character modifier: '" + modifier + "'");
        }
        String status = cells.get(2).strip();
        if (status.length() != 1 || !Fields.allUpperOrDigit(status)) {
            throw new CmsFileException(file, line, PROCSTAT, "not a one-letter status code: '" + status + "'");
        }
        String carrier = Fields.digits(file, line, CARRIER, cells.get(3).strip(), 1, 5);
        String locality = Fields.digits(file, line, LOCALITY, cells.get(4).strip(), 1, 2);
        BigDecimal facility = Fields.decimal(file, line, FACILITY_PRICE, cells.get(5).strip());
        BigDecimal nonFacility = Fields.decimal(file, line, NON_FACILITY_PRICE, cells.get(6).strip());
        return new OppsCap(code, modifier, LocalityId.of(carrier, locality), facility, nonFacility);
    }
}
