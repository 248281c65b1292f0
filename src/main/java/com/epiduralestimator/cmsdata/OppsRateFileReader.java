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
 * Reads OPPS payment files.
 * <ul>
 * <li>{@link #readApcRates}: the APC rates, in CMS's pricer layout ({@code apc, statusIndicator, effectiveDate,
 *     paymentRate, nationalCoinsurance, minimumCoinsurance}, zero-padded) or in Addendum A's (title rows, then
 *     {@code APC, Group Title, SI, Relative Weight, Payment Rate, National Unadjusted Copayment, Minimum Unadjusted
 *     Copayment, ...}).</li>
 * <li>{@link #readAssignments}: which APC and status indicator each HCPCS code has, from CMS's Addendum B (title
 *     rows, then {@code HCPCS Code, [Short Descriptor,] SI, APC, Relative Weight, Payment Rate, National Unadjusted
 *     Copayment, Minimum Unadjusted Copayment, ...}; the descriptor, AMA text, is never read) or from the project's
 *     own assignment file ({@code hcpcs, status, apc, source}), or from Addendum B as converted to CSV by a public
 *     repository ({@code HCPCSCode, ShortDescriptor, StatusIndicator, PaymentRate, ...}: no APC column; a drug's
 *     rate per unit to the tenth of a cent).</li>
 * </ul>
 */
public final class OppsRateFileReader {
    /** One APC: status indicator, national payment rate and minimum unadjusted copayment. */
    public record ApcRate(String apc, String status, BigDecimal rate, Optional<BigDecimal> minimumCopay) {}

    /** One code's OPPS assignment; Addendum B also gives the rate itself. */
    public record Assignment(String code, String status, Optional<String> apc, Optional<BigDecimal> rate) {}

    private OppsRateFileReader() {}

    public static Map<String, ApcRate> readApcRates(Path file) {
        return CmsLines.readFileAs(file, OppsRateFileReader::readApcRates);
    }

    public static Map<String, ApcRate> readApcRates(String file, Reader in) {
        Map<String, ApcRate> rates = new LinkedHashMap<>();
        Table table = Table.read(file, in, h -> h.equals("apc"), "apc (pricer) or APC (Addendum A)");
        boolean pricer = table.header.get(0).strip().equals("apc");
        int si = table.column(pricer ? "statusIndicator" : "SI");
        int rate = table.column(pricer ? "paymentRate" : "Payment Rate");
        int copay = table.column(pricer ? "minimumCoinsurance" : "Minimum Unadjusted Copayment");
        for (int r = 0; r < table.rows.size(); r++) {
            List<String> cells = table.rows.get(r);
            int line = table.lineNumbers.get(r);
            String apc = FacilityCells.cell(cells, 0);
            if (apc.isEmpty() || !Fields.allDigits(apc) || apc.length() > 5) {
                throw new CmsFileException(file, line, "APC", "not an APC number: '" + apc + "'");
            }
            apc = String.format("%04d", Integer.parseInt(apc));
            String status = status(file, line, FacilityCells.cell(cells, si));
            BigDecimal amount = FacilityCells.money(file, line, "Payment Rate", FacilityCells.cell(cells, rate))
                    .orElseThrow(() -> new CmsFileException(file, line, "Payment Rate", "blank"));
            Optional<BigDecimal> minimum = FacilityCells.money(file, line, "Minimum Unadjusted Copayment",
                    FacilityCells.cell(cells, copay));
            if (rates.put(apc, new ApcRate(apc, status, cents(file, line, amount), minimum)) != null) {
                throw new CmsFileException(file, line, "APC", apc + " listed twice");
            }
        }
        return rates;
    }

    public static Map<String, Assignment> readAssignments(Path file) {
        return CmsLines.readFileAs(file, OppsRateFileReader::readAssignments);
    }

