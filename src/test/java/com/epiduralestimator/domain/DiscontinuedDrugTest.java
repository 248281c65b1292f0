package com.epiduralestimator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DRUG-DISCONTINUED's data: J1030 (40 mg) ended 2024-03-31 and is J1010 (per 1 mg) x 40 per unit. */
class DiscontinuedDrugTest {
    private static final DiscontinuedDrug J1030 = new DiscontinuedDrug(new HcpcsCode("J1030"),
            LocalDate.parse("2024-03-31"), new HcpcsCode("J1010"), 40, "methylprednisolone acetate 40 mg");

    @Test
    void theCodeIsValidThroughItsLastDayOnly() {
        assertThat(J1030.endedBefore(LocalDate.parse("2024-03-31"))).isFalse();
        assertThat(J1030.endedBefore(LocalDate.parse("2024-04-01"))).isTrue();
    }

    @Test
    void aLineIsReplacedUnitForUnitKeepingItsModifiers() {
        // J1030 x2 (80 mg) = J1010 x80
        SessionLine fixed = J1030.replace(new SessionLine(new HcpcsCode("J1030"), 2, List.of("JZ")));
        assertThat(fixed.code()).isEqualTo(new HcpcsCode("J1010"));
        assertThat(fixed.units()).isEqualTo(80);
        assertThat(fixed.modifiers()).containsExactly("JZ");
    }
}
