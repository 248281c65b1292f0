package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.OppsCap;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CMS's OPPSCAP file as shipped (excerpt: real rows, including 72194 for Alabama and San Francisco). */
class OppsCapFileReaderTest {

    private static List<OppsCap> read(List<String> lines) {
        List<OppsCap> all = new ArrayList<>();
        OppsCapFileReader.read(Excerpts.OPPS_CAP, new StringReader(Excerpts.text(lines)), all::add);
        return all;
    }

    @Test
    void readsEveryRowAndSkipsTheTrailingRowOfEmptyCells() {
        List<OppsCap> all = new ArrayList<>();
        OppsCapFileReader.read(Excerpts.file(Excerpts.OPPS_CAP), all::add);

        assertThat(all).hasSize(7);
        assertThat(all).contains(
                new OppsCap("72194", "", new LocalityId("1011200"), new java.math.BigDecimal("207.17"),
                        new java.math.BigDecimal("207.17")),
                new OppsCap("72194", "TC", new LocalityId("1011200"), new java.math.BigDecimal("154.41"),
                        new java.math.BigDecimal("154.41")),
                new OppsCap("72194", "", new LocalityId("0111205"), new java.math.BigDecimal("315.67"),
                        new java.math.BigDecimal("315.67")));
    }

    @Test
    void padsCarrierAndLocalityWhenLeadingZerosAreDropped() {
        List<String> lines = Excerpts.lines(Excerpts.OPPS_CAP);
        lines.set(1, "0633T,TC,C,1112,5,150.69,150.70");

        OppsCap cap = read(lines).get(0);

        assertThat(cap.locality()).isEqualTo(new LocalityId("0111205"));
        assertThat(cap.facilityPrice()).isEqualByComparingTo("150.69");
        assertThat(cap.nonFacilityPrice()).isEqualByComparingTo("150.70");
    }

    @Test
    void aMalformedPriceNamesFileLineAndField() {
        List<String> lines = Excerpts.lines(Excerpts.OPPS_CAP);
        lines.set(4, "72194,,A,10112,00,207.17,2O7.17");

        assertThatThrownBy(() -> read(lines))
                .isInstanceOf(CmsFileException.class)
                .hasMessage("OPPSCAP_Oct.csv line 5, field NON-FACILITY PRICE: not a non-negative decimal number: '2O7.17'")
                .satisfies(e -> assertThat(((CmsFileException) e).line()).isEqualTo(5));
    }

    @Test
    void aMissingCellIsNamed() {
        List<String> lines = Excerpts.lines(Excerpts.OPPS_CAP);
        lines.set(2, "72194,,A,01112,05,315.67");

        assertThatThrownBy(() -> read(lines)).isInstanceOf(CmsFileException.class)
                .hasMessageContaining("line 3, field NON-FACILITY PRICE");
    }

    @Test
    void aRowListedTwiceStopsTheRead() {
        List<String> lines = Excerpts.lines(Excerpts.OPPS_CAP);
        lines.add(3, lines.get(2));

        assertThatThrownBy(() -> read(lines)).isInstanceOf(CmsFileException.class)
                .hasMessageContaining("line 4").hasMessageContaining("72194 in locality 0111205 listed twice");
    }

    @Test
    void aRowAfterTheTrailingBlankRowStopsTheRead() {
        List<String> lines = Excerpts.lines(Excerpts.OPPS_CAP);
        lines.add("72195,,A,10112,00,1.00,1.00");

        assertThatThrownBy(() -> read(lines)).isInstanceOf(CmsFileException.class)
                .hasMessageContaining("line 9: blank line between data rows");
    }

    @Test
    void anotherFileIsRejectedByItsHeader() {
        assertThatThrownBy(() -> read(Excerpts.lines(Excerpts.GPCI))).isInstanceOf(CmsFileException.class)
                .hasMessageContaining("OPPSCAP_Oct.csv line 1").hasMessageContaining("not an OPPSCAP file?");
    }
}
