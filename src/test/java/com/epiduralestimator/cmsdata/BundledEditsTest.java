package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.application.ClaimEditsCatalog;
import com.epiduralestimator.application.EditSource;
import com.epiduralestimator.application.LoadedEdition;
import com.epiduralestimator.domain.AspPrices;
import com.epiduralestimator.domain.BillableDiagnoses;
import com.epiduralestimator.domain.EditKind;
import com.epiduralestimator.domain.EditTable;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.MueLimits;
import com.epiduralestimator.domain.PtpEdits;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled editions as the data folder's README describes them (figures read from its files). */
class BundledEditsTest {
    private static final ClaimEditsCatalog EDITS = new ClaimEditsCatalog(new BundledEdits(), EditSource.NONE);
    private static final LocalDate Q3_2024 = LocalDate.parse("2024-08-01");

    private static HcpcsCode c(String code) {
        return new HcpcsCode(code);
    }

    @Test
    void eachEditionNamesItsSourceFileWithTheSha256TheReadmeGives() {
        Map<String, LoadedEdition> byKind = new BundledEdits().editions().stream()
                .collect(Collectors.toMap(e -> e.edition().kind().wireName(), e -> e));
        assertThat(byKind).hasSize(6);
        assertThat(byKind.get("icd10cm").sources().get(0).sha256())
                .isEqualTo("ccb789655997399cfc71570148650921f64a740d1e8f43b3c4c8ac4ccfd273a6");
        assertThat(byKind.get("ncci-ptp-practitioner").sources().get(0).sha256())
                .isEqualTo("b566d407c5578a2dfd1d2801003712e68f0cccaacc2c026da5e1b560f980bf32");
        assertThat(byKind.get("ncci-ptp-hospital").sources().get(0).sha256())
                .isEqualTo("ab1321a903e8026664e894f1dcc5c551b844e49ac68f63a8588fbf6931047664");
        assertThat(byKind.get("mue-practitioner").sources().get(0).sha256()).startsWith("5d5566ff").endsWith("e6e5");
        assertThat(byKind.get("mue-hospital").sources().get(0).sha256()).startsWith("16e1a609").endsWith("c13f");
        assertThat(byKind.get("asp").sources().get(0).sha256())
                .isEqualTo("1f1ef4c3b5e1856db879b97a1e0326d51c0b568fd3968d68216577f4af7b13a3");
        assertThat(byKind.get("ncci-ptp-practitioner").edition().scope()).hasSize(10);
    }

    @Test
    void icd10FiscalYear2026HasEveryBillableCodeAndNoHeader() {
        BillableDiagnoses codes = EDITS.diagnoses(LocalDate.parse("2026-03-02")).orElseThrow();
        assertThat(codes.size()).isEqualTo(74_719);
        assertThat(codes.billable("G89.18")).isTrue();
        assertThat(codes.billable("G8912")).isTrue();
        assertThat(codes.billable("M5450")).isTrue();
        assertThat(codes.billable("M54.59")).isTrue();
        assertThat(codes.billable("M545")).isFalse();
        assertThat(codes.billable("M5136")).isFalse();
        assertThat(codes.billable("M4806")).isFalse();
        assertThat(codes.billable("M5416X")).isFalse();
        // FY2026 runs 1 October 2025 – 30 September 2026: outside it, no edition answers
        assertThat(EDITS.diagnoses(LocalDate.parse("2025-09-30"))).isEmpty();
        assertThat(EDITS.diagnoses(LocalDate.parse("2026-10-01"))).isEmpty();
    }

    @Test
    void ptpPairsOfTheReadme() {
        PtpEdits practitioner = EDITS.ptp(EditTable.PRACTITIONER, Q3_2024).orElseThrow();
        PtpEdits hospital = EDITS.ptp(EditTable.HOSPITAL, Q3_2024).orElseThrow();
        assertThat(practitioner.size()).isEqualTo(48_506);
        assertThat(hospital.size()).isEqualTo(48_301);
        assertThat(practitioner.pair(c("62321"), c("64479")).orElseThrow().modifierIndicator()).isEqualTo(1);
        assertThat(hospital.between(c("62321"), c("64479"))).isEmpty();
        assertThat(hospital.pair(c("62323"), c("64483"))).isPresent();
        for (String esi : new String[] {"62321", "62323", "64479", "64483"}) {
            assertThat(practitioner.pair(c(esi), c("77003"))).as(esi).isPresent();
            assertThat(practitioner.pair(c(esi), c("77012"))).as(esi).isPresent();
            assertThat(practitioner.pair(c("64635"), c(esi))).as(esi).isPresent();
        }
        assertThat(practitioner.pair(c("62321"), c("99213"))).isPresent();
    }

    @Test
    void muesOfTheReadme() {
        MueLimits mue = EDITS.mue(EditTable.PRACTITIONER, Q3_2024).orElseThrow();
        assertThat(mue.of(c("62321")).orElseThrow()).isEqualTo(new MueLimits.Limit(c("62321"), 1, 3));
        assertThat(mue.of(c("64483")).orElseThrow()).isEqualTo(new MueLimits.Limit(c("64483"), 1, 2));
        assertThat(mue.of(c("64484")).orElseThrow()).isEqualTo(new MueLimits.Limit(c("64484"), 4, 3));
        assertThat(mue.of(c("99153")).orElseThrow().value()).isEqualTo(9);
        assertThat(mue.of(c("J1030"))).as("not in the table").isEmpty();
        assertThat(EDITS.mue(EditTable.HOSPITAL, Q3_2024).orElseThrow().of(c("99153")).orElseThrow().value())
                .isEqualTo(12);
    }

    @Test
    void aspLimitsOfTheReadmeAndTheirCoinsurance() {
        AspPrices asp = EDITS.asp(LocalDate.parse("2025-11-15")).orElseThrow();
        assertThat(asp.edition().describe()).isEqualTo(
                "ASP drug payment limits 2025Q4 (effective 2025-10-01 to 2025-12-31)");
        AspPrices.Limit dexamethasone = asp.of(c("J1100")).orElseThrow();
        assertThat(dexamethasone.billingUnit()).isEqualTo("1 MG");
        // 10 mg of dexamethasone: 10 x 0.094 = 0.94
        assertThat(dexamethasone.allowed(10).toString()).isEqualTo("0.94");
        // triamcinolone J3301 per 10 mg: 4 units (40 mg) x 0.844 = 3.376 → 3.38
        assertThat(asp.of(c("J3301")).orElseThrow().allowed(4).toString()).isEqualTo("3.38");
        assertThat(asp.of(c("J3300")).orElseThrow().coinsurance().value()).isEqualByComparingTo("3.892");
        assertThat(asp.of(c("J1010")).orElseThrow().paymentLimit()).isEqualByComparingTo("0.119");
        assertThat(asp.of(c("J1100")).orElseThrow().coinsurance().value()).isEqualByComparingTo("20");
        assertThat(EDITS.edition(EditKind.ASP, LocalDate.parse("2026-02-01"))).get()
                .extracting(e -> e.name()).isEqualTo("2025Q4");
    }
}
