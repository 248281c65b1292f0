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
        Optional<String> state = state(area, facilityState);
        List<String> notes = new ArrayList<>();
        if (!type.opps()) {
            return area.ascIndex().map(FacilityWageIndex::shown).map(index -> {
                notes.add("ASC wage index " + index.toPlainString() + " (CBSA " + area.cbsa() + ")");
                return new Choice(index, state, notes);
            });
        }
        if (area.oppsGeographic().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal geographic = shown(area.oppsGeographic().get());
        BigDecimal index = geographic;
        notes.add("geographic wage index " + geographic.toPlainString() + " (CBSA " + area.cbsa() + ")");
        Optional<StateFloor> floor = state.map(floors::get);
        Optional<BigDecimal> rural = floor.flatMap(StateFloor::ruralFloor);
        if (rural.isPresent() && rural.get().compareTo(index) > 0) {
            index = shown(rural.get());
            notes.add(state.orElseThrow() + " rural floor " + index.toPlainString());
        }
        // The imputed floor is the all-urban states' (NJ, RI, DC: no rural area, so no rural floor). The pricer
        // table also lists a value for Puerto Rico, which has a rural floor: it is not applied there.
        Optional<BigDecimal> imputed = floor.filter(f -> f.ruralFloor().isEmpty()).flatMap(StateFloor::imputedFloor);
        if (imputed.isPresent() && imputed.get().compareTo(index) > 0) {
            index = shown(imputed.get());
            notes.add(state.orElseThrow() + " imputed floor " + index.toPlainString());
        }
        return Optional.of(new Choice(index, state, notes));
    }

    /** Four decimals at least, as CMS publishes indexes, whatever store read them (DynamoDB drops the scale). */
    private static BigDecimal shown(BigDecimal index) {
        return index.setScale(Math.max(4, index.scale()));
    }

    /**
     * The hospital's state: the one given (it must be one of the area's), or the area's only state; empty when the
     * area lists no state.
     */
    private static Optional<String> state(WageArea area, Optional<String> facilityState) {
        if (facilityState.isPresent()) {
            if (!area.states().isEmpty() && !area.states().contains(facilityState.get())) {
                throw new InvalidFieldException("facilityState", "is not a state of CBSA " + area.cbsa()
                        + " (" + String.join(", ", area.states()) + ")");
            }
            return facilityState;
        }
        if (area.states().size() > 1) {
            throw new InvalidFieldException("facilityState", "is required: CBSA " + area.cbsa() + " spans "
                    + String.join(", ", area.states()) + " and the wage index floors follow the hospital's state");
        }
        return area.states().stream().findFirst();
    }
}
