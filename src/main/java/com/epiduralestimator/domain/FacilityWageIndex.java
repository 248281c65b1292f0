package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wage index a facility's claim is adjusted by (cms-facility README, "How CMS pays the facility").
 * OPPS: the higher of the CBSA's geographic index and the rural floor of the hospital's state, then, in an all-urban
 * state (no rural floor: New Jersey, Rhode Island, DC), its imputed floor. ASC: the ASC wage index as published, no floors. The
 * floors follow the hospital's state: {@code facilityState} where the CBSA spans states, else the CBSA's own.
 */
public final class FacilityWageIndex {
    private FacilityWageIndex() {}

    /** The index used and how it was chosen (for the response's adjustments). */
    public record Choice(BigDecimal index, Optional<String> state, List<String> notes) {
        public Choice {
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param floors the floors of (at least) the area's states, by postal code
     * @return empty when the area has no index in the table the facility type uses
     * @throws InvalidFieldException facilityState not one of the area's states, or missing where the area spans states
     */
    public static Optional<Choice> choose(FacilityType type, WageArea area, Map<String, StateFloor> floors,
                                          Optional<String> facilityState) {
        String state = state(area, facilityState);
        List<String> notes = new ArrayList<>();
        if (!type.opps()) {
            return area.ascIndex().map(FacilityWageIndex::shown).map(index -> {
                notes.add("ASC wage index " + index.toPlainString() + " (CBSA " + area.cbsa() + ")");
                return new Choice(index, Optional.ofNullable(state), notes);
            });
        }
        if (area.oppsGeographic().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal geographic = shown(area.oppsGeographic().get());
        BigDecimal index = geographic;
        notes.add("geographic wage index " + geographic.toPlainString() + " (CBSA " + area.cbsa() + ")");
        StateFloor floor = state == null ? null : floors.get(state);
        if (floor != null && floor.ruralFloor().isPresent() && floor.ruralFloor().get().compareTo(index) > 0) {
            index = shown(floor.ruralFloor().get());
            notes.add(state + " rural floor " + index.toPlainString());
        }
        // The imputed floor is the all-urban states' (NJ, RI, DC: no rural area, so no rural floor). The pricer
        // table also lists a value for Puerto Rico, which has a rural floor: it is not applied there.
        if (floor != null && floor.ruralFloor().isEmpty() && floor.imputedFloor().isPresent()
                && floor.imputedFloor().get().compareTo(index) > 0) {
            index = shown(floor.imputedFloor().get());
            notes.add(state + " imputed floor " + index.toPlainString());
        }
        return Optional.of(new Choice(index, Optional.ofNullable(state), notes));
    }

    /** Four decimals at least, as CMS publishes indexes, whatever store read them (DynamoDB drops the scale). */
    private static BigDecimal shown(BigDecimal index) {
        return index.setScale(Math.max(4, index.scale()));
    }

    /** The hospital's state: the one given (it must be one of the area's), or the area's only state. */
    private static String state(WageArea area, Optional<String> facilityState) {
        if (facilityState.isPresent()) {
            if (!area.states().isEmpty() && !area.states().contains(facilityState.get())) {
                throw new InvalidFieldException("facilityState", "is not a state of CBSA " + area.cbsa()
                        + " (" + String.join(", ", area.states()) + ")");
            }
            return facilityState.get();
        }
        if (area.states().size() > 1) {
            throw new InvalidFieldException("facilityState", "is required: CBSA " + area.cbsa() + " spans "
                    + String.join(", ", area.states()) + " and the wage index floors follow the hospital's state");
        }
        return area.states().isEmpty() ? null : area.states().get(0);
    }
}
