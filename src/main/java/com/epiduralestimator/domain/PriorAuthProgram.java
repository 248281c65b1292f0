package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A traditional-Medicare prior-authorization program: which codes, where (settings, states) and when it applies.
 *
 * @param hospitalOutpatientOnly  only on a hospital outpatient department's claims (OPPS, on or off campus)
 * @param states                  the place of service's states it covers; empty = nationwide
 * @param conditionOfPayment      without an affirmation the claim is denied (else: pre-payment review)
 */
public record PriorAuthProgram(String id, String label, Set<HcpcsCode> codes, boolean hospitalOutpatientOnly,
                               Set<String> states, LocalDate from, Optional<LocalDate> until,
                               boolean conditionOfPayment, String source) {
    public PriorAuthProgram {
        Objects.requireNonNull(id, "id");
        codes = Set.copyOf(codes);
        states = Set.copyOf(states);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    /** Whether a program covers a service. */
    public enum Applies { YES, NO, IF_THE_STATE_IS_ONE_OF_ITS_STATES }

    /**
     * Whether the program covers {@code code} on {@code date} at this place: {@code facility} is the facility whose
     * claim goes with the physician's (empty in an office), {@code state} the place of service's state; when it is
     * unknown and the program is limited to some states, the answer says so rather than guessing.
     */
    public Applies applies(HcpcsCode code, LocalDate date, Optional<FacilityType> facility, Optional<String> state) {
        if (!codes.contains(code) || date.isBefore(from) || until.map(date::isAfter).orElse(false)) {
            return Applies.NO;
        }
        if (hospitalOutpatientOnly && !facility.map(FacilityType::opps).orElse(false)) {
            return Applies.NO;
        }
        if (states.isEmpty()) {
            return Applies.YES;
        }
        return state.map(s -> states.contains(s) ? Applies.YES : Applies.NO)
                .orElse(Applies.IF_THE_STATE_IS_ONE_OF_ITS_STATES);
    }
}
