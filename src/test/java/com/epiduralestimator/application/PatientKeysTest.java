package com.epiduralestimator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.domain.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** medicare-rules.md §3 "Decision – patient id": one id, one key, whatever the spelling. */
class PatientKeysTest {
    private static final byte[] SECRET = "patient-keys-test-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private final PatientKeys keys = new PatientKeys(SECRET, Set.of("clinic-ci"));

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"MRN-0042", "MRN-0042 ", " MRN-0042\t", "\u3000MRN-0042", "MRN-0042\u00A0",
            "\uFF2D\uFF32\uFF2E-\uFF10\uFF10\uFF14\uFF12", "MRN\uFF0D0042", "\uFF2D\uFF32\uFF2E\uFF0D\uFF10\uFF10\uFF14\uFF12",
            // look-alike hyphens NFKC keeps: hyphen, non-breaking hyphen, en dash, em dash, minus sign, small hyphen-minus
            "MRN\u20100042", "MRN\u20110042", "MRN\u20130042", "MRN\u20140042", "MRN\u22120042", "MRN\uFE630042"})
    void everySpellingOfTheIdIsOneKey(String spelling) {
        assertThat(keys.ref("clinic-a", spelling)).isEqualTo(keys.ref("clinic-a", "MRN-0042"));
        assertThat(keys.normalise("clinic-a", spelling)).isEqualTo("MRN-0042");
    }

    @Test
    void composedAndDecomposedAccentsAreOneKey() {
        assertThat(keys.ref("clinic-a", "JOSE\u0301-1")).isEqualTo(keys.ref("clinic-a", "JOS\u00C9-1"));
    }

    @Test
    void idsAreCaseSensitiveUnlessTheTenantChoseOtherwise() {
        assertThat(keys.ref("clinic-a", "mrn-0042")).isNotEqualTo(keys.ref("clinic-a", "MRN-0042"));
        assertThat(keys.ref("clinic-ci", "mrn-0042")).isEqualTo(keys.ref("clinic-ci", "MRN-0042"));
        assertThat(keys.ref("clinic-ci", "\uFF4D\uFF52\uFF4E-0042 ")).isEqualTo(keys.ref("clinic-ci", "MRN-0042"));
    }

    @ParameterizedTest(name = "[{index}] U+{0}")
    @CsvSource({"0007", "0000", "001B", "007F", "0085", "200B", "2028", "FEFF"})
    void aControlCharacterInsideTheIdIs400WithoutQuotingIt(String hex) {
        String id = "MRN-" + (char) Integer.parseInt(hex, 16) + "0042";
        assertThatThrownBy(() -> keys.ref("clinic-a", id)).isInstanceOf(InvalidFieldException.class)
                .hasMessageNotContaining("MRN")
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("patientId"));
    }

    @Test
    void nothingLeftAfterTrimmingIs400() {
        assertThatThrownBy(() -> keys.ref("clinic-a", " \u3000 ")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void theKeysReadAreTheNormalisedOneFirstThenTheSpellingsSessionsMayHaveBeenStoredUnder() {
        // Normalised spelling: one key, one read.
        assertThat(keys.refs("clinic-a", "MRN-0042")).containsExactly(keys.ref("clinic-a", "MRN-0042"));
        // Sent unnormalised: its own key too (how it was keyed before normalisation).
        assertThat(keys.refs("clinic-a", "MRN-0042 ")).hasSize(2).first()
                .isEqualTo(keys.ref("clinic-a", "MRN-0042"));
        // A case-insensitive tenant: the upper-cased key, then the case kept, then the spelling as sent.
        assertThat(keys.refs("clinic-ci", "mrn-0042 ")).hasSize(3).first()
                .isEqualTo(keys.ref("clinic-ci", "MRN-0042"));
        assertThat(keys.refs("clinic-ci", "MRN-0042")).hasSize(1);
    }
}