    public static Map<String, Assignment> readAssignments(String file, Reader in) {
        Map<String, Assignment> assignments = new LinkedHashMap<>();
        Table table = Table.read(file, in, h -> h.equals("hcpcs") || h.equals("hcpcs code") || h.equals("hcpcscode"),
                "hcpcs (project file), HCPCS Code (Addendum B) or HCPCSCode (Addendum B as converted)");
        String first = FacilityCells.normalize(table.header.get(0));
        boolean own = first.equals("hcpcs");
        boolean converted = first.equals("hcpcscode");
        int si = table.column(own ? "status" : converted ? "StatusIndicator" : "SI");
        int apcColumn = converted ? -1 : table.column(own ? "apc" : "APC");
        int rateColumn = own ? -1 : table.column(converted ? "PaymentRate" : "Payment Rate");
        for (int r = 0; r < table.rows.size(); r++) {
            List<String> cells = table.rows.get(r);
            int line = table.lineNumbers.get(r);
            // the converted file ends some codes with a no-break space ("A4341\u00a0"): not part of the code
            String code = FacilityCells.code(file, line, own ? "hcpcs" : "HCPCS Code",
                    FacilityCells.cell(cells, 0).replace("\u00a0", "").strip());
            String status = status(file, line, FacilityCells.cell(cells, si));
            String apc = apcColumn < 0 ? "" : FacilityCells.cell(cells, apcColumn);
            if (!apc.isEmpty() && (!Fields.allDigits(apc) || apc.length() > 5)) {
                throw new CmsFileException(file, line, "APC", "not an APC number: '" + apc + "'");
            }
            Optional<String> apcNumber = apc.isEmpty() ? Optional.empty()
                    : Optional.of(String.format("%04d", Integer.parseInt(apc)));
            Optional<BigDecimal> rate = rateColumn < 0 ? Optional.empty()
                    : FacilityCells.money(file, line, "Payment Rate", FacilityCells.cell(cells, rateColumn))
                            .map(v -> converted ? exact(v) : cents(file, line, v));
            if (assignments.put(code, new Assignment(code, status, apcNumber, rate)) != null) {
                throw new CmsFileException(file, line, "HCPCS Code", code + " listed twice");
            }
        }
        return assignments;
    }

    /**
     * A rate as the converted Addendum B writes it: a procedure's in dollars and cents (721.17), a drug's per
     * billing unit to the tenth of a cent (24.498), kept exactly (at least two decimals), never rounded.
     */
    private static BigDecimal exact(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 2 ? plain.setScale(2) : plain;
    }

    /** A rate as dollars and cents ("$692.520" is 692.52); a third significant decimal is an error, never rounded. */
    private static BigDecimal cents(String file, int line, BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > 2) {
            throw new CmsFileException(file, line, "Payment Rate", "not a whole number of cents: "
                    + value.toPlainString());
        }
        return plain.setScale(2);
    }

    private static String status(String file, int line, String value) {
        if (value.isEmpty() || value.length() > 2 || !Fields.allUpperOrDigit(value)) {
            throw new CmsFileException(file, line, "SI", "not a status indicator: '" + value + "'");
        }
        return value;
    }

    /** A header row found by its first cell (rows before it are titles), then data rows up to the first blank one. */
    private static final class Table {
        final String file;
        final int headerLine;
        final List<String> header;
        final List<List<String>> rows = new ArrayList<>();
        final List<Integer> lineNumbers = new ArrayList<>();

        private Table(String file, int headerLine, List<String> header) {
            this.file = file;
            this.headerLine = headerLine;
            this.header = header;
        }

        static Table read(String file, Reader in, java.util.function.Predicate<String> firstHeaderCell,
                          String expected) {
            CmsLines.Numbered lines = new CmsLines.Numbered(in);
            Table table = null;
            try {
                CmsLines.TrailingBlanks blanks = new CmsLines.TrailingBlanks(file);
                for (String line = lines.next(); line != null; line = lines.next()) {
                    int lineNo = lines.lineNo();
                    List<String> cells = FacilityCells.split(file, lineNo, line, ',');
                    if (table == null) {
                        if (firstHeaderCell.test(FacilityCells.normalize(FacilityCells.cell(cells, 0)))) {
                            table = new Table(file, lineNo, cells);
                        }
                        continue;
                    }
                    if (blanks.skip(Csv.allBlank(cells, 0), lineNo)) {
                        continue;
                    }
                    table.rows.add(cells);
                    table.lineNumbers.add(lineNo);
                }
            } catch (IOException e) {
                throw CmsLines.readFailure(file, e);
            }
            if (table == null) {
                throw new CmsFileException(file, 0, null, "no header row starting " + expected);
            }
            if (table.rows.isEmpty()) {
                throw new CmsFileException(file, lines.lineNo(), null, "no rows after the header");
            }
            return table;
        }

        int column(String name) {
            return FacilityCells.column(file, headerLine, header, name, false);
        }
    }
}
