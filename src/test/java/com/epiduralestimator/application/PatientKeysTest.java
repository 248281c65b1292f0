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

    /** Issue 22: NFKC folds the compatibility forms and dashes outside \p{Pd} are dashes too. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"MRN\u25000042", "MRN\u30FC0042", "MRN\u20430042", "MRN\u02D70042", "MRN\u27960042",
            "MRN\uFF700042", "\uD835\uDC0C\uD835\uDC11\uD835\uDC0D-0042", "MRN-\uD835\uDFCE\uD835\uDFCE\uD835\uDFD2\uD835\uDFD0"})
    void dashLookAlikesOutsidePdAndMathematicalFormsAreOneKey(String spelling) {
        assertThat(keys.normalise("clinic-a", spelling)).isEqualTo("MRN-0042");
    }

    /**
     * Issue 22, the closed set: each of these made a second patient after NFKC and dash folding; now each is a 400
     * naming the character by code point and its position in the id as sent (counted in characters from 1), never
     * quoting the id.
     */
    @ParameterizedTest(name = "[{index}] U+{1} at {2}")
    @CsvSource(delimiter = '|', value = {
            "MRN-\u034F0042|034F|5", "MRN-0042\uFE0F|FE0F|9", "MRN\u3164-0042|3164|4", "MRN-\uFFA00042|FFA0|5",
            "\u17B4MRN-0042|17B4|1", "MRN-00\u280042|2800|7", "MRN-0042\u0301|0301|9", "M\u0335RN-0042|0335|2",
            "\u041C\u0420\u041D-0042|041C|1", "MR\u041D-0042|041D|3", "MRN-\u0660\u0660\u0664\u0662|0660|5",
            "MRN-\u0966\u0966\u096A\u0968|0966|5", "MRN-\uFFFD042|FFFD|5", "MRN-\uE000042|E000|5",
            "MRN-\u0007042|0007|5", "MRN 0042|0020|4", "JOSE\u0301-1|0301|5", "JOS\u00C9-1|00C9|4",
            "MRN#0042|0023|4", "MRN-\u200B0042|200B|5", "\u3000MRN\u30000042|3000|5"})
    void everythingOutsideTheClosedSetIsRefusedNamingTheCharacterAndItsPosition(String id, String hex, int at) {
        assertThatThrownBy(() -> keys.ref("clinic-a", id)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("U+" + hex + " at position " + at + " ")
                .hasMessageNotContaining("MRN").hasMessageNotContaining("0042")
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("patientId"));
    }

    @Test
    void anIdLongerThan64CharactersOnceNormalisedIsRefused() {
        assertThat(keys.normalise("clinic-a", "A".repeat(64))).hasSize(64);
        // U+3392 (square MHz) is three characters under NFKC: 22 of them are 66.
        assertThatThrownBy(() -> keys.ref("clinic-a", "\u3392".repeat(22))).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("at most 64");
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
