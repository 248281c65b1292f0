package com.epiduralestimator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packed edit tables and the choice of the edition that answers for a date. */
class EditTablesTest {
    private static final Edition FY2026 = new Edition(EditKind.ICD10CM, "FY2026", LocalDate.parse("2025-10-01"),
            LocalDate.parse("2026-09-30"), false, List.of());
    private static final Edition PTP = new Edition(EditKind.PTP_PRACTITIONER, "2024Q3",
            LocalDate.parse("2024-07-01"), LocalDate.parse("2024-09-30"), true, List.of());

    @Test
    void diagnosesPackedFromSortedTextOrReadTheSlowWayWhenNotSorted() {
        BillableDiagnoses sorted = BillableDiagnoses.ofSortedText(FY2026, "G8918\nM5416\nM5450\n");
        BillableDiagnoses unsorted = BillableDiagnoses.ofSortedText(FY2026, "M5450\nm54.16\nG8918\n");
        for (BillableDiagnoses d : List.of(sorted, unsorted)) {
            assertThat(d.size()).isEqualTo(3);
            assertThat(d.billable("M54.16")).isTrue();
            assertThat(d.billable("m5416")).isTrue();
            assertThat(d.billable("M541")).isFalse();
            assertThat(d.billable("M54160")).isFalse();
            assertThat(d.billable("")).isFalse();
        }
    }

    @Test
    void ptpPackedFromSortedTextRefusesAnythingElse() {
        PtpEdits ptp = PtpEdits.ofSortedText(PTP, "62321\t644791,770031\n62323\t644830\n");
        assertThat(ptp.size()).isEqualTo(3);
        assertThat(ptp.between(new HcpcsCode("64479"), new HcpcsCode("62321")).orElseThrow())
                .isEqualTo(new PtpEdits.Pair(new HcpcsCode("62321"), new HcpcsCode("64479"), 1));
        assertThat(ptp.pair(new HcpcsCode("62323"), new HcpcsCode("64483")).orElseThrow().modifierAllowed()).isFalse();
        assertThat(ptp.pair(new HcpcsCode("64479"), new HcpcsCode("62321"))).isEmpty();
        assertThatThrownBy(() -> PtpEdits.ofSortedText(PTP, "62321\t770031,644791\n"))
                .hasMessageContaining("out of order");
        assertThatThrownBy(() -> PtpEdits.ofSortedText(PTP, "62321\t644799\n")).hasMessageContaining("indicator");
    }

    @Test
    void anAscClaimIsEditedWithThePractitionerTablesAHospitalsWithTheHospitalTables() {
        assertThat(EditTable.of(FacilityType.ASC)).isEqualTo(EditTable.PRACTITIONER);
        assertThat(EditTable.of(FacilityType.HOSPITAL_OUTPATIENT)).isEqualTo(EditTable.HOSPITAL);
        assertThat(EditTable.of(FacilityType.HOSPITAL_OUTPATIENT_OFF_CAMPUS)).isEqualTo(EditTable.HOSPITAL);
        assertThat(EditKind.ptp(EditTable.HOSPITAL)).isEqualTo(EditKind.PTP_HOSPITAL);
        assertThat(EditKind.mue(EditTable.PRACTITIONER)).isEqualTo(EditKind.MUE_PRACTITIONER);
    }

    @Test
    void theEditionInForceAnswersElseTheNewestBeforeTheDateButNeverForIcd10() {
        Edition q1 = new Edition(EditKind.PTP_PRACTITIONER, "2026Q1", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-03-31"), false, List.of());
        List<Edition> all = List.of(PTP, q1, FY2026);
        assertThat(Edition.answering(all, EditKind.PTP_PRACTITIONER, LocalDate.parse("2024-08-01"))).contains(PTP);
        assertThat(Edition.answering(all, EditKind.PTP_PRACTITIONER, LocalDate.parse("2025-06-01"))).contains(PTP);
        assertThat(Edition.answering(all, EditKind.PTP_PRACTITIONER, LocalDate.parse("2026-12-01"))).contains(q1);
        assertThat(Edition.answering(all, EditKind.PTP_PRACTITIONER, LocalDate.parse("2023-01-01"))).contains(PTP);
        assertThat(Edition.answering(all, EditKind.ICD10CM, LocalDate.parse("2026-10-01"))).isEmpty();
        assertThat(Edition.answering(all, EditKind.PTP_HOSPITAL, LocalDate.parse("2024-08-01"))).isEmpty();
        // a loaded edition of the same start is preferred to the bundled one
        Edition loadedQ3 = new Edition(EditKind.PTP_PRACTITIONER, "2024Q3", LocalDate.parse("2024-07-01"),
                LocalDate.parse("2024-09-30"), false, List.of());
        assertThat(Edition.answering(List.of(PTP, loadedQ3), EditKind.PTP_PRACTITIONER,
                LocalDate.parse("2024-08-01"))).contains(loadedQ3);
    }
}
