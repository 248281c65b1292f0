package com.epiduralestimator.cmsdata;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads CMS's ASC Addendum AA as published each quarter (e.g. {@code ASC_AddendumAA_20260101.csv}, latin-1): a
 * title (over two lines, quoted), a copyright row and a blank row, then the header {@code HCPCS Code, , Short
 * Descriptor, Subject to Multiple Procedure Discounting, <Month Year> Payment Indicator, ... Payment Weight, ...
 * Payment Rate}, one row per code, and at the end blank rows and the NOTE rows. Columns are found by their headers
 * (the quarter's month is part of them). The short descriptor (AMA text) is never read.
 */
public final class AscAddendumAaReader {
    static final String HCPCS = "HCPCS Code";
    static final String DISCOUNTING = "Subject to Multiple Procedure Discounting";
    static final String INDICATOR = "Payment Indicator";
    static final String WEIGHT = "Payment Weight";
    static final String RATE = "Payment Rate";

    /** One code: payment indicator, multiple-procedure discounting, weight and national rate (absent when packaged). */
    public record Row(String code, boolean discounted, String paymentIndicator, Optional<BigDecimal> weight,
                      Optional<BigDecimal> rate) {}

    private AscAddendumAaReader() {}

    public static void read(Path file, Consumer<Row> sink) {
        CmsLines.readFile(file, (name, in) -> read(name, in, sink));
    }

    public static void read(String file, Reader in, Consumer<Row> sink) {
        CmsLines.Numbered lines = new CmsLines.Numbered(in);
        int[] columns = null;
        boolean ended = false;
        Set<String> seen = new HashSet<>();
        try {
            for (String line = lines.next(); line != null; line = lines.next()) {
                int lineNo = lines.lineNo();
                if (columns == null) {
                    if (line.startsWith(HCPCS + ",")) {
                        List<String> header = FacilityCells.split(file, lineNo, line, ',');
                        columns = new int[] {
                                FacilityCells.column(file, lineNo, header, DISCOUNTING, false),
                                FacilityCells.column(file, lineNo, header, INDICATOR, true),
                                FacilityCells.column(file, lineNo, header, WEIGHT, true),
                                FacilityCells.column(file, lineNo, header, RATE, true)};
                    }
                    continue; // title, copyright and blank rows before the header
                }
                List<String> cells = FacilityCells.split(file, lineNo, line, ',');
                String first = FacilityCells.cell(cells, 0);
                if (Csv.allBlank(cells, 0) || first.startsWith("NOTE")) {
                    ended = true; // the blank and NOTE rows that end the file
                    continue;
                }
                if (ended) {
                    throw new CmsFileException(file, lineNo, HCPCS, "a code row after the closing NOTE rows");
                }
                String code = FacilityCells.code(file, lineNo, HCPCS, first);
                String discount = FacilityCells.cell(cells, columns[0]);
                if (!discount.equals("Y") && !discount.equals("N")) {
                    throw new CmsFileException(file, lineNo, DISCOUNTING, "expected Y or N: '" + discount + "'");
                }
                String indicator = FacilityCells.cell(cells, columns[1]);
                if (indicator.length() != 2 || !Fields.allUpperOrDigit(indicator)) {
                    throw new CmsFileException(file, lineNo, INDICATOR, "not a payment indicator: '" + indicator
                            + "'");
                }
                Optional<BigDecimal> weight = FacilityCells.decimal(file, lineNo, WEIGHT,
                        FacilityCells.cell(cells, columns[2]));
                Optional<BigDecimal> rate = FacilityCells.money(file, lineNo, RATE,
                        FacilityCells.cell(cells, columns[3]));
                if (!seen.add(code)) {
                    throw new CmsFileException(file, lineNo, HCPCS, code + " listed twice");
                }
                sink.accept(new Row(code, discount.equals("Y"), indicator, weight, rate));
            }
        } catch (IOException e) {
            throw CmsLines.readFailure(file, e);
        }
        if (columns == null) {
            throw new CmsFileException(file, 0, HCPCS, "no header row starting 'HCPCS Code': not an Addendum AA?");
        }
        if (seen.isEmpty()) {
            throw new CmsFileException(file, lines.lineNo(), null, "no code rows after the header");
        }
    }
}
