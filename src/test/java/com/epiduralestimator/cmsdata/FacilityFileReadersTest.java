package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.WageArea;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The facility readers on excerpts of CMS's files as shipped, and the generator against the bundled data. */
class FacilityFileReadersTest {
    static final Path DIR = Path.of("src/test/resources/cms-facility-excerpt");

    private static List<AscAddendumAaReader.Row> addendum(String file) {
        List<AscAddendumAaReader.Row> rows = new ArrayList<>();
        AscAddendumAaReader.read(DIR.resolve(file), rows::add);
        return rows;
    }

    @Test
    void addendumAaAnyQuarterSkipsTitleAndNotes() {
        List<AscAddendumAaReader.Row> rows = addendum("ASC_AddendumAA_20260401.csv");
        assertThat(rows).hasSize(28); // 0095T, 0101T, the 14 epidural, 10 facet/RFA and 2 SI codes of the excerpt
        AscAddendumAaReader.Row r62321 = rows.stream().filter(r -> r.code().equals("62321")).findFirst().orElseThrow();
        assertThat(r62321.paymentIndicator()).isEqualTo("G2");
        assertThat(r62321.discounted()).isTrue();
        assertThat(r62321.weight().orElseThrow()).isEqualByComparingTo("6.8793");
        assertThat(r62321.rate().orElseThrow()).isEqualByComparingTo("387.46");
        AscAddendumAaReader.Row packaged = rows.stream().filter(r -> r.code().equals("64484")).findFirst().orElseThrow();
        assertThat(packaged.paymentIndicator()).isEqualTo("N1");
        assertThat(packaged.rate()).isEmpty();
        // 2025 January: "$371.75" = round(6.772 × 54.895) = round(371.749) (the README's check)
        List<AscAddendumAaReader.Row> y2025 = addendum("ASC_AddendumAA_20250101.csv");
        assertThat(y2025.stream().filter(r -> r.code().equals("62321")).findFirst().orElseThrow().rate().orElseThrow())
                .isEqualByComparingTo("371.75");
    }

    @Test
    void addendumAaErrorsNameFileLineAndField() {
        String header = "HCPCS Code,,Short Descriptor,Subject to Multiple Procedure Discounting,January 2026 Payment"
                + " Indicator,January 2026  Payment Weight  ,January 2026 Payment Rate \n";
        assertThatThrownBy(() -> AscAddendumAaReader.read("aa.csv", new StringReader(header
                + "62321,,,Y,G2,6.8793,$3x7.46\n"), r -> { }))
                .isInstanceOf(CmsFileException.class).hasMessageStartingWith("aa.csv line 2, field Payment Rate");
        assertThatThrownBy(() -> AscAddendumAaReader.read("aa.csv", new StringReader(header
                + "62321,,,Y,G2,6.8793,$387.46\n,,,,,,\nNOTE 1: x,,,,,,\n64483,,,Y,A2,8.6202,$485.51\n"), r -> { }))
                .isInstanceOf(CmsFileException.class).hasMessageContaining("line 5").hasMessageContaining("NOTE");
        assertThatThrownBy(() -> AscAddendumAaReader.read("aa.csv", new StringReader("code,rate\n"), r -> { }))
                .isInstanceOf(CmsFileException.class).hasMessageContaining("not an Addendum AA");
        assertThatThrownBy(() -> AscAddendumAaReader.read("aa.csv", new StringReader(header
                + "62321,,,X,G2,6.8793,$387.46\n"), r -> { }))
                .isInstanceOf(CmsFileException.class).hasMessageContaining("field Subject to Multiple Procedure");
    }

    @Test
    void ascWageIndexKeepsTheFirstOfTwoValuesAndABlankIsAbsent() {
        WageIndexFileReader.AscTable y2025 = WageIndexFileReader.readAsc(DIR.resolve("ASC_wage_index_CY2025.txt"));
        assertThat(y2025.rows().get("01").index().orElseThrow()).isEqualByComparingTo("0.6471");
        assertThat(y2025.duplicates()).contains("01", "21", "24", "12100");
        assertThat(y2025.rows().get("31").index()).isEmpty();
        assertThat(y2025.rows().get("12420").index().orElseThrow()).isEqualByComparingTo("0.988");
        assertThat(y2025.rows().get("12420").name()).isEqualTo("Austin-Round Rock-San Marcos, TX");
        WageIndexFileReader.AscTable y2026 = WageIndexFileReader.readAsc(DIR.resolve("ASC_wage_index_CY2026.csv"));
        assertThat(y2026.duplicates()).isEmpty();
        assertThat(y2026.rows().get("12420").index().orElseThrow()).isEqualByComparingTo("0.9660");
    }

    @Test
    void oppsWageIndexHasTheStatesFloors() {
        Map<String, WageIndexFileReader.OppsRow> rows = WageIndexFileReader.readOpps(
                DIR.resolve("OPPS_cbsa_wage_index_2026.csv"));
        assertThat(rows.get("12420").geographic()).isEqualByComparingTo("0.9229");
        assertThat(rows.get("45").geographic()).isEqualByComparingTo("0.9721");
        assertThat(rows.get("31").imputedFloor()).isEqualByComparingTo("1.1687");
        assertThatThrownBy(() -> WageIndexFileReader.readOpps("w.csv", new StringReader(
                "cbsa,effectiveDate,geographicWageIndex,reclassifiedWageIndex,imputedFloorWageIndex,name\n"
                        + "1242,20260101,0.9229,0.8528,0.0000,Austin\n")))
                .isInstanceOf(CmsFileException.class).hasMessageStartingWith("w.csv line 2, field cbsa");
    }

