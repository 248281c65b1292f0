package com.epiduralestimator.cmsdata;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the two wage index tables a facility is priced with.
 * <ul>
 * <li>ASC ({@code ASC_wage_index_CY2025.txt} tab-separated, {@code ASC_wage_index_CY2026.csv}): header
 *     {@code CBSA, CBSA Name, WI<yy>}; a CBSA listed twice keeps its <b>first</b> value and is reported in
 *     {@link AscTable#duplicates()} (the CY2025 file lists 27 codes twice); a blank index (NJ and RI rural in 2025)
 *     is absent, never zero.</li>
 * <li>OPPS (CMS pricer table {@code OPPS_cbsa_wage_index_<year>.csv}): header {@code cbsa, effectiveDate,
 *     geographicWageIndex, reclassifiedWageIndex, imputedFloorWageIndex, name}; the 2-digit rows are the states'
 *     rural areas (their geographic index is the state's rural floor; 0.0000 = no rural area).</li>
 * </ul>
 */
public final class WageIndexFileReader {
    /** One ASC row. */
    public record AscRow(String cbsa, String name, Optional<BigDecimal> index) {}

    /** The ASC table: first value of each CBSA, and the CBSAs listed more than once (first value kept). */
    public record AscTable(Map<String, AscRow> rows, List<String> duplicates) {}

    /** One OPPS row. */
    public record OppsRow(String cbsa, String name, BigDecimal geographic, BigDecimal reclassified,
                          BigDecimal imputedFloor) {}

    private WageIndexFileReader() {}

    public static AscTable readAsc(Path file) {
        return CmsLines.readFileAs(file, WageIndexFileReader::readAsc);
    }

    public static AscTable readAsc(String file, Reader in) {
        Map<String, AscRow> rows = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        CmsLines.Numbered lines = new CmsLines.Numbered(in);
        try {
            String header = lines.next();
            if (header == null) {
                throw new CmsFileException(file, 0, null, "empty file");
            }
            char delimiter = header.indexOf('\t') >= 0 ? '\t' : ',';
            List<String> h = FacilityCells.split(file, 1, header, delimiter);
            if (h.size() < 3 || !FacilityCells.normalize(h.get(0)).equals("cbsa")
                    || !FacilityCells.normalize(h.get(1)).equals("cbsa name")
                    || !FacilityCells.normalize(h.get(2)).startsWith("wi")) {
                throw new CmsFileException(file, 1, null, "expected the header CBSA, CBSA Name, WI<yy>: not an ASC"
                        + " wage index table?");
            }
            CmsLines.TrailingBlanks blanks = new CmsLines.TrailingBlanks(file);
            for (String line = lines.next(); line != null; line = lines.next()) {
                int lineNo = lines.lineNo();
                if (blanks.skip(line.isBlank(), lineNo)) {
                    continue;
                }
                List<String> cells = FacilityCells.split(file, lineNo, line, delimiter);
                String cbsa = cbsa(file, lineNo, "CBSA", FacilityCells.cell(cells, 0));
                String name = FacilityCells.cell(cells, 1);
                Optional<BigDecimal> index = FacilityCells.decimal(file, lineNo, h.get(2).strip(),
                        FacilityCells.cell(cells, 2));
                if (rows.containsKey(cbsa)) {
                    duplicates.add(cbsa);
                    continue;
                }
                rows.put(cbsa, new AscRow(cbsa, name, index));
            }
        } catch (IOException e) {
            throw CmsLines.readFailure(file, e);
        }
        if (rows.isEmpty()) {
            throw new CmsFileException(file, lines.lineNo(), null, "no rows after the header");
        }
        return new AscTable(rows, duplicates);
    }

    static final String[] OPPS_FIELDS = {"cbsa", "effectiveDate", "geographicWageIndex", "reclassifiedWageIndex",
            "imputedFloorWageIndex", "name"};

    public static Map<String, OppsRow> readOpps(Path file) {
        return CmsLines.readFileAs(file, WageIndexFileReader::readOpps);
    }

    public static Map<String, OppsRow> readOpps(String file, Reader in) {
        Map<String, OppsRow> rows = new LinkedHashMap<>();
        CmsLines.Numbered lines = new CmsLines.Numbered(in);
        try {
            String header = lines.next();
            List<String> h = header == null ? List.of() : FacilityCells.split(file, 1, header, ',');
            for (int i = 0; i < OPPS_FIELDS.length; i++) {
                if (i >= h.size() || !h.get(i).strip().equals(OPPS_FIELDS[i])) {
                    throw new CmsFileException(file, 1, OPPS_FIELDS[i], "expected the header "
                            + String.join(",", OPPS_FIELDS) + ": not an OPPS pricer wage index table?");
                }
            }
            CmsLines.TrailingBlanks blanks = new CmsLines.TrailingBlanks(file);
            for (String line = lines.next(); line != null; line = lines.next()) {
                int lineNo = lines.lineNo();
                if (blanks.skip(line.isBlank(), lineNo)) {
                    continue;
                }
                List<String> cells = FacilityCells.split(file, lineNo, line, ',');
                if (cells.size() != OPPS_FIELDS.length) {
                    throw new CmsFileException(file, lineNo, null, "the line has " + cells.size()
                            + " cells, the header " + OPPS_FIELDS.length);
                }
                String cbsa = cbsa(file, lineNo, "cbsa", cells.get(0).strip());
                OppsRow row = new OppsRow(cbsa, cells.get(5).strip(),
                        Fields.decimal(file, lineNo, OPPS_FIELDS[2], cells.get(2).strip()),
                        Fields.decimal(file, lineNo, OPPS_FIELDS[3], cells.get(3).strip()),
                        Fields.decimal(file, lineNo, OPPS_FIELDS[4], cells.get(4).strip()));
                if (rows.put(cbsa, row) != null) {
                    throw new CmsFileException(file, lineNo, "cbsa", cbsa + " listed twice");
                }
            }
        } catch (IOException e) {
            throw CmsLines.readFailure(file, e);
        }
        if (rows.isEmpty()) {
            throw new CmsFileException(file, lines.lineNo(), null, "no rows after the header");
        }
        return rows;
    }

    /** A 5-digit CBSA or a 2-digit state code. */
    static String cbsa(String file, int line, String field, String value) {
        if ((value.length() != 5 && value.length() != 2) || !Fields.allDigits(value)) {
            throw new CmsFileException(file, line, field, "not a 5-digit CBSA or 2-digit state code: '" + value
                    + "'");
        }
        return value;
    }
}
