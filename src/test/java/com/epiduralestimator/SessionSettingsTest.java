package com.epiduralestimator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SESSION_RETENTION_YEARS and PATIENT_ID_CASE_INSENSITIVE_TENANTS, as the functions read them. */
class SessionSettingsTest {
    @Test
    void defaultsAreThreeYearsAndCaseSensitiveIds() {
        assertThat(SessionSettings.from(Map.of())).isEqualTo(new SessionSettings(3, Set.of()));
        assertThat(SessionSettings.from(Map.of("PATIENT_ID_CASE_INSENSITIVE_TENANTS", ""))).isEqualTo(
                new SessionSettings(3, Set.of())); // the template's default parameter value
    }

    @Test
    void readsTheRetentionAndTheTenantList() {
        assertThat(SessionSettings.from(Map.of("SESSION_RETENTION_YEARS", " 7 ",
                "PATIENT_ID_CASE_INSENSITIVE_TENANTS", "clinic-a, clinic-b,,"))).isEqualTo(
                new SessionSettings(7, Set.of("clinic-a", "clinic-b")));
    }

    @Test
    void aRetentionThatIsNotAWholeNumberOfYearsFromOneToAHundredRefusesToStart() {
        for (String bad : new String[] {"0", "-1", "101", "three", "2.5", ""}) {
            assertThatThrownBy(() -> SessionSettings.from(Map.of("SESSION_RETENTION_YEARS", bad)))
                    .as(bad).isInstanceOf(IllegalStateException.class).hasMessageContaining("SESSION_RETENTION_YEARS");
        }
    }
}
