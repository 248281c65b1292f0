package com.epiduralestimator.application;

import static com.epiduralestimator.domain.SpinalRegion.CERVICAL_THORACIC;
import static com.epiduralestimator.domain.SpinalRegion.LUMBAR_SACRAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FindingKind;
import com.epiduralestimator.domain.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FREQ-ONE-REGION across requests is made in one place, with its kind named there: a coverage error. */
class FrequencyInputsTest {
    private static final LocalDate D = LocalDate.parse("2025-06-01");

    @Test
    void aSessionOfTheOtherRegionOnTheDateIsACoverageErrorThatMakesTheServiceNotCovered() {
        FrequencyInputs inputs = FrequencyInputs.of(List.of(), List.of(new OtherSession(D, LUMBAR_SACRAL)),
                CERVICAL_THORACIC, D);

        Finding finding = inputs.otherRegionSameDay().orElseThrow();
        assertThat(finding.code()).isEqualTo("FREQ-ONE-REGION");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.kind()).isEqualTo(FindingKind.COVERAGE);
        assertThat(finding.makesNotCovered()).isTrue();
        assertThat(inputs.sessionDates()).as("the other region's session is not counted in this one").isEmpty();
    }

    @Test
    void theOtherRegionOnAnotherDateOrThisRegionOnTheDateIsNoFinding() {
        assertThat(FrequencyInputs.of(List.of(), List.of(new OtherSession(D.minusDays(1), LUMBAR_SACRAL)),
                CERVICAL_THORACIC, D).otherRegionSameDay()).isEmpty();
        assertThat(FrequencyInputs.of(List.of(), List.of(new OtherSession(D, CERVICAL_THORACIC)),
                CERVICAL_THORACIC, D).otherRegionSameDay()).isEmpty();
    }
}
