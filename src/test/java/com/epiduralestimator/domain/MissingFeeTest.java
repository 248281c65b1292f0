package com.epiduralestimator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.TestSchedules;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages that help: why there is no fee, and what to do. */
class MissingFeeTest {
    @ParameterizedTest(name = "code {0}: names the bundled family and the load command: {1}")
    @CsvSource({"99213, true", "72194, true", "62321, false", "64484, false"})
    void aCodeOutsideTheBundledFamilySaysHowToLoadCmsFiles(String code, boolean hint) {
        String message = MissingFee.forCode(new HcpcsCode(code), 2025);
        assertThat(message).startsWith("No fee for code " + code + " in the 2025 schedule.");
        assertThat(message.contains("only the epidural injection family")).isEqualTo(hint);
        // the command as load accepts it: the files, and the parameters it requires (a reviewer ran the old hint,
        // which named neither, and load refused it for the missing --part-b-deductible and --sequestration-rate)
        assertThat(message.contains("load --year 2025 --rvu <CMS's PPRRVU2025 file> --gpci <CMS's GPCI2025 file>"
                + " --part-b-deductible <the year's deductible> --sequestration-rate 0.02")).isEqualTo(hint);
        if (hint) {
            assertThat(message).contains("62321", "64484", "62281");
        }
    }

    @org.junit.jupiter.api.Test
    void aDrugSaysItIsPricedAtItsAspLimitOnAnEstimate() {
        assertThat(MissingFee.forCode(new HcpcsCode("J3301"), 2026)).isEqualTo("No fee for code J3301 in the 2026"
                + " schedule. It is a Part B drug: Medicare pays it at the quarter's ASP payment limit x billing"
                + " units, not from the physician fee schedule (CMS lists drugs there with status E). Put it on an"
                + " estimate's lines (docs/encounter.md).");
    }

    @ParameterizedTest(name = "{0}-{1}: PC/TC indicator {2} explained: {3}")
    @CsvSource({"62321, 26, 0, true", "62321, TC, 0, true", "62321, 53, 0, false", "72194, 26, 1, false"})
    void modifier26OrTcOnAPhysicianServiceSaysWhy(String code, String modifier, String pctc, boolean explained) {
        FeeRow esi = TestSchedules.esiRow("62321");
        FeeRow global = new FeeRow(code, "", 'A', esi.workRvu(), esi.nonFacilityPeRvu(), false, esi.facilityPeRvu(),
                false, esi.mpRvu(), pctc, "000", 2, 9);
        String message = MissingFee.forModifier(code, modifier, List.of(global), 2025);
        assertThat(message).startsWith("No fee for code " + code + " with modifier " + modifier);
        assertThat(message.contains("PC/TC indicator 0")).isEqualTo(explained);
        assertThat(message.contains("modifiers 26 and TC cannot be used")).isEqualTo(explained);
    }
}
