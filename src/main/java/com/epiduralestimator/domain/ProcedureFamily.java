package com.epiduralestimator.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A procedure family as data (rules/families/): its codes, its cap regions, its caps per purpose, its per-session
 * level limit, the modifiers a purpose requires, its global period and its sources. A session is all the family's
 * counted procedures for one patient, one region and one date of service (a bilateral session is one session);
 * sessions count per family.
 *
 * @param maxLevelsPerSession levels (primary + add-on units) a session may have; empty where the family has no
 *                            levels (an SI joint injection, unilateral or bilateral, is one session)
 * @param globalDays          the global period of its procedures: 0, or 10 for an RFA (an E/M in it is included)
 */
public record ProcedureFamily(String id, String label, List<String> regions, List<FamilyCode> codes,
                              List<SessionCap> caps, OptionalInt maxLevelsPerSession, int globalDays,
                              List<RequiredModifier> modifiers, List<String> sources) {
    public ProcedureFamily {
        Objects.requireNonNull(id, "id");
        regions = List.copyOf(regions);
        codes = List.copyOf(codes);
        caps = List.copyOf(caps);
        modifiers = List.copyOf(modifiers);
        sources = List.copyOf(sources);
        for (FamilyCode c : codes) {
            if (!regions.contains(c.region())) {
                throw new IllegalArgumentException(id + ": " + c.code() + "'s region " + c.region()
                        + " is not one of the family's " + regions);
            }
        }
        boolean any = caps.stream().anyMatch(c -> c.purpose() == CapPurpose.ANY);
        if (any && caps.size() > 1) {
            throw new IllegalArgumentException(id + ": a cap for any purpose is the family's only cap");
        }
    }

    public Optional<FamilyCode> code(HcpcsCode code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Whether the family counts diagnostic and therapeutic sessions apart (and so needs a session's purpose). */
    public boolean countsPurposesApart() {
        return caps.stream().noneMatch(c -> c.purpose() == CapPurpose.ANY);
    }

    /**
     * The cap a session of this purpose counts toward: the family's one cap for any purpose, or its cap for the
     * purpose; empty when the family counts purposes apart and none is given (or it has no cap for the purpose).
     */
    public Optional<SessionCap> capFor(Optional<Purpose> purpose) {
        Optional<SessionCap> any = caps.stream().filter(c -> c.purpose() == CapPurpose.ANY).findFirst();
        if (any.isPresent()) {
            return any;
        }
        return CapPurpose.of(purpose).flatMap(p -> caps.stream().filter(c -> c.purpose() == p).findFirst());
    }

    /** The modifiers a session of this purpose must carry (KX on a diagnostic facet or SI block, on a DSNRB). */
    public List<String> requiredModifiers(Optional<Purpose> purpose) {
        return modifiers.stream().filter(m -> purpose.map(p -> p == m.purpose()).orElse(false))
                .map(RequiredModifier::modifier).toList();
    }
}
