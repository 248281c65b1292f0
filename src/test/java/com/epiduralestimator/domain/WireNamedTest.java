package com.epiduralestimator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.application.PerformedBy;
import com.epiduralestimator.application.SessionChange;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one way an API spelling is read back and listed: derived from the enum, exact, in declaration order. */
class WireNamedTest {

    @Test
    void everySpellingReadsBackAsItsOwnConstant() {
        assertRoundTrip(Setting.class);
        assertRoundTrip(FacilityType.class);
        assertRoundTrip(DeclaredRegion.class);
        assertRoundTrip(ImagingGuidance.class);
        assertRoundTrip(Purpose.class);
        assertRoundTrip(Substance.class);
        assertRoundTrip(Participation.class);
        assertRoundTrip(Assignment.class);
        assertRoundTrip(Supplemental.class);
        assertRoundTrip(SpinalRegion.class);
        assertRoundTrip(PerformedBy.class);
        assertRoundTrip(SessionChange.Action.class);
        assertRoundTrip(Severity.class);
        assertRoundTrip(FindingKind.class);
    }

    @Test
    void theAllowedSpellingsAreTheEnumsInItsOrder() {
        assertThat(WireNamed.wireNames(Setting.class)).containsExactly("facility", "non-facility");
        assertThat(WireNamed.wireNames(ImagingGuidance.class)).containsExactly("fluoroscopy", "ct", "ultrasound",
                "none");
        assertThat(WireNamed.wireNames(FacilityType.class)).containsExactly("hospital-outpatient",
                "hospital-outpatient-off-campus", "asc");
    }

    @Test
    void aSpellingThatIsNotExactlyOneOfThemIsNoneOfThem() {
        assertThat(WireNamed.parse(Setting.class, "FACILITY")).isEmpty();
        assertThat(WireNamed.parse(Setting.class, "non_facility")).isEmpty();
        assertThat(WireNamed.parse(Setting.class, " facility")).isEmpty();
        assertThat(WireNamed.parse(Setting.class, null)).isEmpty();
    }

    @Test
    void noEnumHasASecondWayToReadItsSpelling() {
        // WireNamed.parse(X.class, value) is the one way to read an API spelling
        for (Class<?> type : List.of(FacilityType.class, Setting.class, DeclaredRegion.class, ImagingGuidance.class, Purpose.class,
                Substance.class, Participation.class, Assignment.class, Supplemental.class, SpinalRegion.class,
                PerformedBy.class, SessionChange.Action.class, Severity.class, FindingKind.class)) {
            assertThat(Arrays.stream(type.getDeclaredMethods()).map(Method::getName)).as(type.getSimpleName())
                    .doesNotContain("fromWire");
        }
    }

    private static <E extends Enum<E> & WireNamed> void assertRoundTrip(Class<E> type) {
        List<String> names = WireNamed.wireNames(type);
        assertThat(names).as(type.getSimpleName()).doesNotHaveDuplicates().hasSize(type.getEnumConstants().length);
        for (E constant : type.getEnumConstants()) {
            assertThat(WireNamed.parse(type, constant.wireName())).as(constant.name()).contains(constant);
        }
    }
}
