package com.epiduralestimator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.adapter.memory.InMemoryFeeSchedule;
import com.epiduralestimator.adapter.memory.InMemorySessionLedger;
import com.epiduralestimator.cmsdata.BundledSchedule;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fees function is wired without patient data: asking it for a patient use case is said in words, not a null. */
class ServicesTest {
    @Test
    void withoutThePatientKeySecretOnlyTheFeeLookupIsWired() {
        Config config = Config.from(Map.of());
        Services fees = DependencyFactory.wire(config, new InMemoryFeeSchedule(BundledSchedule.loadAll()),
                new InMemorySessionLedger(), Optional.empty(), Clock.systemUTC());
        assertThat(fees.fees()).isNotNull();
        assertThat(fees.patientData()).isEmpty();
        assertThatThrownBy(fees::estimates).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without the patient key secret");
        assertThatThrownBy(fees::sessions).isInstanceOf(IllegalStateException.class);

        Services patients = DependencyFactory.wire(config, new InMemoryFeeSchedule(BundledSchedule.loadAll()),
                new InMemorySessionLedger(), Optional.of(new byte[32]), Clock.systemUTC());
        assertThat(patients.estimates()).isNotNull();
        assertThat(patients.sessions()).isNotNull();
    }
}
