package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GpciFileReaderTest {

    private static Map<String, Locality> byId() {
        return GpciFileReader.readAll(Excerpts.file(Excerpts.GPCI)).stream()
                .collect(Collectors.toMap(l -> l.id().value(), Function.identity()));
    }

    private static List<Locality> read(List<String> lines) {
        List<Locality> all = new ArrayList<>();
        GpciFileReader.read(Excerpts.GPCI, new StringReader(Excerpts.text(lines)), all::add);
        return all;
    }

    @Test
    void readsAll109LocalitiesBetweenTheTitleAndTheFootnotes() {
        List<Locality> all = GpciFileReader.readAll(Excerpts.file(Excerpts.GPCI));
        assertThat(all).hasSize(109);
        assertThat(all.get(0).id()).isEqualTo(new LocalityId("1011200"));
        assertThat(all.get(108).name()).isEqualTo("WYOMING");
    }

    @ParameterizedTest(name = "{0} = {1} {2} {3}: {4}/{5}/{6}")
    @CsvSource({
            "0111205, 01112, 05, CA, SAN FRANCISCO-OAKLAND-BERKELEY (SAN FRANCISCO/SAN MATEO/ALAMEDA/CONTRA COSTA CNTY), 1.088, 1.419, 0.445",
            "1011200, 10112, 00, AL, ALABAMA,       1,     0.869, 0.575",
            "0210201, 02102, 01, AK, ALASKA,        1.5,   1.081, 0.592",
            "0360221, 03602, 21, WY, WYOMING,       1,     1,     0.739",
    })
    void padsIdsStripsFootnoteMarksAndKeepsGpcisAsWritten(String id, String mac, String number, String state, String name,
            String work, String pe, String mp) {
        Locality l = byId().get(id);
        assertThat(l).isNotNull();
        assertThat(l.id().value()).isEqualTo(mac + number); // the 5-digit MAC, then the 2-digit locality number
        assertThat(l.state()).isEqualTo(state);
        assertThat(l.name()).isEqualTo(name);
        assertThat(l.workGpci().toPlainString()).isEqualTo(work);
        assertThat(l.peGpci().toPlainString()).isEqualTo(pe);
        assertThat(l.mpGpci().toPlainString()).isEqualTo(mp);
    }

    @Test
    void noNameKeepsAFootnoteMarkAndQuotedNamesKeepTheirComma() {
        Map<String, Locality> all = byId();
        assertThat(all.values()).allSatisfy(l -> assertThat(l.name()).doesNotContain("*"));
        assertThat(all.values()).map(Locality::name).contains("HAWAII, GUAM");
    }

    @Test
    void padsNumbersWhoseLeadingZerosWereDropped() {
        List<String> lines = Excerpts.lines(Excerpts.GPCI);
        int i = Excerpts.indexOf(lines, "01112,CA,05,");
        lines.set(i, lines.get(i).replace("01112,CA,05,", "1112,CA,5,"));
        assertThat(read(lines)).map(l -> l.id().value()).contains("0111205");
    }

    @ParameterizedTest(name = "{1} = ''{2}''")
    @CsvSource({
            "0, MAC,             1011X",
            "0, MAC,             101120",
            "1, State,           Alabama",
            "2, Locality Number, 100",
            "4, PW GPCI,         one",
            "5, PE GPCI,         ''",
            "6, MP GPCI,         0.5.75",
    })
    void rejectsAMalformedField(int cell, String field, String bad) {
        List<String> lines = Excerpts.lines(Excerpts.GPCI);
        int i = Excerpts.indexOf(lines, "10112,AL,00,");
        lines.set(i, Excerpts.replaceCell(lines.get(i), cell, bad));
        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessageStartingWith("GPCI2025.csv line " + (i + 1) + ", field " + field + ": ")
                .hasMessageContaining("'" + bad + "'");
    }

    @Test
    void rejectsAMissingColumn() {
        List<String> lines = Excerpts.lines(Excerpts.GPCI);
        int i = Excerpts.indexOf(lines, "03102,AZ,00,");
        lines.set(i, "03102,AZ,00,ARIZONA,1,0.975");
        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessageStartingWith("GPCI2025.csv line " + (i + 1) + ", field MP GPCI: missing column");
    }

    @Test
    void rejectsALocalityRowAfterTheFootnotes() {
        List<String> lines = Excerpts.lines(Excerpts.GPCI);
        lines.add("99999,ZZ,99,NOWHERE,1,1,1");
        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessageStartingWith("GPCI2025.csv line " + lines.size() + ": locality row after the end of the data");
    }

    @Test
    void rejectsALocalityListedTwice() {
        List<String> lines = Excerpts.lines(Excerpts.GPCI);
        int i = Excerpts.indexOf(lines, "10112,AL,00,");
        lines.add(i + 1, lines.get(i));
        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessage("GPCI2025.csv line " + (i + 2) + ", field Locality Number: locality 1011200 listed twice");
    }

    @Test
    void rejectsAFileWithoutTheHeader() {
        List<String> lines = Excerpts.lines(Excerpts.GPCI);
        lines.remove(2);
        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessageContaining("GPCI2025.csv")
                .hasMessageContaining("no header row");
    }
}
