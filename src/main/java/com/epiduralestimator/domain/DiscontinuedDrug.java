package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A Part B drug code CMS discontinued and the code that replaced it (edits/discontinued-drugs.csv; J1030,
 * methylprednisolone acetate 40 mg, ended 31 March 2024: J1010 per 1 mg, 40 units for one unit of J1030).
 *
 * @param lastDay                 the last date of service the code was valid
 * @param replacementUnitsPerUnit the units of the replacement that one unit of the discontinued code is
 * @param label                   our plain words for the drug and dose
 */
public record DiscontinuedDrug(HcpcsCode code, LocalDate lastDay, HcpcsCode replacement, int replacementUnitsPerUnit,
                               String label) {
    public DiscontinuedDrug {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(label, "label");
        if (replacementUnitsPerUnit < 1) {
            throw new IllegalArgumentException("replacementUnitsPerUnit must be at least 1");
        }
    }

    /** Whether the code is no longer valid on the date of service. */
    public boolean endedBefore(LocalDate dateOfService) {
        return dateOfService.isAfter(lastDay);
    }

    /** The replacement line for a line of the discontinued code: its units × replacementUnitsPerUnit. */
    public SessionLine replace(SessionLine line) {
        return line.withCode(replacement).withUnits(line.units() * replacementUnitsPerUnit);
    }
}
