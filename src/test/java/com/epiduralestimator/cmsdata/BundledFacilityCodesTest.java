package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.domain.AscPaymentIndicator;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FacilityRateQuarters;
import com.epiduralestimator.domain.OppsStatusIndicator;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every code's bundled facility rates (Addendum B and every Addendum AA quarter), read lazily by code prefix; and the
 * epidural family read from Addendum B agreeing with the inferred code → APC file it replaced.
 */
class BundledFacilityCodesTest {
    @Test
    void aCodeIsReadFromItsPrefixsFileOnlyAndOnce() {
        BundledFacilityCodes codes = new BundledFacilityCodes();
        FacilityRateQuarters rfa = codes.rates(2026, "64633").orElseThrow();
        assertThat(rfa.latest().opps().orElseThrow().status()).isEqualTo("J1");
        assertThat(rfa.latest().opps().orElseThrow().apc()).contains("5431");
        assertThat(rfa.latest().opps().orElseThrow().rate()).isEqualByComparingTo("1995.02");
        assertThat(rfa.latest().asc().orElseThrow().rate()).isEqualByComparingTo("948.66"); // 16.8435 x 56.322
        assertThat(codes.rates(2026, "64635")).isPresent();
        assertThat(codes.filesRead()).isEqualTo(1); // 64633 and 64635 share facility/2026/codes/64.csv
        assertThat(codes.rates(2026, "ZZ999")).isEmpty();
        assertThat(codes.rates(2031, "64633")).isEmpty();
        assertThat(codes.rates(2025, "64633").orElseThrow().latest().opps().orElseThrow().rate())
                .isEqualByComparingTo("1952.77");
    }

    @Test
    void theRatesOfADateOfServiceAreItsQuarters() {
        BundledFacilityCodes codes = new BundledFacilityCodes();
        FacilityRateQuarters j3300 = codes.rates(2026, "J3300").orElseThrow();
        assertThat(j3300.on(Optional.of(LocalDate.of(2026, 2, 1))).opps().orElseThrow().rate())
                .isEqualByComparingTo("24.491");
        assertThat(j3300.on(Optional.of(LocalDate.of(2026, 4, 1))).opps().orElseThrow().rate())
                .isEqualByComparingTo("18.78");
        // 27096 is B (hospitals bill G0260); 99213 is B (hospitals bill G0463, J2 at 136.02)
        assertThat(codes.rates(2026, "27096").orElseThrow().latest().oppsStatus()).contains(OppsStatusIndicator.B);
        assertThat(codes.rates(2026, "99213").orElseThrow().latest().oppsStatus()).contains(OppsStatusIndicator.B);
        assertThat(codes.rates(2026, "G0463").orElseThrow().latest().opps().orElseThrow().rate())
                .isEqualByComparingTo("136.02");
        // its APC is the visit APC 5012 of the same rate (status V in the APC rates file: 136.02 in 2026, 128.87 in
        // 2025): the converted Addendum B has no APC column, the rate identifies it
        assertThat(codes.rates(2026, "G0463").orElseThrow().latest().opps().orElseThrow().apc()).contains("5012");
        assertThat(codes.rates(2025, "G0463").orElseThrow().latest().opps().orElseThrow().apc()).contains("5012");
    }

    @Test
    void everyBundledIndicatorIsKnownAndEveryYearHasEveryCode() {
        for (FacilityData year : BundledFacility.loadEveryCode()) {
            assertThat(year.rates()).hasSizeGreaterThan(18_000);
            Set<String> unknown = year.rates().stream().flatMap(r -> r.opps().stream()).map(FacilityRate.Opps::status)
                    .filter(s -> OppsStatusIndicator.parse(s).isEmpty()).collect(Collectors.toSet());
            unknown.addAll(year.rates().stream().flatMap(r -> r.asc().stream()).map(FacilityRate.Asc::paymentIndicator)
                    .filter(s -> AscPaymentIndicator.parse(s).isEmpty()).collect(Collectors.toSet()));
            assertThat(unknown).as("CY" + year.year()).isEmpty();
        }
    }