    @Test
    void apcRatesInThePricersLayoutAndInAddendumA() {
        Map<String, OppsRateFileReader.ApcRate> pricer = OppsRateFileReader.readApcRates(
                DIR.resolve("OPPS_apc_rate_2026_excerpt.csv"));
        assertThat(pricer.get("5442").rate()).isEqualByComparingTo("721.17");
        assertThat(pricer.get("5442").status()).isEqualTo("T");
        assertThat(pricer.get("5442").minimumCopay().orElseThrow()).isEqualByComparingTo("144.24");
        Map<String, OppsRateFileReader.ApcRate> addendumA = OppsRateFileReader.readApcRates(
                DIR.resolve("OPPS_addendum_A_2025_Jan_excerpt.csv"));
        // 7.7664 × 89.169 = 692.5221 → $692.52, minimum copayment $138.51
        assertThat(addendumA.get("5442").rate()).isEqualByComparingTo("692.52");
        assertThat(addendumA.get("5442").minimumCopay().orElseThrow()).isEqualByComparingTo("138.51");
        assertThat(addendumA.get("5431").rate()).isEqualByComparingTo("1952.77");
        assertThatThrownBy(() -> OppsRateFileReader.readApcRates("r.csv", new StringReader(
                "apc,statusIndicator,effectiveDate,paymentRate,nationalCoinsurance,minimumCoinsurance\n"
                        + "05442,T,20260101,000721.175,00144.24,00144.24\n")))
                .isInstanceOf(CmsFileException.class).hasMessageStartingWith("r.csv line 2, field Payment Rate");
    }

    @Test
    void assignmentsFromTheProjectsFileAndFromAddendumB() {
        Map<String, OppsRateFileReader.Assignment> own = OppsRateFileReader.readAssignments("own.csv",
                new StringReader("# the project's own layout\nhcpcs,status,apc,source\n62321,T,5442,inferred\n"
                        + "64484,N,,inferred\n"));
        assertThat(own.get("62321").apc()).contains("5442");
        assertThat(own.get("64484").status()).isEqualTo("N");
        assertThat(own.get("64484").apc()).isEmpty();
        assertThat(own.get("62321").rate()).isEmpty();

        Map<String, OppsRateFileReader.Assignment> b = OppsRateFileReader.readAssignments(
                DIR.resolve("Addendum_B_handmade_2026.csv"));
        assertThat(b.get("62321").status()).isEqualTo("T");
        assertThat(b.get("62321").rate().orElseThrow()).isEqualByComparingTo("721.17");
        assertThat(b.get("62323").rate().orElseThrow()).isEqualByComparingTo("1234.56");
        assertThat(b.get("64484").apc()).isEmpty();
        assertThatThrownBy(() -> OppsRateFileReader.readAssignments("b.csv", new StringReader(
                "HCPCS Code,Short Descriptor,SI,APC,Relative Weight,Payment Rate,National Unadjusted Copayment,"
                        + "Minimum Unadjusted Copayment\n62321,,T,54X2,7.8890,$721.17,,$144.24\n")))
                .isInstanceOf(CmsFileException.class).hasMessageStartingWith("b.csv line 2, field APC");
    }

    @Test
    void addendumBRatesWinOverAnyApcFile() {
        FacilityData data = FacilityDataBuilder.build(2026, java.util.Optional.of(new FacilityDataBuilder.Opps(
                OppsRateFileReader.readAssignments(DIR.resolve("Addendum_B_handmade_2026.csv")), Map.of(),
                WageIndexFileReader.readOpps(DIR.resolve("OPPS_cbsa_wage_index_2026.csv")))),
                java.util.Optional.empty(), code -> true);
        Map<String, FacilityRate> rates = data.rates().stream().collect(Collectors.toMap(FacilityRate::code, r -> r));
        assertThat(rates.get("62323").opps().orElseThrow().rate()).isEqualByComparingTo("1234.56");
        assertThat(rates.get("62321").asc()).isEmpty();
        assertThat(data.areas().stream().filter(a -> a.cbsa().equals("48864")).findFirst().orElseThrow().states())
                .containsExactly("DE", "MD", "NJ");
    }

    @Test
    void theGeneratorDerivesTheBundledDataFromCmsFiles() {
        for (int year : List.of(2025, 2026)) {
            FacilityData derived = FacilityDataGenerator.derive(DIR, year).data();
            FacilityData bundled = BundledFacility.loadAll().stream().filter(d -> d.year() == year).findFirst()
                    .orElseThrow();
            Set<String> esi = bundled.rates().stream().map(FacilityRate::code).collect(Collectors.toSet());
            FacilityData derivedEsi = new FacilityData(year, derived.types(), derived.rates().stream()
                    .filter(r -> esi.contains(r.code())).toList(), derived.areas(), derived.floors());
            assertThat(BundledFiles.facilityRatesCsv(derivedEsi)).isEqualTo(BundledFiles.facilityRatesCsv(bundled));
            Set<String> excerpted = derived.areas().stream().map(WageArea::cbsa).collect(Collectors.toSet());
            assertThat(derived.areas()).isEqualTo(bundled.areas().stream()
                    .filter(a -> excerpted.contains(a.cbsa())).toList());
            Set<String> states = derived.floors().stream().map(f -> f.state()).collect(Collectors.toSet());
            assertThat(derived.floors()).isEqualTo(bundled.floors().stream()
                    .filter(f -> states.contains(f.state())).toList());
            assertThat(derived.types()).isEqualTo(bundled.types());
        }
    }
}
