package com.epiduralestimator.cmsdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The shared reading of CMS's edit files (NCCI PTP and MUE, ASP): text, tab- or comma-separated, with preamble
 * rows (copyright notices, titles) before a header row. A line is split on tabs if it has any, else as CSV.
 */
final class EditFileLines {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private EditFileLines() {}

    /** Every line's cells with its 1-based number, streamed (CMS's whole PTP tables are large). */
    static void read(Path file, BiConsumer<Integer, List<String>> sink) {
        String name = CmsLines.fileName(file);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.ISO_8859_1), 1 << 16)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                int first = number;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.indexOf('\t') < 0) {
                    // A quoted CSV cell may hold line breaks (the ASP file's notes): read on to its closing quote.
                    StringBuilder whole = new StringBuilder(line);
                    while (quotes(whole) % 2 == 1) {
                        String next = in.readLine();
                        if (next == null) {
                            throw new CmsFileException(name, first, null, "a quoted cell is not closed");
                        }
                        number++;
                        whole.append('\n').append(next);
                    }
                    line = whole.toString();
                }
                if (line.isBlank()) {
                    continue;
                }
                sink.accept(first, line.indexOf('\t') >= 0 ? List.of(line.split("\t", -1))
                        : CmsLines.cells(name, first, line));
            }
        } catch (IOException e) {
            throw CmsLines.readFailure(name, e);
        }
    }

    private static long quotes(CharSequence line) {
        return line.chars().filter(c -> c == '"').count();
    }

    /** A header cell as compared: lower case, letters and digits only ("Column 1" and "column_1" → "column1"). */
    static String key(String cell) {
        return cell.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The index of the first cell whose key starts with {@code prefix}, or -1. */
    static int column(List<String> header, String prefix) {
        for (int i = 0; i < header.size(); i++) {
            if (key(header.get(i)).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    static String cell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
    }

    /** CMS's dates as the files write them: {@code 20240701}, or empty for none ({@code *}, {@code active(*)}). */
    static Optional<LocalDate> date(String file, int line, String field, String value) {
        String v = value.strip();
        if (v.isEmpty() || v.startsWith("*") || v.toLowerCase(Locale.ROOT).startsWith("active")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v, YYYYMMDD));
        } catch (DateTimeParseException e) {
            throw new CmsFileException(file, line, field, "not a date (YYYYMMDD): " + v);
        }
    }

    /** The first day of the quarter of {@code date}. */
    static LocalDate quarterStart(LocalDate date) {
        return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    /** {@code 2024Q3} for a date in July–September 2024. */
    static String quarterName(LocalDate start) {
        return start.getYear() + "Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }

    /** {@code 2026Q1} → 1 January 2026. */
    static LocalDate parseQuarter(String quarter) {
        if (!quarter.matches("\\d{4}Q[1-4]")) {
            throw new IllegalArgumentException("a quarter is written 2026Q1, not " + quarter);
        }
        return LocalDate.of(Integer.parseInt(quarter.substring(0, 4)),
                (Integer.parseInt(quarter.substring(5)) - 1) * 3 + 1, 1);
    }
}
