package com.epiduralestimator.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.cmsdata.BundledEdits;
import com.epiduralestimator.domain.EditKind;
import com.epiduralestimator.domain.EditTable;
import com.epiduralestimator.domain.Edition;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.PtpEdits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The store of editions loaded with {@code load-edits} (docs/claims-edits.md), on each store the subclass supplies,
 * and the catalog in front of it: a loaded edition answers for its dates, the bundled one for the others; nothing is
 * read until a table is needed, then the list once and each table once per container.
 */
public abstract class EditStoreContract {
    static final String SHA = "b566d407c5578a2dfd1d2801003712e68f0cccaacc2c026da5e1b560f980bf32";
    static final Edition Q1_2026 = new Edition(EditKind.PTP_PRACTITIONER, "2026Q1", LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-03-31"), false, List.of());

    /** A fresh, empty store. */
    protected abstract EditStore store();

    /** The reads the store has answered so far (DynamoDB: requests). */
    protected abstract int reads();

    static LoadedEdition loaded(Edition edition, int rows) {
        return new LoadedEdition(edition, List.of(new ScheduleSource(edition.kind().wireName(),
                "ccipra-v321r0-f1.txt", SHA)), rows, Optional.of(Instant.parse("2026-01-05T10:00:00Z")));
    }

    @Test
    void aSavedEditionIsListedWithItsSourcesAndReadBackWhole() {
        EditStore store = store();
        assertThat(store.editions()).isEmpty();
        String table = EditionText.ptp(List.of(new PtpEdits.Pair(new HcpcsCode("64635"), new HcpcsCode("64493"), 1),
                new PtpEdits.Pair(new HcpcsCode("62323"), new HcpcsCode("64483"), 1)));
        store.save(loaded(Q1_2026, 2), table);
        assertThat(store.editions()).singleElement().satisfies(e -> {
            assertThat(e.edition()).isEqualTo(Q1_2026);
            assertThat(e.rows()).isEqualTo(2);
            assertThat(e.sources()).singleElement().satisfies(s -> assertThat(s.sha256()).isEqualTo(SHA));
            assertThat(e.loadedAt()).contains(Instant.parse("2026-01-05T10:00:00Z"));
        });
        assertThat(store.content(Q1_2026)).isEqualTo(table);
    }

    @Test
    void aReloadOfTheSameEditionReplacesIt() {
        EditStore store = store();
        store.save(loaded(Q1_2026, 1), "62323\t644831\n");
        store.save(loaded(Q1_2026, 1), "62323\t644830\n");
        assertThat(store.editions()).hasSize(1);
        assertThat(store.content(Q1_2026)).isEqualTo("62323\t644830\n");
    }

    @Test
    void aTableLargerThanOneItemIsStoredInPiecesAndReadBackWhole() {
        StringBuilder codes = new StringBuilder();
        java.util.Random random = new java.util.Random(18);
        for (int i = 0; i < 120_000; i++) {
            codes.append(Integer.toString(random.nextInt(Integer.MAX_VALUE), 36)).append('\n');
        }
        Edition fy2027 = new Edition(EditKind.ICD10CM, "FY2027", LocalDate.parse("2026-10-01"),
                LocalDate.parse("2027-09-30"), false, List.of());
        EditStore store = store();
        store.save(loaded(fy2027, 120_000), codes.toString());
        assertThat(store.content(fy2027)).isEqualTo(codes.toString());
    }

    @Test
    void theLoadedEditionAnswersItsQuarterAndTheBundledOneTheRestReadLazilyOncePerContainer() {
        EditStore store = store();
        store.save(loaded(Q1_2026, 1), EditionText.ptp(List.of(
                new PtpEdits.Pair(new HcpcsCode("64635"), new HcpcsCode("64493"), 0))));
        int before = reads();
        ClaimEditsCatalog catalog = new ClaimEditsCatalog(new BundledEdits(), store);
        assertThat(reads()).as("nothing is read when the catalog is built").isEqualTo(before);

        PtpEdits q1 = catalog.ptp(EditTable.PRACTITIONER, LocalDate.parse("2026-02-02")).orElseThrow();
        assertThat(q1.edition()).isEqualTo(Q1_2026);
        assertThat(q1.between(new HcpcsCode("64493"), new HcpcsCode("64635")).orElseThrow().modifierIndicator())
                .isZero();
        assertThat(reads() - before).as("the list, then the table").isEqualTo(2);

        catalog.ptp(EditTable.PRACTITIONER, LocalDate.parse("2026-03-31")).orElseThrow();
        assertThat(reads() - before).as("cached per container").isEqualTo(2);

        PtpEdits q3 = catalog.ptp(EditTable.PRACTITIONER, LocalDate.parse("2024-08-01")).orElseThrow();
        assertThat(q3.edition().bundled()).isTrue();
        assertThat(q3.edition().name()).isEqualTo("2024Q3");
        assertThat(reads() - before).as("a bundled table reads no store").isEqualTo(2);
        // after the loaded quarter the newest edition that started before the date answers: the loaded one
        assertThat(catalog.edition(EditKind.PTP_PRACTITIONER, LocalDate.parse("2026-12-01"))).contains(Q1_2026);
        // GET /v1/schedules lists both, the loaded ones read afresh
        assertThat(catalog.currentEditions()).extracting(e -> e.edition().kind().wireName() + " "
                + e.edition().name()).contains("ncci-ptp-practitioner 2024Q3", "ncci-ptp-practitioner 2026Q1");
    }
}
