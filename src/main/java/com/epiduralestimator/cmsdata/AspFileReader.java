package com.epiduralestimator.cmsdata;

import com.epiduralestimator.domain.AspPrices;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.Percent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CMS's quarterly "Payment Allowance Limits for Medicare Part B Drugs" (the ASP pricing file, CSV): a preamble
 * whose "Effective October 1, 2025 through December 31, 2025" row gives the quarter, then the header "HCPCS Code,
 * Short Description, HCPCS Code Dosage, Payment Limit, Co-insurance Percentage, ...". The short descriptions are
 * not kept.
 */
public final class AspFileReader {
    private static final Pattern EFFECTIVE = Pattern.compile(
            "Effective\\s+([A-Za-z]+ \\d{1,2}, \\d{4})\\s+through\\s+([A-Za-z]+ \\d{1,2}, \\d{4})");
    private static final DateTimeFormatter CMS_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private AspFileReader() {}

    /** The limits and the quarter the preamble names (empty if it names none). */
    public record Result(List<AspPrices.Limit> limits, Optional<LocalDate> from, Optional<LocalDate> through) {}

    public static Result read(Path file) {
        String name = CmsLines.fileName(file);
        List<AspPrices.Limit> limits = new ArrayList<>();
        int[][] header = {null};
        LocalDate[] dates = {null, null};
        EditFileLines.read(file, (number, cells) -> {
            if (header[0] == null) {
                Matcher m = EFFECTIVE.matcher(String.join(" ", cells));
                if (m.find()) {
                    try {
                        dates[0] = LocalDate.parse(m.group(1), CMS_DATE);
                        dates[1] = LocalDate.parse(m.group(2), CMS_DATE);
                    } catch (DateTimeParseException e) {
                        throw new CmsFileException(name, number, null, "unreadable effective dates: " + m.group());
                    }
                }
                if (EditFileLines.key(EditFileLines.cell(cells, 0)).equals("hcpcscode")) {
                    header[0] = new int[] {EditFileLines.column(cells, "hcpcscodedosage"),
                            EditFileLines.column(cells, "paymentlimit"), EditFileLines.column(cells, "coinsurance")};
                    if (header[0][0] < 0 || header[0][1] < 0 || header[0][2] < 0) {
                        throw new CmsFileException(name, number, null,
                                "header without HCPCS Code Dosage, Payment Limit and Co-insurance Percentage");
                    }
                }
                return;
            }
            Optional<HcpcsCode> code = HcpcsCode.parse(EditFileLines.cell(cells, 0));
            String limit = EditFileLines.cell(cells, header[0][1]);
            if (code.isEmpty() || limit.isEmpty() || limit.equals("N/A")) {
                return; // a row without a payment limit (radiopharmaceuticals priced by invoice) has nothing to look up
            }
            try {
                limits.add(new AspPrices.Limit(code.get(), EditFileLines.cell(cells, header[0][0]).replace(',', ' '),
                        new BigDecimal(limit), new Percent(new BigDecimal(EditFileLines.cell(cells, header[0][2])))));
            } catch (NumberFormatException e) {
                throw new CmsFileException(name, number, "Payment Limit", "not a number: " + limit);
            }
        });
        if (header[0] == null) {
            throw new CmsFileException(name, 0, "HCPCS Code", "no header row");
        }
        return new Result(limits, Optional.ofNullable(dates[0]), Optional.ofNullable(dates[1]));
    }
}
