package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator on excerpts shaped as the files of ../shared/data/claims-edits (tests never read that folder): it
 * writes the index with each source's SHA-256 and one table per edition, which BundledEdits reads back.
 */
class EditsDataGeneratorTest {
    @TempDir
    Path dir;
    @TempDir
    Path out;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void generatesTheIndexAndTablesBundledEditsReadsBack() throws IOException {
        write("icd10cm_codes_2026.txt", "G8918\nM5416\nM5450\n");
        String ptp = "column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale\n"
                + "62323,64483,active(*),1,Mutually exclusive procedures\n"
                + "62321,99213,20191231,1,CPT Manual or CMS manual coding instruction\n";
        write("ncci_ptp_practitioner_2024Q3_esi.csv", ptp);
        write("ncci_ptp_hospital_2024Q3_esi.csv", ptp);
        String mue = "hcpcs_code,mue_value,mai,mue_rationale,present_in_table\n64483,1,2,CMS Policy,yes\n"
                + "J1030,,,,no\n";
        write("ncci_mue_practitioner_2024Q3_selected.csv", mue);
        write("ncci_mue_hospital_2024Q3_selected.csv", mue);
        write("asp_payment_limits_2025Q4.csv", "Payment Allowance Limits for Medicare Part B Drugs,,,,\n"
                + "\"Effective October 1, 2025 through December 31, 2025\",,,,\n"
                + "HCPCS Code,Short Description,HCPCS Code Dosage,Payment Limit,Co-insurance Percentage\n"
                + "J1100,Dexamethasone sodium phos,1 MG,0.094,20.000\n");

        List<Path> written = EditsDataGenerator.generate(dir, out);

        assertThat(written).hasSize(7);
        String index = Files.readString(out.resolve(BundledEdits.INDEX));
        assertThat(index).contains("icd10cm,FY2026,2025-10-01,2026-09-30,3,icd10cm-FY2026.txt,icd10cm_codes_2026.txt,"
                + FileDigest.sha256(dir.resolve("icd10cm_codes_2026.txt")) + ",");
        assertThat(index).contains("ncci-ptp-practitioner,2024Q3,2024-07-01,2024-09-30,1,");
        assertThat(index).contains(",62320 62321 62322 62323 64479 64480 64481 64482 64483 64484\n");
        assertThat(index).contains("mue-hospital,2024Q3,2024-07-01,2024-09-30,1,");
        assertThat(index).contains("asp,2025Q4,2025-10-01,2025-12-31,1,");
        assertThat(Files.readString(out.resolve("edits/ncci-ptp-practitioner-2024Q3.txt"))).isEqualTo("62323\t644831\n");

        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {out.toUri().toURL()}, null)) {
            BundledEdits bundled = new BundledEdits(loader);
            assertThat(bundled.editions()).hasSize(6);
            assertThat(bundled.content(bundled.editions().get(0).edition())).isEqualTo("G8918\nM5416\nM5450\n");
        }
    }
}
