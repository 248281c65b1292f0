package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.domain.YearParameters.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The year-parameter options are derived from {@link Parameter}: names, usage and what a command line must give. */
class YearParameterOptionsTest {

    @Test
    void theUsageListsEveryParameterInItsOrderWithTheRequiredOnesUnbracketed() {
        assertThat(YearParameterOptions.usage()).isEqualTo("[--conversion-factor CF] [--apm-conversion-factor CF]"
                + " --part-b-deductible $ [--part-a-deductible $] [--opps-conversion-factor CF]"
                + " [--asc-conversion-factor CF] --sequestration-rate 0.02 [--medigap-k-out-of-pocket-limit $]"
                + " [--medigap-l-out-of-pocket-limit $] [--medigap-high-deductible $]");
        assertThat(YearParameterOptions.names()).hasSize(Parameter.values().length)
                .allSatisfy(name -> assertThat(YearParameterOptions.usage()).contains(name + " "));
    }

    @Test
    void aCommandLineMustGiveThePartBDeductibleAndTheSequestrationRate() {
        assertThat(YearParameterOptions.missingRequired(Map.of()))
                .containsExactly("--part-b-deductible", "--sequestration-rate");
        assertThat(YearParameterOptions.missingRequired(Map.of("--sequestration-rate", "0.02", "--year", "2027")))
                .containsExactly("--part-b-deductible");
    }

    @Test
    void theRequiredOptionsAndTheRvuFilesConversionFactorAreExactlyWhatTheDomainRequires() {
        // The domain's Parameter.REQUIRED is package-private: held here through what its builder accepts.
        Map<String, String> required = new LinkedHashMap<>(Map.of("--part-b-deductible", "283",
                "--sequestration-rate", "0.02"));
        assertThat(YearParameterOptions.missingRequired(required)).isEmpty();
        String conversionFactor = YearParameterOptions.name(Parameter.CONVERSION_FACTOR);
        required.put(conversionFactor, "33.4009"); // what the RVU file's CONV FACTOR column gives for CY2026
        assertThat(YearParameterOptions.parse(2026, required).build().partBDeductible()).isEqualByComparingTo("283");
        for (String option : required.keySet()) {
            Map<String, String> without = new LinkedHashMap<>(required);
            without.remove(option);
            assertThatThrownBy(() -> YearParameterOptions.parse(2026, without).build()).as(option)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is required");
        }
    }
}
