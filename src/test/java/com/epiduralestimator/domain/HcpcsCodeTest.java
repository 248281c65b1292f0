package com.epiduralestimator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a well-formed HCPCS code is, said once: five upper-case letters or digits, nothing guessed. */
class HcpcsCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"62321", "64483", "0228T", "G0260"})
    void fiveUpperCaseLettersOrDigitsAreACode(String code) {
        assertThat(HcpcsCode.wellFormed(code)).isTrue();
        assertThat(HcpcsCode.parse(code)).contains(new HcpcsCode(code));
        assertThat(new HcpcsCode(code)).hasToString(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"6232", "623210", "0228t", " 62321", "62321 ", "6232-", "M54.1"})
    void anythingElseIsNotACodeAndIsNeverCorrected(String code) {
        assertThat(HcpcsCode.wellFormed(code)).isFalse();
        assertThat(HcpcsCode.parse(code)).isEmpty();
        assertThatThrownBy(() -> new HcpcsCode(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a 5-character HCPCS code");
    }
}
