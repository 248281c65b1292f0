package com.epiduralestimator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Findings made without a rule object get their kind from their id; an unknown id is never given a guessed kind. */
class FindingKindTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"FEE-YEAR, data", "FEE-NATIONAL-DEFAULT, data", "FEE-OPPS-CAP, data", "ABN, payment",
            "LIMITING-CHARGE, payment"})
    void knownIdsHaveTheirKind(String id, String kind) {
        assertThat(Finding.warning(id, "m", "s").kind().wireName()).isEqualTo(kind);
    }

    @Test
    void anIdWithoutAKindIsAProgrammingErrorNotAGuess() {
        assertThatThrownBy(() -> Finding.info("SOMETHING-NEW", "m", "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Finding.of");
        // FREQ-ONE-REGION names its kind where it is made (FrequencyInputs, Finding.of), so it is not listed twice.
        assertThatThrownBy(() -> Finding.warning("FREQ-ONE-REGION", "m", "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Finding.of");
    }

    @Test
    void everyFindingNamesItsSource() {
        assertThatThrownBy(() -> Finding.of("X", Severity.ERROR, FindingKind.COVERAGE, "m", null))
                .isInstanceOf(NullPointerException.class).hasMessage("source");
        assertThatThrownBy(() -> Finding.warning("FEE-YEAR", "m", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void onlyACoverageErrorMakesTheServiceNotCovered() {
        assertThat(Finding.of("X", Severity.ERROR, FindingKind.COVERAGE, "m", "s").makesNotCovered()).isTrue();
        assertThat(Finding.of("X", Severity.WARNING, FindingKind.COVERAGE, "m", "s").makesNotCovered()).isFalse();
        assertThat(Finding.of("X", Severity.ERROR, FindingKind.CODING, "m", "s").makesNotCovered()).isFalse();
        assertThat(Finding.of("X", Severity.ERROR, FindingKind.CODING, "m", "s").isError()).isTrue();
    }
}
