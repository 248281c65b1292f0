package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The claim-edit tables the rules consult, by the date of service (medicare-rules.md section 6). The domain states
 * what it needs; the application answers from the bundled editions and those loaded with {@code load-edits}, and
 * reads a table only when a rule first asks for it (the cold start reads none).
 */
public interface ClaimEdits {
    /** The edition of a table that answers for the date, without reading the table itself. */
    Optional<Edition> edition(EditKind kind, LocalDate dateOfService);

    /** Every edition of a table, without reading any table (what a response says is loaded). */
    java.util.List<Edition> editions(EditKind kind);

    BillableDiagnoses diagnoses(Edition edition);

    PtpEdits ptp(Edition edition);

    MueLimits mue(Edition edition);

    AspPrices asp(Edition edition);

    /** The billable ICD-10-CM codes in force on the date, if an edition covers it. */
    default Optional<BillableDiagnoses> diagnoses(LocalDate dateOfService) {
        return edition(EditKind.ICD10CM, dateOfService).map(this::diagnoses);
    }

    default Optional<PtpEdits> ptp(EditTable table, LocalDate dateOfService) {
        return edition(EditKind.ptp(table), dateOfService).map(this::ptp);
    }

    default Optional<MueLimits> mue(EditTable table, LocalDate dateOfService) {
        return edition(EditKind.mue(table), dateOfService).map(this::mue);
    }

    default Optional<AspPrices> asp(LocalDate dateOfService) {
        return edition(EditKind.ASP, dateOfService).map(this::asp);
    }
}
