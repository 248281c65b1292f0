package com.epiduralestimator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §4: ICD-10-CM codes dotted or undotted, any case, are one code. */
class Icd10Test {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"M54.16, M54.16", "M5416, M54.16", "m54.16, M54.16", "m5416, M54.16", "M50.121, M50.121",
            "m50121, M50.121", "B0229, B02.29", "M48, M48", "m48, M48", "' M54.16 ', M54.16"})
    void oneSpellingPerCode(String sent, String canonical) {
        assertThat(Icd10.normalise(sent)).isEqualTo(canonical);
    }

    @Test
    void theEstimateKeepsOneSpellingAndNoRepeats() {
        EstimateInput input = new EstimateInput(LocalDate.parse("2025-06-01"), Setting.FACILITY,
                List.of(new SessionLine(new HcpcsCode("62323"), 1, List.of())), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), List.of("m5416", "M54.16", "M48.062"),
                Participation.PARTICIPATING, Optional.of(Money.ZERO), Documentation.NONE, Assignment.ACCEPTED);
        assertThat(input.diagnosisCodes()).containsExactly("M54.16", "M48.062");
    }
}
