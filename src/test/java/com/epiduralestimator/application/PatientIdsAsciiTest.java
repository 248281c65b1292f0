package com.epiduralestimator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.domain.InvalidFieldException;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * An all-ASCII id skips Unicode normalisation (a cold-start saving, docs/performance.md): this holds the shortcut to
 * the rule it skips. For every ASCII character, NFKC leaves it as it is, and the id folds exactly as the full path
 * would have folded it: kept when it is in the closed set, refused (naming the character) when it is not.
 */
class PatientIdsAsciiTest {
    @Test
    void everyAsciiCharacterFoldsAsNfkcWouldFoldIt() {
        for (char c = 0; c < 0x80; c++) {
            String s = String.valueOf(c);
            assertThat(Normalizer.normalize(s, Normalizer.Form.NFKC)).as("NFKC of U+%04X", (int) c).isEqualTo(s);
            String id = "A" + c + "7";
            boolean allowed = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
                    || c == '.' || c == '_' || c == '/';
            if (allowed) {
                assertThat(PatientIds.canonical(id)).isEqualTo(id);
            } else {
                assertThatThrownBy(() -> PatientIds.canonical(id)).as("U+%04X", (int) c)
                        .isInstanceOf(InvalidFieldException.class)
                        .hasMessageContaining(String.format("U+%04X", (int) c));
            }
        }
    }

    @Test
    void nonAsciiIdsStillFoldThroughNfkc() {
        // Full-width "ＭＲＮ－４２" is NFKC "MRN-42" (U+FF0D full-width hyphen-minus folds to '-').
        assertThat(PatientIds.canonical("\uFF2D\uFF32\uFF2E\uFF0D\uFF14\uFF12")).isEqualTo("MRN-42");
        assertThat(PatientIds.canonical("MRN\u201342")).isEqualTo("MRN-42");
    }
}
