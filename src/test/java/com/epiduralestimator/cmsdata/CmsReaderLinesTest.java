package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line handling the OPPS cap, OPPS rate, ASC Addendum AA and wage index readers share ({@link CmsLines}): a byte
 * order mark before the header is dropped (the header is still line 1), and errors name the line as an editor
 * numbers it, title rows and blank lines included.
 */
class CmsReaderLinesTest {
    private static final String BOM = "\uFEFF";
    /** What the UTF-8 byte order mark reads as in ISO-8859-1, the charset the readers open CMS files with. */
    private static final byte[] BOM_BYTES = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static final String CAP = "HCPCS,MOD,PROCSTAT,CARRIER,LOCALITY,FACILITY PRICE,NON-FACILTY PRICE\n"
            + "72194,,A,01112,05,315.67,315.67\n";
    static final String AA_HEADER = "HCPCS Code,,Short Descriptor,Subject to Multiple Procedure Discounting,January 2026"
            + " Payment Indicator,January 2026  Payment Weight  ,January 2026 Payment Rate\n";
    static final String AA = AA_HEADER + "62321,,,Y,G2,6.8793,$387.46\n";
    static final String APC = "apc,statusIndicator,effectiveDate,paymentRate,nationalCoinsurance,minimumCoinsurance\n"
            + "05442,T,20260101,000721.17,00144.24,00144.24\n";
    static final String ADDENDUM_B = "HCPCS Code,Short Descriptor,SI,APC,Relative Weight,Payment Rate,National"
            + " Unadjusted Copayment,Minimum Unadjusted Copayment\n62321,,T,5442,7.8890,$721.17,,$144.24\n";
    static final String ASC_WAGE = "CBSA,CBSA Name,WI26\n01,ALABAMA,0.6367\n";
    static final String OPPS_WAGE_HEADER = "cbsa,effectiveDate,geographicWageIndex,reclassifiedWageIndex,"
            + "imputedFloorWageIndex,name\n";
    static final String OPPS_WAGE = OPPS_WAGE_HEADER + "01,20260101,0.7393,0.7393,0.0000,ALABAMA\n";

    private static List<Object> cap(String text) {
        List<Object> rows = new ArrayList<>();
        OppsCapFileReader.read("cap.csv", new StringReader(text), rows::add);
        return rows;
    }

