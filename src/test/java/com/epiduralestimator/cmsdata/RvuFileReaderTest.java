package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.domain.FeeRow;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RvuFileReaderTest {

    private static List<RvuFileReader.Row> readExcerpt() {
        List<RvuFileReader.Row> rows = new ArrayList<>();
        RvuFileReader.read(Excerpts.file(Excerpts.RVU), rows::add);
        return rows;
    }

    private static Map<String, FeeRow> byCodeAndModifier() {
        return readExcerpt().stream().map(RvuFileReader.Row::fee)
                .collect(Collectors.toMap(r -> r.code() + "/" + r.modifier(), Function.identity()));
    }

    private static List<RvuFileReader.Row> read(List<String> lines) {
        List<RvuFileReader.Row> rows = new ArrayList<>();
        RvuFileReader.read(Excerpts.RVU, new StringReader(Excerpts.text(lines)), rows::add);
        return rows;
    }

    @Test
    void skipsThePreambleAndTheStackedHeader() {
        List<RvuFileReader.Row> rows = readExcerpt();
        assertThat(rows).hasSize(58);
        // lines 1-5 preamble, 6-10 header (last one starts with HCPCS): the first row is line 11
        assertThat(rows.get(0).line()).isEqualTo(11);
        assertThat(rows.get(0).fee().code()).isEqualTo("0001F");
        assertThat(rows.get(rows.size() - 1).line()).isEqualTo(68);
    }

    @Test
    void findsTheHeaderWhateverThePreambleLength() {
        List<String> lines = Excerpts.lines(Excerpts.RVU);
        lines.add(0, "An extra title line,,,");
        lines.add(0, "");
        List<RvuFileReader.Row> rows = read(lines);
        assertThat(rows).hasSize(58);
        assertThat(rows.get(0).line()).isEqualTo(13);
    }

    @Test
    void readsTheConversionFactorOfEveryRow() {
        assertThat(readExcerpt()).allSatisfy(r -> assertThat(r.conversionFactor()).isEqualByComparingTo("32.3465"));
    }

    @Test
    void mapsTheEsiRowsExactly() {
        FeeRow r = byCodeAndModifier().get("62321/");
        assertThat(r).isEqualTo(new FeeRow("62321", "", 'A', new BigDecimal("1.95"), new BigDecimal("5.63"), false,
                new BigDecimal("1.08"), false, new BigDecimal("0.18"), "0", "000", 2, 9));
        FeeRow addOn = byCodeAndModifier().get("64480/");
        assertThat(addOn.globalDays()).isEqualTo("ZZZ");
        assertThat(addOn.multipleProcedure()).isZero();
        assertThat(addOn.bilateral()).isEqualTo(1);
    }

    @Test
    void keepsAllFourteenEsiCodes() {
        assertThat(readExcerpt()).map(r -> r.fee().code()).containsAll(BundledFormat.ESI_FAMILY);
    }

    @ParameterizedTest(name = "{0} {1}: PE non-fac {2} NA={3}, fac {4} NA={5}, PCTC {6}")
    @CsvSource({
            "72194, '', 6.33, false, 6.33, true,  1",
            "72194, 26, 0.44, false, 0.44, false, 1",
            "72194, TC, 5.89, false, 5.89, true,  1",
            "36591, '', 0.82, false, 0.82, true,  3",
            "62321, '', 5.63, false, 1.08, false, 0",
    })
    void readsProfessionalAndTechnicalRowsAndNaIndicators(String code, String modifier, String nonFacPe, boolean nonFacNa,
            String facPe, boolean facNa, String pctc) {
        FeeRow r = byCodeAndModifier().get(code + "/" + modifier);
        assertThat(r).isNotNull();
        assertThat(r.nonFacilityPeRvu()).isEqualTo(new BigDecimal(nonFacPe));
        assertThat(r.nonFacilityNa()).isEqualTo(nonFacNa);
        assertThat(r.facilityPeRvu()).isEqualTo(new BigDecimal(facPe));
        assertThat(r.facilityNa()).isEqualTo(facNa);
        assertThat(r.pctc()).isEqualTo(pctc);
    }

    @ParameterizedTest(name = "{0} has status {1}")
    @CsvSource({"0001F, I", "00100, J", "11055, R", "20930, B", "36591, T", "A2001, C", "80161, X", "62321, A"})
    void readsStatusCodes(String code, char status) {
        assertThat(byCodeAndModifier().get(code + "/").status()).isEqualTo(status);
    }

    @Test
    void readsModifier53Rows() {
        assertThat(byCodeAndModifier()).containsKey("45378/53");
    }

    @Test
    void keepsNoDescription() {
        assertThat(Arrays.stream(FeeRow.class.getRecordComponents()).map(c -> c.getName()))
                .noneMatch(n -> n.toLowerCase().contains("desc"));
        assertThat(readExcerpt()).allSatisfy(r -> assertThat(r.toString()).doesNotContain("description"));
    }

    @Test
    void parsesQuotedCellsWithCommasAndDoubledQuotes() {
        List<String> lines = Excerpts.lines(Excerpts.RVU);
        int i = Excerpts.indexOf(lines, "62321,");
        String row = lines.get(i);
        lines.set(i, row.replace("(description removed)", "\"made up, with a comma and \"\"quotes\"\", too\""));
        FeeRow r = read(lines).stream().map(RvuFileReader.Row::fee).filter(f -> f.code().equals("62321")).findFirst()
                .orElseThrow();
        assertThat(r.workRvu()).isEqualByComparingTo("1.95");
        assertThat(r.mpRvu()).isEqualByComparingTo("0.18");
        assertThat(r.multipleProcedure()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{1} = ''{2}'' fails naming the field")
    @CsvSource({
            "5,  WORK RVU,              1.9x5",
            "6,  NON-FAC PE RVU,        ''",
            "7,  NON-FAC NA INDICATOR,  N/A",
            "8,  FACILITY PE RVU,       -1.08",
            "9,  FACILITY NA INDICATOR, X",
            "10, MP RVU,                .18",
            "3,  STATUS CODE,           AA",
            "14, GLOB DAYS,             999",
            "18, MULT PROC,             12",
            "24, CONV FACTOR,           0",
            "0,  HCPCS,                 6232",
    })
    void rejectsAMalformedField(int cell, String field, String bad) {
        List<String> lines = Excerpts.lines(Excerpts.RVU);
        int i = Excerpts.indexOf(lines, "62321,");
        lines.set(i, Excerpts.replaceCell(lines.get(i), cell, bad));
        int lineNo = i + 1;
        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessageStartingWith("PPRRVU2025_Oct.csv line " + lineNo + ", field " + field + ": ")
                .hasMessageContaining("'" + bad + "'")
                .satisfies(e -> {
                    CmsFileException c = (CmsFileException) e;
                    assertThat(c.file()).isEqualTo(Excerpts.RVU);
                    assertThat(c.line()).isEqualTo(lineNo);
                    assertThat(c.field()).isEqualTo(field);
                });
    }

    @Test
    void rejectsAMissingColumn() {
        List<String> lines = Excerpts.lines(Excerpts.RVU);
        int i = Excerpts.indexOf(lines, "64483,");
        String row = lines.get(i);
        lines.set(i, row.substring(0, row.lastIndexOf(',')));
        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessageStartingWith("PPRRVU2025_Oct.csv line " + (i + 1) + ", field MP USED FOR OPPS PAYMENT AMOUNT: ")
                .hasMessageContaining("missing column");
    }

    @Test
    void rejectsAnUnclosedQuote() {
        List<String> lines = Excerpts.lines(Excerpts.RVU);
        int i = Excerpts.indexOf(lines, "80161,");
        lines.set(i, lines.get(i).replace("\"(description removed)\"", "\"(description removed)"));
        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessageStartingWith("PPRRVU2025_Oct.csv line " + (i + 1) + ": malformed CSV");
    }

    @Test
    void rejectsAFileWithoutTheHeader() {
        List<String> lines = Excerpts.lines(Excerpts.RVU);
        lines.removeIf(l -> l.startsWith("HCPCS,"));
        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessageContaining("PPRRVU2025_Oct.csv")
                .hasMessageContaining("HCPCS");
    }

    @Test
    void rejectsAHeaderWithoutAColumnItNeeds() {
        List<String> lines = Excerpts.lines(Excerpts.RVU);
        int h = Excerpts.indexOf(lines, "HCPCS,");
        lines.set(h, lines.get(h).replace(",FACTOR,", ",FACTORS,"));
        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessage("PPRRVU2025_Oct.csv line " + (h + 1) + ", field CONV FACTOR: column not found in the header");
    }

    @Test
    void rejectsABlankLineBetweenRows() {
        List<String> lines = Excerpts.lines(Excerpts.RVU);
        int i = Excerpts.indexOf(lines, "62321,");
        lines.add(i, "");
        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessage("PPRRVU2025_Oct.csv line " + (i + 1) + ": blank line between data rows");
    }

    @Test
    void acceptsBlankLinesAtTheEnd() {
        List<String> lines = Excerpts.lines(Excerpts.RVU);
        lines.add("");
        lines.add(",,,,");
        assertThat(read(lines)).hasSize(58);
    }
}
