package com.epiduralestimator.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.memory.InMemoryEditStore;
import com.epiduralestimator.domain.AspPrices;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.Percent;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Setting;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ASP table is read only when an estimate has an office drug line: the cold start does no new work. */
class OfficeDrugsTest {
    private static final LocalDate D = LocalDate.parse("2026-03-02");

    private static SessionLine line(String code) {
        return new SessionLine(new HcpcsCode(code), 1, List.of());
    }

    private static InMemoryEditStore storeWithAQuarter() {
        InMemoryEditStore store = new InMemoryEditStore();
        store.save(new LoadedEdition(EncounterEstimateContract.Q1_2026, List.of(new ScheduleSource("asp",
                "asp-2026Q1-test.csv", "0".repeat(64))), 1, Optional.of(Instant.parse("2026-01-05T10:00:00Z"))),
                EditionText.asp(List.of(new AspPrices.Limit(new HcpcsCode("J3301"), "10 MG", new BigDecimal("0.900"),
                        Percent.of("20")))));
        return store;
    }

    @Test
    void noDrugLineReadsNothing() {
        InMemoryEditStore store = storeWithAQuarter();
        int before = store.reads();
        ClaimEditsCatalog edits = new ClaimEditsCatalog(EditSource.NONE, store);
        OfficeDrugs none = OfficeDrugs.read(edits, D, List.of(line("62321"), line("99213")), Setting.NON_FACILITY);
        assertThat(store.reads()).isEqualTo(before);
        assertThat(none.findings()).isEmpty();
        assertThat(none.assumptions()).isEmpty();
        // a drug in a facility is the facility's: no ASP read either
        OfficeDrugs.read(edits, D, List.of(line("62321"), line("J3301")), Setting.FACILITY);
        assertThat(store.reads()).isEqualTo(before);
    }

    @Test
    void anOfficeDrugLineReadsTheListAndTheQuarterOnce() {
        InMemoryEditStore store = storeWithAQuarter();
        int before = store.reads();
        ClaimEditsCatalog edits = new ClaimEditsCatalog(EditSource.NONE, store);
        OfficeDrugs.read(edits, D, List.of(line("62321"), line("J3301")), Setting.NON_FACILITY);
        assertThat(store.reads()).isEqualTo(before + 2); // the list of editions, then the 2026Q1 table
        OfficeDrugs.read(edits, D, List.of(line("62321"), line("J3301")), Setting.NON_FACILITY);
        assertThat(store.reads()).isEqualTo(before + 2); // once per container
    }
}
