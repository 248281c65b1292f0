package com.epiduralestimator.cmsdata;

import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.ZipCode;
import com.epiduralestimator.domain.ZipLocation;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads CMS's ZIP5 file (e.g. {@code ZIP5_OCT2025.txt}), fixed width per {@code ZIP5lyout.txt}:
 * state 1-2, ZIP 3-7, carrier 8-12, pricing locality 13-14, plus-four flag 21, year/quarter 76-80 (YYYYQ).
 * Columns not needed for pricing (rural indicators, lab CBA locality, Part B payment indicator) are skipped.
 *
 * <p>Strict: a line that is not exactly 80 columns, a field that is not what the layout says, or a ZIP listed twice
 * stops the read with a {@link CmsFileException} naming file, line and field.
 */
public final class Zip5FileReader {

    /** One line of the file: where the ZIP is priced, its state, and the file's year/quarter (e.g. "20254"). */
    public record Record(ZipLocation location, String state, String yearQuarter, int line) {
        public Record {
            Objects.requireNonNull(location, "location");
        }

        /** The calendar year of the file's year/quarter field. */
        public int year() {
            return Integer.parseInt(yearQuarter.substring(0, 4));
        }
    }

    static final int LINE_LENGTH = 80;
    static final String STATE = "State (1-2)";
    static final String ZIP = "Zip Code (3-7)";
    static final String CARRIER = "Carrier (8-12)";
    static final String LOCALITY = "Pricing Locality (13-14)";
    static final String PLUS_FOUR = "Plus Four Flag (21)";
    static final String YEAR_QUARTER = "Year/Quarter (76-80)";

    private Zip5FileReader() {}

    public static void read(Path file, Consumer<Record> sink) {
        CmsLines.readFile(file, (name, in) -> read(name, in, sink));
    }

    /** Streams every line to {@code sink}; {@code fileName} is used in error messages. Does not close {@code in}. */
    public static void read(String fileName, Reader in, Consumer<Record> sink) {
        Objects.requireNonNull(sink, "sink");
        CmsLines.Numbered lines = new CmsLines.Numbered(in);
        BitSet seen = new BitSet(100_000);
        CmsLines.TrailingBlanks blanks = new CmsLines.TrailingBlanks(fileName);
        try {
            String line;
            while ((line = lines.next()) != null) {
                int lineNo = lines.lineNo();
                if (blanks.skip(line.isBlank(), lineNo)) {
                    continue;
                }
                Record record = parseLine(fileName, lineNo, line);
                int zip = Integer.parseInt(record.location().zip().value());
                if (seen.get(zip)) {
                    throw new CmsFileException(fileName, lineNo, ZIP, "ZIP " + record.location().zip() + " listed twice");
                }
                seen.set(zip);
                sink.accept(record);
            }
        } catch (IOException e) {
            throw CmsLines.readFailure(fileName, e);
        }
        if (lines.lineNo() == 0 || seen.isEmpty()) {
            throw new CmsFileException(fileName, 0, null, "no ZIP lines");
        }
    }

    static Record parseLine(String file, int line, String text) {
        if (text.length() < LINE_LENGTH) {
            throw new CmsFileException(file, line, fieldCutAt(text.length()),
                    "line is " + text.length() + " columns, the layout has " + LINE_LENGTH + " (truncated?)");
        }
        if (text.length() > LINE_LENGTH) {
            throw new CmsFileException(file, line, null,
                    "line is " + text.length() + " columns, the layout has " + LINE_LENGTH);
        }
        String state = Fields.state(file, line, STATE, text.substring(0, 2));
        String zip = Fields.digits(file, line, ZIP, text.substring(2, 7), 5, 5);
        String carrier = Fields.digits(file, line, CARRIER, text.substring(7, 12), 5, 5);
        String locality = Fields.digits(file, line, LOCALITY, text.substring(12, 14), 2, 2);
        char plusFour = text.charAt(20);
        if (plusFour != '0' && plusFour != '1') {
            throw new CmsFileException(file, line, PLUS_FOUR, "expected 0 or 1: '" + plusFour + "'");
        }
        String yearQuarter = text.substring(75, 80);
        if (!Fields.allDigits(yearQuarter) || yearQuarter.charAt(4) < '1' || yearQuarter.charAt(4) > '4') {
            throw new CmsFileException(file, line, YEAR_QUARTER, "expected YYYYQ with quarter 1-4: '" + yearQuarter + "'");
        }
        ZipLocation location = new ZipLocation(new ZipCode(zip), new LocalityId(carrier + locality), plusFour == '1');
        return new Record(location, state, yearQuarter, line);
    }

    /** The first field a line of {@code length} columns does not hold in full. */
    private static String fieldCutAt(int length) {
        if (length < 2) {
            return STATE;
        }
        if (length < 7) {
            return ZIP;
        }
        if (length < 12) {
            return CARRIER;
        }
        if (length < 14) {
            return LOCALITY;
        }
        if (length < 21) {
            return PLUS_FOUR;
        }
        return YEAR_QUARTER;
    }
}
