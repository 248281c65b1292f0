package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.application.CodeSchedule;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.domain.LocalityId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CMS file set as a feed: RVU rows grouped per code as they stream, caps attached, CFs chosen. */
class CmsScheduleFilesTest {
    @TempDir
    Path dir;

    static CmsScheduleFiles excerpt(int year, Optional<BigDecimal> cf, Optional<BigDecimal> apmCf) {
        return new CmsScheduleFiles(year, Excerpts.file(Excerpts.RVU), Excerpts.file(Excerpts.GPCI),
                Optional.of(Excerpts.file(Excerpts.ZIP5)), Optional.of(Excerpts.file(Excerpts.OPPS_CAP)),
                com.epiduralestimator.TestSchedules.loadParameters(year, cf, apmCf));
    }

    @Test
    void groupsEveryModifierRowOfACodeAndAttachesItsCaps() {
        CmsScheduleFiles files = excerpt(2025, Optional.empty(), Optional.empty());
        List<CodeSchedule> codes = new ArrayList<>();
        files.codes(codes::add);

        assertThat(codes).hasSize(51); // 58 rows: 45378 has 2 rows, 72194, 77003 and 77012 have 3
        assertThat(codes.stream().mapToInt(CodeSchedule::sourceLines).sum()).isEqualTo(58);
        CodeSchedule ct = codes.stream().filter(c -> c.code().equals("72194")).findFirst().orElseThrow();
        assertThat(ct.rows()).extracting(r -> r.modifier()).containsExactly("", "26", "TC");
        assertThat(ct.caps()).hasSize(6).extracting(c -> c.locality()).contains(new LocalityId("1011200"));
        // 0633T is capped but not in the RVU excerpt: its cap is read and left out.
        assertThat(files.capsRead()).isEqualTo(7);
        assertThat(files.capsUnmatched()).isEqualTo(1);
        assertThat(files.parameters().conversionFactor()).isEqualByComparingTo("32.3465");
        assertThat(files.parameters().apmConversionFactor()).isEmpty();
    }

    @Test
    void givenConversionFactorsWinOverTheFilesColumn() {
        CmsScheduleFiles files = excerpt(2026, Optional.of(new BigDecimal("33.4009")),
                Optional.of(new BigDecimal("33.5675")));

        ScheduleData data = ScheduleData.of(files);

        assertThat(data.year().year()).isEqualTo(2026);
        assertThat(data.year().conversionFactor()).isEqualByComparingTo("33.4009");
        assertThat(data.year().conversionFactor(true)).isEqualByComparingTo("33.5675");
        assertThat(data.localities()).hasSize(109);
        assertThat(data.zips()).hasSize(44);
        assertThat(files.zipYearQuarter()).contains("20254");
    }

    @Test
    void rowsOfACodeThatAreNotConsecutiveStopTheRead() throws IOException {
        List<String> rvu = Excerpts.lines(Excerpts.RVU);
        int at = Excerpts.indexOf(rvu, "99213,");
        rvu.add(at + 1, rvu.get(Excerpts.indexOf(rvu, "62321,")).replace("62321,,", "62321,53,"));
        CmsScheduleFiles files = withRvu(rvu);

        assertThatThrownBy(() -> files.codes(c -> { })).isInstanceOf(CmsFileException.class)
                .hasMessageContaining("PPRRVU2025_Oct.csv line " + (at + 2) + ", field HCPCS")
                .hasMessageContaining("not consecutive");
    }

    @Test
    void aSecondConversionFactorInTheFileStopsTheRead() throws IOException {
        List<String> rvu = Excerpts.lines(Excerpts.RVU);
        int at = Excerpts.indexOf(rvu, "62321,");
        rvu.set(at, rvu.get(at).replace(",32.3465,", ",33.2875,"));

        assertThatThrownBy(() -> withRvu(rvu).codes(c -> { })).isInstanceOf(CmsFileException.class)
                .hasMessageContaining("line " + (at + 1) + ", field CONV FACTOR");
    }

    private CmsScheduleFiles withRvu(List<String> rvu) throws IOException {
        Path file = dir.resolve(Excerpts.RVU);
        Files.writeString(file, Excerpts.text(rvu), StandardCharsets.ISO_8859_1);
        return new CmsScheduleFiles(2025, file, Excerpts.file(Excerpts.GPCI), Optional.empty(),
                Optional.of(Excerpts.file(Excerpts.OPPS_CAP)),
                com.epiduralestimator.TestSchedules.loadParameters(2025, Optional.empty(), Optional.empty()));
    }
}
