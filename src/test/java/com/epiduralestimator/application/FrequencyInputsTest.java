package com.epiduralestimator.application;

import static com.epiduralestimator.domain.SpinalRegion.CERVICAL_THORACIC;
import static com.epiduralestimator.domain.SpinalRegion.LUMBAR_SACRAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FREQ-ONE-REGION across requests (issue 18): the region on file first for the date stays covered; the finding
 * itself is the rule's (OneRegionRule), line by line. A session of the other region is never counted in this one.
 */
class FrequencyInputsTest {
    private static final LocalDate D = LocalDate.parse("2025-06-01");

    @Test
    void aSessionOfTheOtherRegionGivenForTheDateIsTheRegionOnFileAndIsNotCountedInThisOne() {
        List<OtherSession> others = List.of(new OtherSession(D, LUMBAR_SACRAL));
        assertThat(FrequencyInputs.regionOnFile(List.of(), others, D)).contains(LUMBAR_SACRAL);
        assertThat(FrequencyInputs.of(List.of(), others, CERVICAL_THORACIC, D).sessionDates())
                .as("the other region's session is not counted in this one").isEmpty();
    }

    @Test
    void theOtherRegionOnAnotherDateIsNothingOnFileForTheDate() {
        assertThat(FrequencyInputs.regionOnFile(List.of(), List.of(new OtherSession(D.minusDays(1), LUMBAR_SACRAL)),
                D)).isEmpty();
        assertThat(FrequencyInputs.regionOnFile(List.of(), List.of(new OtherSession(D, CERVICAL_THORACIC)), D))
                .contains(CERVICAL_THORACIC);
    }
}
