package com.epiduralestimator.application;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.adapter.memory.InMemoryFeeSchedule;
import com.epiduralestimator.domain.FeeNotFoundException;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.UnsupportedRequestException;
import com.epiduralestimator.domain.ZipCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeeLookupTest {
    private static final LocalDate JUNE_2025 = LocalDate.parse("2025-06-01");

    private static FeeLookup lookup(ScheduleData... years) {
        return new FeeLookup(new InMemoryFeeSchedule(List.of(years)));
    }

    private static ScheduleData with(ScheduleData base, FeeRow... extraRows) {
        List<FeeRow> rows = new ArrayList<>(base.rows());
        rows.addAll(List.of(extraRows));
        return new ScheduleData(base.year(), rows, base.localities(), base.zips(), List.of(), List.of());
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void noPlaceGivenIsNationalAndSaysSo() {
        FeeResolution fee = lookup(TestSchedules.year2025()).resolve(JUNE_2025, Set.of(new HcpcsCode("62321")), "",
                Setting.NON_FACILITY, Optional.empty(), Optional.empty(), false);
        assertThat(fee.source()).isEqualTo("national");
        assertThat(fee.quotes().get(new HcpcsCode("62321")).amount()).isEqualByComparingTo(dollars("251.01"));
        assertThat(fee.findings()).isEmpty();
        assertThat(fee.assumptions()).containsExactly("No locality or ZIP given: the national amount is used.");
    }

    @Test
    void aWellFormedLocalityTheScheduleLacksIsNationalWithAWarning() {
        FeeResolution fee = lookup(TestSchedules.year2025()).resolve(JUNE_2025, Set.of(new HcpcsCode("62321")), "",
                Setting.FACILITY, Optional.of(new LocalityId("9999999")), Optional.empty(), false);
        assertThat(fee.source()).isEqualTo("national");
        assertThat(fee.quotes().get(new HcpcsCode("62321")).amount()).isEqualByComparingTo(dollars("103.83"));
        assertThat(codes(fee.findings())).containsExactly("FEE-NATIONAL-DEFAULT");
    }

    @Test
    void aZipIsPricedInItsLocalityAndASplitZipIsFlagged() {
        FeeLookup lookup = lookup(TestSchedules.year2025());
        FeeResolution sf = lookup.resolve(JUNE_2025, Set.of(new HcpcsCode("62321")), "", Setting.FACILITY, Optional.empty(),
                Optional.of(new ZipCode("94103")), false);
        assertThat(sf.locality().orElseThrow().id().value()).isEqualTo("0111205");
        assertThat(sf.quotes().get(new HcpcsCode("62321")).amount()).isEqualByComparingTo(dollars("120.79"));
        assertThat(sf.findings()).isEmpty();
        FeeResolution split = lookup.resolve(JUNE_2025, Set.of(new HcpcsCode("62321")), "", Setting.FACILITY, Optional.empty(),
                Optional.of(new ZipCode("10001")), false);
        assertThat(codes(split.findings())).containsExactly("FEE-ZIP-PLUS-FOUR");
        FeeResolution unknown = lookup.resolve(JUNE_2025, Set.of(new HcpcsCode("62321")), "", Setting.FACILITY, Optional.empty(),
                Optional.of(new ZipCode("00000")), false);
        assertThat(unknown.source()).isEqualTo("national");
        assertThat(codes(unknown.findings())).containsExactly("FEE-NATIONAL-DEFAULT");
    }

    @Test
    void aYearNotLoadedUsesTheLatestEarlierYearWithAWarningNeverALaterOne() {
        ScheduleData y2024 = new ScheduleData(TestSchedules.PARAMETERS_2024,
                TestSchedules.ESI_ROWS_2025, List.of(), List.of(), List.of(), List.of());
        FeeLookup lookup = lookup(y2024, TestSchedules.year2025());
        FeeResolution fee = lookup.resolve(LocalDate.parse("2026-02-01"), Set.of(new HcpcsCode("62321")), "",
                Setting.NON_FACILITY, Optional.empty(), Optional.empty(), false);
        assertThat(fee.year().year()).isEqualTo(2025);
        assertThat(fee.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("FEE-YEAR");
            assertThat(f.message()).contains("2026", "2025");
        });
        assertThat(lookup.resolve(LocalDate.parse("2024-12-31"), Set.of(new HcpcsCode("62321")), "", Setting.NON_FACILITY,
                Optional.empty(), Optional.empty(), false).year().year()).isEqualTo(2024);
        assertThatThrownBy(() -> lookup.resolve(LocalDate.parse("2023-06-01"), Set.of(new HcpcsCode("62321")), "",
                Setting.NON_FACILITY, Optional.empty(), Optional.empty(), false))
                .isInstanceOf(FeeNotFoundException.class).hasMessageContaining("2023");
    }

    @Test
    void aCodeOrModifierTheYearLacksIsNotFound() {
        FeeLookup lookup = lookup(TestSchedules.year2025());
        assertThatThrownBy(() -> lookup.resolve(JUNE_2025, Set.of(new HcpcsCode("99999")), "", Setting.FACILITY, Optional.empty(),
                Optional.empty(), false)).isInstanceOf(FeeNotFoundException.class).hasMessageContaining("99999");
        assertThatThrownBy(() -> lookup.resolve(JUNE_2025, Set.of(new HcpcsCode("62321")), "26", Setting.FACILITY,
                Optional.empty(), Optional.empty(), false)).isInstanceOf(FeeNotFoundException.class)
                .hasMessageContaining("modifier 26");
    }

    @Test
    void aCodeCmsDoesNotPriceIsUnsupportedAndTheStatusIsExplained() {
        FeeRow bundled = new FeeRow("99211", "", 'B', BigDecimal.ONE, BigDecimal.ONE, false, BigDecimal.ONE, false,
                BigDecimal.ZERO, "0", "XXX", 0, 0);
        FeeLookup lookup = lookup(with(TestSchedules.year2025(), bundled));
        assertThatThrownBy(() -> lookup.resolve(JUNE_2025, Set.of(new HcpcsCode("99211")), "", Setting.FACILITY, Optional.empty(),
                Optional.empty(), false)).isInstanceOfSatisfying(UnsupportedRequestException.class, e -> {
                    assertThat(e.rule()).isEqualTo("FEE-STATUS");
                    assertThat(e.getMessage()).contains("status B", "bundled");
                });
    }

    @Test
    void statusesRAndTArePriced() {
        FeeRow restricted = new FeeRow("00001", "", 'R', BigDecimal.ONE, BigDecimal.ONE, false, BigDecimal.ONE,
                false, BigDecimal.ZERO, "0", "XXX", 0, 0);
        FeeRow injection = new FeeRow("00002", "", 'T', BigDecimal.ONE, BigDecimal.ONE, false, BigDecimal.ONE,
                false, BigDecimal.ZERO, "0", "XXX", 0, 0);
        FeeResolution fee = lookup(with(TestSchedules.year2025(), restricted, injection)).resolve(JUNE_2025,
                Set.of(new HcpcsCode("00001"), new HcpcsCode("00002")), "", Setting.FACILITY, Optional.empty(), Optional.empty(), false);
        assertThat(fee.quotes().get(new HcpcsCode("00001")).amount()).isEqualByComparingTo(dollars("64.69")); // 2 RVU × 32.3465
        assertThat(fee.quotes().get(new HcpcsCode("00002")).amount()).isEqualByComparingTo(dollars("64.69"));
    }

    @Test
    void theNaIndicatorIsSaid() {
        FeeRow facilityOnly = new FeeRow("00003", "", 'A', BigDecimal.ONE, BigDecimal.ONE, true, BigDecimal.ONE,
                false, BigDecimal.ZERO, "0", "090", 2, 0);
        FeeLookup lookup = lookup(with(TestSchedules.year2025(), facilityOnly));
        assertThat(codes(lookup.resolve(JUNE_2025, Set.of(new HcpcsCode("00003")), "", Setting.NON_FACILITY, Optional.empty(),
                Optional.empty(), false).findings())).containsExactly("FEE-NA");
        assertThat(lookup.resolve(JUNE_2025, Set.of(new HcpcsCode("00003")), "", Setting.FACILITY, Optional.empty(),
                Optional.empty(), false).findings()).isEmpty();
    }
}
