package com.epiduralestimator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The table names come from one place, {@link Config}: {@code FEE_TABLE} and {@code SESSION_TABLE}, or the defaults
 * docs/configuration.md lists ({@code epidural-fees}, {@code epidural-sessions}). The DynamoDB adapter is handed them.
 */
class ConfigTableNamesTest {

    @Test
    void withoutTheVariablesTheTablesAreTheDefaults() {
        Config config = Config.from(Map.of());
        assertThat(config.feeTable()).isEqualTo("epidural-fees").isEqualTo(Config.DEFAULT_FEE_TABLE);
        assertThat(config.sessionTable()).isEqualTo("epidural-sessions").isEqualTo(Config.DEFAULT_SESSION_TABLE);
    }

    @Test
    void theVariablesNameTheTables() {
        Config config = Config.from(Map.of("FEE_TABLE", "f1", "SESSION_TABLE", " s1 "));
        assertThat(config.feeTable()).isEqualTo("f1");
        assertThat(config.sessionTable()).isEqualTo("s1");
    }

    @Test
    void aVariableSetButEmptyIsRefusedNotDefaulted() {
        assertThatThrownBy(() -> Config.from(Map.of("FEE_TABLE", " ")))
                .isInstanceOf(IllegalStateException.class).hasMessage("FEE_TABLE is set but empty");
        assertThatThrownBy(() -> Config.from(Map.of("SESSION_TABLE", "")))
                .isInstanceOf(IllegalStateException.class).hasMessage("SESSION_TABLE is set but empty");
    }
}
