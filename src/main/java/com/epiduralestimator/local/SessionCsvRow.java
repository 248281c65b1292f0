package com.epiduralestimator.local;

import com.epiduralestimator.application.PatientIds;
import com.epiduralestimator.application.PerformedBy;
import com.epiduralestimator.cmsdata.Csv;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.WireNamed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of {@code import-sessions}' CSV (layout in {@link ImportSessionsCommand}), read strictly: a session as
 * {@code POST /v1/sessions} takes it. Reading a row is this class's job; recording it and reporting are the
 * command's.
 */
record SessionCsvRow(String patientId, LocalDate date, List<SessionLine> lines, PerformedBy performedBy) {
    static final List<String> HEADER = List.of("patient_id", "date_of_service", "codes", "performed_by");
    private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");
    private static final Pattern UNITS = Pattern.compile("x([1-9][0-9]?)");
    private static final int MAX_LINES = 10;

    /** A row's problem; messages name the column, never quote the value (it may be a patient id). */
    static final class RowException extends RuntimeException {
        RowException(String message) {
            super(message);
        }
    }

    /** The row of one CSV line, or a {@link RowException} naming the column at fault. */
    static SessionCsvRow parse(String line) {
        List<String> cells;
        try {
            cells = Csv.split(line);
        } catch (IllegalArgumentException e) {
            throw new RowException("malformed CSV: " + e.getMessage());
        }
        if (cells.size() != HEADER.size()) {
            throw new RowException("has " + cells.size() + " cells, not " + HEADER.size());
        }
        String patientId = cells.get(0);
        if (patientId.isBlank() || patientId.length() > PatientIds.MAX_LENGTH) {
            throw new RowException("patient_id: must be 1 to " + PatientIds.MAX_LENGTH + " characters");
        }
        try {
            PatientIds.canonical(patientId); // the API's closed set (issue 22): refused here as it is there
        } catch (InvalidFieldException e) {
            throw new RowException("patient_id: " + e.getMessage());
        }
        LocalDate date;
        try {
            String text = cells.get(1).strip();
            if (text.length() != 10) {
                throw new DateTimeParseException("length", text, 0);
            }
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RowException("date_of_service: must be an ISO-8601 date, e.g. 2025-06-01");
        }
        List<SessionLine> lines = lines(cells.get(2));
        String performed = cells.get(3).strip();
        PerformedBy performedBy = performed.isEmpty() ? PerformedBy.THIS_PRACTICE
                : WireNamed.parse(PerformedBy.class, performed).orElseThrow(() -> new RowException(
                        "performed_by: must be " + String.join(", ", WireNamed.wireNames(PerformedBy.class))
                                + " or empty"));
        return new SessionCsvRow(patientId, date, lines, performedBy);
    }

    private static List<SessionLine> lines(String codes) {
        if (codes.isBlank()) {
            throw new RowException("codes: at least one code is required");
        }
        String[] parts = codes.split(";", -1);
        if (parts.length > MAX_LINES) {
            throw new RowException("codes: at most " + MAX_LINES + " lines");
        }
        List<SessionLine> lines = new ArrayList<>();
        for (String part : parts) {
            String[] tokens = part.strip().split("\\s+");
            if (!HcpcsCode.wellFormed(tokens[0])) {
                throw new RowException("codes: each line starts with a 5-character HCPCS code, e.g. 62321");
            }
            int units = 1;
            List<String> modifiers = new ArrayList<>();
            for (int i = 1; i < tokens.length; i++) {
                var u = UNITS.matcher(tokens[i]);
                if (u.matches()) {
                    units = Integer.parseInt(u.group(1));
                } else if (MODIFIER.matcher(tokens[i]).matches() && !modifiers.contains(tokens[i])
                        && modifiers.size() < 4) {
                    modifiers.add(tokens[i]);
                } else {
                    throw new RowException("codes: after a code come xN (units, 1-99) and up to 4 distinct"
                            + " 2-character modifiers");
                }
            }
            lines.add(new SessionLine(new HcpcsCode(tokens[0]), units, modifiers));
        }
        return lines;
    }
}