    private static List<Object> addendumAa(String text) {
        List<Object> rows = new ArrayList<>();
        AscAddendumAaReader.read("aa.csv", new StringReader(text), rows::add);
        return rows;
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsDropped() {
        assertThat(cap(BOM + CAP)).hasSize(1);
        assertThat(addendumAa(BOM + AA)).hasSize(1);
        assertThat(OppsRateFileReader.readApcRates("r.csv", new StringReader(BOM + APC))).containsOnlyKeys("5442");
        assertThat(OppsRateFileReader.readAssignments("b.csv", new StringReader(BOM + ADDENDUM_B)))
                .containsOnlyKeys("62321");
        assertThat(WageIndexFileReader.readAsc("asc.csv", new StringReader(BOM + ASC_WAGE)).rows()).containsOnlyKeys("01");
        assertThat(WageIndexFileReader.readOpps("w.csv", new StringReader(BOM + OPPS_WAGE))).containsOnlyKeys("01");
    }

    @Test
    void theByteOrderMarkOfAUtf8FileIsDroppedToo(@TempDir Path dir) throws IOException {
        assertThat(readAllFrom(dir)).containsExactly(1, 1, 1, 1, 1, 1);
    }

    private static List<Integer> readAllFrom(Path dir) throws IOException {
        List<Object> caps = new ArrayList<>();
        OppsCapFileReader.read(withBom(dir, "OPPSCAP_Oct.csv", CAP), caps::add);
        List<Object> aa = new ArrayList<>();
        AscAddendumAaReader.read(withBom(dir, "ASC_AddendumAA_20260101.csv", AA), aa::add);
        return List.of(caps.size(), aa.size(),
                OppsRateFileReader.readApcRates(withBom(dir, "OPPS_apc_rate_2026.csv", APC)).size(),
                OppsRateFileReader.readAssignments(withBom(dir, "Addendum_B.csv", ADDENDUM_B)).size(),
                WageIndexFileReader.readAsc(withBom(dir, "ASC_wage_index_CY2026.csv", ASC_WAGE)).rows().size(),
                WageIndexFileReader.readOpps(withBom(dir, "OPPS_cbsa_wage_index_2026.csv", OPPS_WAGE)).size());
    }

    private static Path withBom(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        byte[] body = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[BOM_BYTES.length + body.length];
        System.arraycopy(BOM_BYTES, 0, all, 0, BOM_BYTES.length);
        System.arraycopy(body, 0, all, BOM_BYTES.length, body.length);
        return Files.write(file, all);
    }

    @Test
    void theLineWithTheByteOrderMarkIsLineOne() {
        assertThatThrownBy(() -> cap(BOM + CAP.replace("315.67,315.67", "315.67,3I5.67")))
                .hasMessage("cap.csv line 2, field NON-FACILITY PRICE: not a non-negative decimal number: '3I5.67'");
        assertThatThrownBy(() -> addendumAa(BOM + AA.replace("$387.46", "$3x7.46")))
                .hasMessageStartingWith("aa.csv line 2, field Payment Rate");
        assertThatThrownBy(() -> OppsRateFileReader.readApcRates("r.csv", new StringReader(BOM + APC
                .replace("000721.17", "000721.175"))))
                .hasMessage("r.csv line 2, field Payment Rate: not a whole number of cents: 721.175");
        assertThatThrownBy(() -> WageIndexFileReader.readAsc("asc.csv", new StringReader(BOM + ASC_WAGE
                .replace("01,", "1,"))))
                .hasMessage("asc.csv line 2, field CBSA: not a 5-digit CBSA or 2-digit state code: '1'");
        assertThatThrownBy(() -> WageIndexFileReader.readOpps("w.csv", new StringReader(BOM + OPPS_WAGE
                .replace("01,", "1,"))))
                .hasMessage("w.csv line 2, field cbsa: not a 5-digit CBSA or 2-digit state code: '1'");
    }

    @Test
    void titleRowsCountAsLines() {
        String titles = "Addendum AA -- ASC Covered Surgical Procedures for CY 2026,,,,,,\ncopyright,,,,,,\n,,,,,,\n";
        assertThatThrownBy(() -> addendumAa(titles + AA.replace("$387.46", "$3x7.46")))
                .hasMessageStartingWith("aa.csv line 5, field Payment Rate");
        String addendumA = ",Addendum A.- OPPS APCs for CY 2025,,,,,\n,Inflation-adjusted ...,,,,,\n"
                + "APC,Group Title,SI,Relative Weight,Payment Rate,National Unadjusted Copayment,Minimum Unadjusted"
                + " Copayment\n5442,Level 2 Nerve Injections,T,7.7664,$692.520,.,$138.51\n"
                + ",,,,,,\n5443,Level 3 Nerve Injections,T,9.9843,$890.290,.,$178.06\n";
        assertThatThrownBy(() -> OppsRateFileReader.readApcRates("a.csv", new StringReader(addendumA)))
                .hasMessage("a.csv line 5: blank line between data rows");
    }

    @Test
    void aFileWithoutRowsNamesItsLastLine() {
        assertThatThrownBy(() -> cap(CAP.replace("72194,,A,01112,05,315.67,315.67", ",,,,,,")))
                .hasMessage("cap.csv line 2: no cap rows after the header");
        assertThatThrownBy(() -> cap("")).hasMessage("cap.csv: empty file");
        assertThatThrownBy(() -> addendumAa(AA_HEADER + ",,,,,,\nNOTE 1: x,,,,,,\n"))
                .hasMessage("aa.csv line 3: no code rows after the header");
        assertThatThrownBy(() -> OppsRateFileReader.readApcRates("r.csv", new StringReader(APC.lines().findFirst()
                .orElseThrow() + "\n\n"))).hasMessage("r.csv line 2: no rows after the header");
        assertThatThrownBy(() -> WageIndexFileReader.readAsc("asc.csv", new StringReader("CBSA,CBSA Name,WI26\n\n\n")))
                .hasMessage("asc.csv line 3: no rows after the header");
        assertThatThrownBy(() -> WageIndexFileReader.readAsc("asc.csv", new StringReader("")))
                .hasMessage("asc.csv: empty file");
        assertThatThrownBy(() -> WageIndexFileReader.readOpps("w.csv", new StringReader(OPPS_WAGE_HEADER)))
                .hasMessage("w.csv line 1: no rows after the header");
        assertThatThrownBy(() -> WageIndexFileReader.readOpps("w.csv", new StringReader(OPPS_WAGE + "\n"
                + "05,20260101,1.4315,1.3999,0.0000,CALIFORNIA\n")))
                .hasMessage("w.csv line 3: blank line between data rows");
    }
}
