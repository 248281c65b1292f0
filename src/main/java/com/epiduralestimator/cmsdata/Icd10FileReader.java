package com.epiduralestimator.cmsdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CMS's ICD-10-CM code files, whichever of the fiscal year's "Code Descriptions in Tabular Order" the user has:
 * the order file ({@code icd10cm_order_2026.txt}: fixed width, a 5-digit order number, the code padded to 7, then
 * 1 for a billable code or 0 for a header, then the descriptions), the codes file ({@code icd10cm_codes_2026.txt}:
 * billable codes only, each followed by its description) or a bare list of billable codes, one a line. Only the
 * billable codes are kept, undotted; descriptions are never read.
 */
public final class Icd10FileReader {
    private static final Pattern ORDER = Pattern.compile("^\\d{5} ([A-Z0-9]{3,7})\\s+([01]) ");
    private static final Pattern CODE = Pattern.compile("^([A-Z][0-9A-Z][A-Z0-9]{1,5})(\\s|$)");

    private Icd10FileReader() {}

    public static List<String> read(Path file) {
        String name = CmsLines.fileName(file);
        List<String> codes = new ArrayList<>(80_000);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.ISO_8859_1), 1 << 16)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Matcher order = ORDER.matcher(line);
                if (order.find()) {
                    if (order.group(2).equals("1")) {
                        codes.add(order.group(1));
                    }
                    continue;
                }
                Matcher code = CODE.matcher(line);
                if (!code.find()) {
                    throw new CmsFileException(name, number, "code", "not an ICD-10-CM code line");
                }
                codes.add(code.group(1));
            }
        } catch (IOException e) {
            throw CmsLines.readFailure(name, e);
        }
        if (codes.isEmpty()) {
            throw new CmsFileException(name, 0, "code", "no billable code");
        }
        return codes;
    }
}
