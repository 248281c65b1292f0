package com.epiduralestimator.cmsdata;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line (RFC 4180 quoting: a quoted cell may hold commas, {@code ""} is a literal quote).
 * CMS's CSV files never break a record over several lines, so a quote left open at the end of the line is an error.
 */
public final class Csv {
    private Csv() {}

    /** The cells of {@code line}; throws {@link IllegalArgumentException} on malformed quoting. */
    public static List<String> split(String line) {
        List<String> cells = new ArrayList<>(32);
        int n = line.length();
        int i = 0;
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                StringBuilder cell = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("quoted cell " + (cells.size() + 1) + " is not closed");
                    }
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        cell.append(c);
                        i++;
                    }
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after the closing quote of cell " + (cells.size() + 1));
                }
                cells.add(cell.toString());
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                String cell = line.substring(i, end);
                if (cell.indexOf('"') >= 0) {
                    throw new IllegalArgumentException("stray quote in unquoted cell " + (cells.size() + 1));
                }
                cells.add(cell);
                i = end;
            }
            if (i >= n) {
                return cells;
            }
            i++; // skip the comma
        }
    }

    /** Quotes a cell for writing if it holds a comma, a quote or surrounding blanks. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.equals(cell.strip())) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    static boolean allBlank(List<String> cells, int from) {
        for (int i = from; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
