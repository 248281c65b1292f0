package com.epiduralestimator.cmsdata;

import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.MueLimits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CMS's quarterly MUE files (practitioner, outpatient hospital): a preamble, then "HCPCS/CPT Code, Practitioner
 * Services MUE Values (or Outpatient Hospital Services MUE Values), MUE Adjudication Indicator, MUE Rationale"
 * and, where the file has it, "Effective Date". The indicator is CMS's text ("3 Date of Service Edit: Clinical"):
 * its leading digit is the MAI. Extracts with {@code hcpcs_code,mue_value,mai} read the same; a code with no value
 * (not in the table) is left out.
 */
public final class MueFileReader {
    private MueFileReader() {}

    public record Result(List<MueLimits.Limit> limits, Optional<LocalDate> latestEffective) {}

    public static Result read(Path file) {
        String name = CmsLines.fileName(file);
        List<MueLimits.Limit> limits = new ArrayList<>();
        int[][] header = {null};
        LocalDate[] latest = {null};
        EditFileLines.read(file, (number, cells) -> {
            if (header[0] == null) {
                String first = EditFileLines.key(EditFileLines.cell(cells, 0));
                if (first.startsWith("hcpcs")) {
                    int value = -1;
                    for (int i = 1; i < cells.size(); i++) {
                        String k = EditFileLines.key(cells.get(i));
                        if (k.contains("mue") && k.contains("value")) {
                            value = i;
                            break;
                        }
                    }
                    int mai = EditFileLines.column(cells, "mueadjudication");
                    header[0] = new int[] {value, mai < 0 ? EditFileLines.column(cells, "mai") : mai,
                            EditFileLines.column(cells, "effective")};
                    if (header[0][0] < 0 || header[0][1] < 0) {
                        throw new CmsFileException(name, number, null, "header without MUE value and MAI columns");
                    }
                }
                return;
            }
            Optional<HcpcsCode> code = HcpcsCode.parse(EditFileLines.cell(cells, 0));
            String value = EditFileLines.cell(cells, header[0][0]);
            if (code.isEmpty() || value.isEmpty()) {
                return;
            }
            String mai = EditFileLines.cell(cells, header[0][1]);
            if (!value.matches("\\d+") || mai.isEmpty() || "123".indexOf(mai.charAt(0)) < 0) {
                throw new CmsFileException(name, number, "MUE", "value " + value + ", MAI " + mai);
            }
            EditFileLines.date(name, number, "Effective Date", EditFileLines.cell(cells, header[0][2]))
                    .ifPresent(e -> latest[0] = latest[0] == null || e.isAfter(latest[0]) ? e : latest[0]);
            limits.add(new MueLimits.Limit(code.get(), Integer.parseInt(value), mai.charAt(0) - '0'));
        });
        if (header[0] == null) {
            throw new CmsFileException(name, 0, "HCPCS/CPT Code", "no header row");
        }
        return new Result(limits, Optional.ofNullable(latest[0]));
    }
}
