package com.epiduralestimator.cmsdata;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Cell parsing shared by the facility file readers; every failure names file, line and field. */
final class FacilityCells {
    private FacilityCells() {}

    static List<String> split(String file, int line, String text, char delimiter) {
        if (delimiter == '\t') {
            List<String> cells = new java.util.ArrayList<>(List.of(text.split("\t", -1)));
            cells.replaceAll(c -> c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")
                    ? c.substring(1, c.length() - 1).replace("\"\"", "\"") : c);
            return cells;
        }
        try {
            return Csv.split(text);
        } catch (IllegalArgumentException e) {
            throw new CmsFileException(file, line, null, "malformed CSV: " + e.getMessage());
        }
    }

    static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    /** A 5-character HCPCS code. */
    static String code(String file, int line, String field, String value) {
        if (value.length() != 5 || !Fields.allUpperOrDigit(value)) {
            throw new CmsFileException(file, line, field, "not a 5-character HCPCS code: '" + value + "'");
        }
        return value;
    }

    /**
     * Money as CMS writes it in its addenda: "$371.75", "$1,644.87 ", "000692.52", "$692.520"; blank or "." is
     * absent.
     */
    static Optional<BigDecimal> money(String file, int line, String field, String value) {
        String v = value.strip();
        if (v.isEmpty() || v.equals(".")) {
            return Optional.empty();
        }
        String plain = v.replace("$", "").replace(",", "").strip();
        return Optional.of(Fields.decimal(file, line, field, plain));
    }

    static Optional<BigDecimal> decimal(String file, int line, String field, String value) {
        String v = value.strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(Fields.decimal(file, line, field, v));
    }

    /** The column whose header, blanks collapsed and case ignored, equals or ends with {@code name}. */
    static int column(String file, int line, List<String> header, String name, boolean suffix) {
        String wanted = normalize(name);
        for (int i = 0; i < header.size(); i++) {
            String h = normalize(header.get(i));
            if (h.equals(wanted) || (suffix && h.endsWith(wanted))) {
                return i;
            }
        }
        throw new CmsFileException(file, line, name, "no column '" + name + "' in the header");
    }

    static String normalize(String header) {
        return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
