package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.application.EditionText;
import com.epiduralestimator.domain.AspPrices;
import com.epiduralestimator.domain.BillableDiagnoses;
import com.epiduralestimator.domain.EditKind;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.MueLimits;
import com.epiduralestimator.domain.PtpEdits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CMS's own layouts of the edit files, as load-edits reads them (excerpts written here, shaped as CMS ships them). */
class EditFileReadersTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.ISO_8859_1);
    }

    private static HcpcsCode c(String code) {
        return new HcpcsCode(code);
    }

    /** CMS's quarterly practitioner PTP text: notices, a two-line header, tab-separated rows with their dates. */
    static final String PTP_TXT = String.join("\r\n",
            "CPT codes, descriptions and other data only are copyright 2025 American Medical Association.",
            "",
            "Column 1\tColumn 2\t* = in existence prior to 1996\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale",
            "\t\t\t\t*=no data\t0=not allowed\t",
            "62323\t64483\t\t20170101\t*\t1\tMutually exclusive procedures",
            "62321\t77003\t\t20170101\t*\t1\tCPT Manual or CMS manual coding instruction",
            "62321\t99213\t\t20170101\t20191231\t1\tCPT Manual or CMS manual coding instruction",
            "64635\t64493\t\t20260101\t*\t0\tMisuse of column two code with column one code",
            "64635\t64494\t\t20150101\t*\t9\tMisuse of column two code with column one code",
            "");

    @Test
    void ptpTextKeepsThePairsActiveInTheQuarterOfItsNewestEdit() throws IOException {
        EditFiles.EditionFile f = EditFiles.ptp(EditKind.PTP_PRACTITIONER, List.of(file("ccipra-v321r0-f1.txt",
                PTP_TXT)), Optional.empty(), List.of(), false);
        assertThat(f.edition().name()).isEqualTo("2026Q1");
        assertThat(f.edition().effectiveFrom()).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(f.edition().effectiveThrough()).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(f.edition().complete()).isTrue();
        assertThat(f.rows()).as("deleted in 2019 and indicator 9 left out").isEqualTo(3);
        assertThat(f.sources()).singleElement().satisfies(s -> assertThat(s.file()).isEqualTo("ccipra-v321r0-f1.txt"));
        PtpEdits table = EditionText.readPtp(f.edition(), f.content());
        assertThat(table.pair(c("62323"), c("64483")).orElseThrow().modifierIndicator()).isEqualTo(1);
        assertThat(table.between(c("64493"), c("64635")).orElseThrow().modifierIndicator()).isZero();
        assertThat(table.between(c("62321"), c("99213"))).isEmpty();
    }

    @Test
    void aQuarterBeforeAnEditsEffectiveDateLeavesItOut() throws IOException {
        EditFiles.EditionFile f = EditFiles.ptp(EditKind.PTP_PRACTITIONER, List.of(file("f1.txt", PTP_TXT)),
                Optional.of("2025Q4"), List.of(), false);
        assertThat(EditionText.readPtp(f.edition(), f.content()).between(c("64493"), c("64635"))).isEmpty();
        assertThat(f.rows()).isEqualTo(2);
    }

    @Test
    void severalFilesOfOneTableAreOneEdition() throws IOException {
        Path f1 = file("ccioph-v321r0-f1.txt", PTP_TXT);
        Path f2 = file("ccioph-v321r0-f2.txt", "Column 1\tColumn 2\t*\tEffective Date\tDeletion Date\tModifier\t"
                + "Rationale\n99213\t99211\t\t20260101\t*\t0\tMisuse\n");
        EditFiles.EditionFile f = EditFiles.ptp(EditKind.PTP_HOSPITAL, List.of(f1, f2), Optional.empty(), List.of(),
                false);
        assertThat(f.rows()).isEqualTo(4);
        assertThat(f.sources()).hasSize(2);
    }

    @Test
    void aPtpFileWithoutItsHeaderNamesTheFile() throws IOException {
        Path bad = file("bad.txt", "62323\t64483\t\t20170101\t*\t1\tx\n");
        assertThatThrownBy(() -> EditFiles.ptp(EditKind.PTP_PRACTITIONER, List.of(bad), Optional.of("2026Q1"),
                List.of(), false)).isInstanceOf(CmsFileException.class).hasMessageContaining("bad.txt");
    }

    @Test
    void mueCsvWithItsPreambleAndCmsIndicatorText() throws IOException {
        Path mue = file("MCR_MUE_PractitionerServices_Eff_01-01-2026.csv", String.join("\n",
                "\"CPT codes, descriptions and other data only are copyright 2025 American Medical Association.\"",
                "",
                "\"HCPCS/CPT Code\",\"Practitioner Services MUE Values\",\"MUE Adjudication Indicator\","
                        + "\"MUE Rationale\"",
                "\"62321\",\"1\",\"3 Date of Service Edit: Clinical\",\"Clinical: Data\"",
                "\"64483\",\"1\",\"2 Date of Service Edit: Policy\",\"CMS Policy\"",
                "\"J1100\",\"120\",\"3 Date of Service Edit: Clinical\",\"Clinical: Data\"",
                "\"A4550\",\"1\",\"1 Line Edit\",\"Clinical: Data\""));
        EditFiles.EditionFile f = EditFiles.mue(EditKind.MUE_PRACTITIONER, mue, Optional.of("2026Q1"), false);
        MueLimits limits = EditionText.readMue(f.edition(), f.content());
        assertThat(limits.size()).isEqualTo(4);
        assertThat(limits.of(c("64483")).orElseThrow()).isEqualTo(new MueLimits.Limit(c("64483"), 1, 2));
        assertThat(limits.of(c("A4550")).orElseThrow().perDay()).isFalse();
        // without an Effective Date column the quarter must be given
        assertThatThrownBy(() -> EditFiles.mue(EditKind.MUE_PRACTITIONER, mue, Optional.empty(), false))
                .hasMessageContaining("--quarter");
    }

    @Test
    void icd10OrderFileKeepsOnlyTheBillableCodes() throws IOException {
        Path order = file("icd10cm_order_2026.txt", String.join("\n",
                "00001 A00     0 Cholera                                                      Cholera",
                "00002 A000    1 Cholera due to Vibrio cholerae 01, biovar cholerae           Cholera due to Vibrio",
                "40000 M545    0 Low back pain                                                Low back pain",
                "40001 M5450   1 Low back pain, unspecified                                   Low back pain, unspec",
                "40002 G8918   1 Other acute postprocedural pain                              Other acute pain"));
        EditFiles.EditionFile f = EditFiles.icd10(order, 2026, Optional.empty(), false);
        BillableDiagnoses codes = EditionText.readIcd10(f.edition(), f.content());
        assertThat(codes.size()).isEqualTo(3);
        assertThat(codes.billable("M54.50")).isTrue();
        assertThat(codes.billable("M545")).isFalse();
        assertThat(codes.billable("A00")).isFalse();
        assertThat(f.edition().effectiveFrom()).isEqualTo(LocalDate.parse("2025-10-01"));
        assertThat(f.edition().effectiveThrough()).isEqualTo(LocalDate.parse("2026-09-30"));
        // an April update is an edition from its date to the fiscal year's end
        EditFiles.EditionFile april = EditFiles.icd10(file("icd10cm_codes_2026.txt",
                "A000    Cholera due to Vibrio cholerae 01, biovar cholerae\nG8918   Other acute postprocedural pain\n"),
                2026, Optional.of(LocalDate.parse("2026-04-01")), false);
        assertThat(april.edition().name()).isEqualTo("FY2026 from 2026-04-01");
        assertThat(april.rows()).isEqualTo(2);
    }

    @Test
    void aspFileReadsItsQuarterFromThePreambleAndSurvivesQuotedLineBreaks() throws IOException {
        Path asp = file("Oct 2025 ASP Pricing File.csv", String.join("\n",
                "Payment Allowance Limits for Medicare Part B Drugs,,,,,,,,,,",
                ",,,,,,,,,,",
                "\"Effective October 1, 2025 through December 31, 2025\",,,,,,,,,,",
                "HCPCS Code,Short Description,HCPCS Code Dosage,Payment Limit,Co-insurance Percentage,Vaccine AWP%,"
                        + "Vaccine Limit,Blood AWP%,Blood limit,Clotting Factor,Notes",
                "A9606,Radium ra223 dichloride ther,1 microCurie,N/A,20.000,,,,,,\"microCurie 100% AWP = $202.82",
                "microCurie 100% WAC = $169.02\"",
                "J1100,Dexamethasone sodium phos,1 MG,0.094,20.000,,,,,,",
                "J3300,Triamcinolone a inj prs-free,1 MG,24.498,3.892,,,,,,"));
        EditFiles.EditionFile f = EditFiles.asp(asp, false);
        assertThat(f.edition().name()).isEqualTo("2025Q4");
        assertThat(f.edition().effectiveThrough()).isEqualTo(LocalDate.parse("2025-12-31"));
        AspPrices prices = EditionText.readAsp(f.edition(), f.content());
        assertThat(prices.size()).as("the radiopharmaceutical without a limit is left out").isEqualTo(2);
        AspPrices.Limit j3300 = prices.of(c("J3300")).orElseThrow();
        assertThat(j3300.coinsurance().value()).isEqualByComparingTo("3.892");
        assertThat(j3300.billingUnit()).isEqualTo("1 MG");
        // 40 mg of J3300: 40 x 24.498 = 979.92
        assertThat(j3300.allowed(40).toString()).isEqualTo("979.92");
    }
}
