package com.epiduralestimator.application;

import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.OppsCap;
import java.util.List;

/**
 * One HCPCS code of a schedule year: every modifier row of the RVU file, in file order, and CMS's OPPS caps of
 * those rows per locality (none for most codes).
 *
 * @param sourceLines how many lines of the source file the code took (progress reporting)
 */
public record CodeSchedule(String code, List<FeeRow> rows, List<OppsCap> caps, int sourceLines) {
    public CodeSchedule {
        rows = List.copyOf(rows);
        caps = List.copyOf(caps);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a code has at least one row");
        }
    }
}
