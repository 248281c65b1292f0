package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.ZipCode;
import com.epiduralestimator.domain.ZipLocation;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Zip5FileReaderTest {

    private static List<Zip5FileReader.Record> readExcerpt() {
        List<Zip5FileReader.Record> all = new ArrayList<>();
        Zip5FileReader.read(Excerpts.file(Excerpts.ZIP5), all::add);
        return all;
    }

    private static List<Zip5FileReader.Record> read(List<String> lines) {
        List<Zip5FileReader.Record> all = new ArrayList<>();
        Zip5FileReader.read(Excerpts.ZIP5, new StringReader(Excerpts.text(lines)), all::add);
        return all;
    }

    @Test
    void readsEveryLineOfTheExcerpt() {
        List<Zip5FileReader.Record> all = readExcerpt();
        assertThat(all).hasSize(44);
        assertThat(all).allSatisfy(r -> {
            assertThat(r.yearQuarter()).isEqualTo("20254");
            assertThat(r.year()).isEqualTo(2025);
        });
        assertThat(all).filteredOn(r -> r.location().splitByPlusFour()).hasSize(15);
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}, split by +4: {3}")
    @CsvSource({
            "94103, CA, 0111205, false",
            "35004, AL, 1011200, false",
            "35010, AL, 1011200, false",
            "99501, AK, 0210201, false",
    })
    void mapsZipsToCarrierAndLocality(String zip, String state, String locality, boolean split) {
        Map<String, Zip5FileReader.Record> byZip = readExcerpt().stream()
                .collect(Collectors.toMap(r -> r.location().zip().value(), r -> r));
        Zip5FileReader.Record r = byZip.get(zip);
        assertThat(r).isNotNull();
        assertThat(r.state()).isEqualTo(state);
        assertThat(r.location()).isEqualTo(new ZipLocation(new ZipCode(zip), new LocalityId(locality), split));
    }

    @Test
    void readsThePlusFourFlag() {
        Zip5FileReader.Record first = readExcerpt().stream().filter(r -> r.location().splitByPlusFour()).findFirst()
                .orElseThrow();
        List<String> lines = Excerpts.lines(Excerpts.ZIP5);
        assertThat(lines.get(first.line() - 1).charAt(20)).isEqualTo('1');
    }

    @ParameterizedTest(name = "a line cut to {0} columns fails at {1}")
    @CsvSource({
            "1,  State (1-2)",
            "6,  Zip Code (3-7)",
            "10, Carrier (8-12)",
            "13, Pricing Locality (13-14)",
            "20, Plus Four Flag (21)",
            "40, Year/Quarter (76-80)",
            "79, Year/Quarter (76-80)",
    })
    void rejectsATruncatedLine(int length, String field) {
        List<String> lines = Excerpts.lines(Excerpts.ZIP5);
        lines.set(3, lines.get(3).substring(0, length));
        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessageStartingWith("ZIP5_OCT2025.txt line 4, field " + field + ": line is " + length + " columns");
    }

    @ParameterizedTest(name = "{1} = ''{3}''")
    @CsvSource({
            "0,  State (1-2),              2, a1",
            "2,  Zip Code (3-7),           5, 9950X",
            "7,  Carrier (8-12),           5, 0210 ",
            "12, Pricing Locality (13-14), 2, 1A",
            "20, Plus Four Flag (21),      1, 2",
            "75, Year/Quarter (76-80),     5, 20255",
    })
    void rejectsAMalformedField(int from, String field, int width, String bad) {
        List<String> lines = Excerpts.lines(Excerpts.ZIP5);
        String line = lines.get(2);
        String padded = (bad + "     ").substring(0, width);
        lines.set(2, line.substring(0, from) + padded + line.substring(from + width));
        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessageStartingWith("ZIP5_OCT2025.txt line 3, field " + field + ": ")
                .hasMessageContaining("'" + padded + "'");
    }

    @Test
    void rejectsAZipListedTwice() {
        List<String> lines = Excerpts.lines(Excerpts.ZIP5);
        lines.add(lines.get(0));
        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessage("ZIP5_OCT2025.txt line " + lines.size() + ", field Zip Code (3-7): ZIP 99501 listed twice");
    }

    @Test
    void rejectsALongerLine() {
        List<String> lines = Excerpts.lines(Excerpts.ZIP5);
        lines.set(0, lines.get(0) + "X");
        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessageStartingWith("ZIP5_OCT2025.txt line 1: line is 81 columns");
    }
}
