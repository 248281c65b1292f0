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

    /** A drug code CMS discontinued and its replacement (edits/discontinued-drugs.csv); none by default. */
    default Optional<DiscontinuedDrug> discontinued(HcpcsCode code) {
        return Optional.empty();
    }

    /** The billable ICD-10-CM codes in force on the date, if an edition covers it. */
    default Optional<BillableDiagnoses> diagnoses(LocalDate dateOfService) {
        Optional<Edition> edition = edition(EditKind.ICD10CM, dateOfService); // no lambda: docs/performance.md
        return edition.isPresent() ? Optional.of(diagnoses(edition.get())) : Optional.empty();
    }

    default Optional<PtpEdits> ptp(EditTable table, LocalDate dateOfService) {
        Optional<Edition> edition = edition(EditKind.ptp(table), dateOfService); // no lambda: docs/performance.md
        return edition.isPresent() ? Optional.of(ptp(edition.get())) : Optional.empty();
    }

    default Optional<MueLimits> mue(EditTable table, LocalDate dateOfService) {
        Optional<Edition> edition = edition(EditKind.mue(table), dateOfService); // no lambda: docs/performance.md
        return edition.isPresent() ? Optional.of(mue(edition.get())) : Optional.empty();
    }

    default Optional<AspPrices> asp(LocalDate dateOfService) {
        Optional<Edition> edition = edition(EditKind.ASP, dateOfService); // no lambda: docs/performance.md
        return edition.isPresent() ? Optional.of(asp(edition.get())) : Optional.empty();
    }
}