    @Test
    void addendumBGivesTheEpiduralFamilyTheSameOppsRatesAsTheInferredAssignmentDid() {
        // the inferred assignment that Addendum B replaces (src/main/resources/facility/opps-assignments-2026.csv)
        String inferred = "hcpcs,status,apc,source\n62320,T,5442,inferred\n62321,T,5442,inferred\n"
                + "62322,T,5443,inferred\n62323,T,5442,inferred\n62324,T,5443,inferred\n62325,T,5443,inferred\n"
                + "62326,T,5443,inferred\n62327,T,5443,inferred\n64479,T,5443,inferred\n64480,N,,inferred\n"
                + "64483,T,5443,inferred\n64484,N,,inferred\n";
        for (int year : new int[] {2025, 2026}) {
            Map<String, OppsRateFileReader.ApcRate> apcs = OppsRateFileReader.readApcRates(
                    FacilityFileReadersTest.DIR.resolve("OPPS_apc_rate_" + year + "_excerpt.csv"));
            Map<String, OppsRateFileReader.Assignment> old = OppsRateFileReader.readAssignments("inferred.csv",
                    new StringReader(inferred));
            BundledFacilityCodes codes = new BundledFacilityCodes();
            for (OppsRateFileReader.Assignment a : old.values()) {
                FacilityRate.Opps before = FacilityDataBuilder.opps(a, apcs);
                assertThat(codes.rates(year, a.code()).orElseThrow().latest().opps()).as(year + " " + a.code())
                        .contains(before);
                assertThat(codes.rates(year, a.code()).orElseThrow().earlier()).isEmpty();
            }
        }
    }

    @Test
    void theConvertedAddendumBIsReadWithoutItsDescriptorAndWithADrugsThirdDecimal() {
        Path dir = FacilityFileReadersTest.DIR;
        Map<String, OppsRateFileReader.Assignment> oct = OppsRateFileReader.readAssignments(
                dir.resolve("OPPS_addendum_B_2025_Oct_converted.csv"));
        assertThat(oct.get("62321").rate().orElseThrow()).isEqualByComparingTo("692.52");
        assertThat(oct.get("62321").apc()).isEmpty(); // the converted file has no APC column
        assertThat(oct.get("J3300").rate().orElseThrow()).isEqualTo(new java.math.BigDecimal("24.498"));
        assertThat(oct.get("27096").status()).isEqualTo("B");
        assertThat(oct.get("27096").rate()).isEmpty();
        assertThat(oct).containsKey("A4341"); // written "A4341\u00a0" in the file
    }

    @Test
    void eachYearRecordsItsSourceFilesWithTheirSha256AndItsQuarters() throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = BundledFacilityCodesTest.class.getClassLoader().getResourceAsStream(
                "facility/2026/year.properties")) {
            p.load(in);
        }
        assertThat(p.getProperty("quarters")).isEqualTo("2026-01-01,2026-04-01");
        assertThat(p.getProperty("source.opps.2026-04-01")).isEqualTo("OPPS_addendum_B_2026_Apr_converted.csv");
        // the CMS data README's sha256 of the April 2026 conversion: 3272337b...c035
        assertThat(p.getProperty("source.opps.2026-04-01.sha256")).startsWith("3272337b").endsWith("c035");
        assertThat(p.getProperty("source.asc.2026-01-01")).isEqualTo("ASC_AddendumAA_20260101.csv");
        assertThat(p.getProperty("source.asc.2026-01-01.sha256")).matches("[0-9a-f]{64}");
    }

    @Test
    void theShippedCodeRowsAreWhatTheGeneratorWritesFromCmsFiles() throws Exception {
        // the excerpts hold every quarter of Addendum B and one Addendum AA quarter whose pain-code rows equal the
        // other quarters': each excerpt code's rows must be the shipped file's rows for that code, byte for byte
        for (int year : new int[] {2025, 2026}) {
            FacilityData derived = FacilityDataGenerator.derive(FacilityFileReadersTest.DIR, year).data();
            Map<String, StringBuilder> files = FacilityFiles.codeFiles(derived);
            // 0095T and 0101T are in the Addendum AA excerpt only, not in the Addendum B excerpt: skipped
            for (FacilityRate r : derived.rates().stream().filter(r -> r.opps().isPresent()).toList()) {
                String shipped;
                try (var in = BundledResources.open(getClass().getClassLoader(),
                        BundledFacilityCodes.resource(year, BundledFacilityCodes.prefix(r.code()) + ".csv"))) {
                    shipped = in.lines().filter(l -> l.startsWith(r.code() + ",")).collect(Collectors.joining("\n"));
                }
                String written = files.get(BundledFacilityCodes.prefix(r.code())).toString().lines()
                        .filter(l -> l.startsWith(r.code() + ",")).collect(Collectors.joining("\n"));
                assertThat(written).as(year + " " + r.code()).isEqualTo(shipped);
            }
            assertThat(derived.rates()).hasSizeGreaterThan(35);
        }
    }
}
