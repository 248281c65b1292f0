package com.epiduralestimator.domain;

import java.util.ArrayList;
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
    /** The epidural steroid injection family: the one a session, an other session or a frequency without a family
     * belongs to (everything before families was an ESI, and its stored items and answers stay as they were). */
    public static final String ESI = "esi";

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
        if (capOf(caps, CapPurpose.ANY).isPresent() && caps.size() > 1) {
            throw new IllegalArgumentException(id + ": a cap for any purpose is the family's only cap");
        }
    }

    // Loops, not lambdas or streams: every estimate asks these (docs/performance.md).
    public Optional<FamilyCode> code(HcpcsCode code) {
        for (FamilyCode c : codes) {
            if (c.code().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static Optional<SessionCap> capOf(List<SessionCap> caps, CapPurpose purpose) {
        for (SessionCap c : caps) {
            if (c.purpose() == purpose) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Whether the family counts diagnostic and therapeutic sessions apart (and so needs a session's purpose). */
    public boolean countsPurposesApart() {
        return capOf(caps, CapPurpose.ANY).isEmpty();
    }

    /**
     * The cap a session of this purpose counts toward: the family's one cap for any purpose, or its cap for the
     * purpose; empty when the family counts purposes apart and none is given (or it has no cap for the purpose).
     */
    public Optional<SessionCap> capFor(Optional<Purpose> purpose) {
        Optional<SessionCap> any = capOf(caps, CapPurpose.ANY);
        if (any.isPresent()) {
            return any;
        }
        Optional<CapPurpose> asked = CapPurpose.of(purpose);
        return asked.isPresent() ? capOf(caps, asked.get()) : Optional.empty();
    }

    /** The modifiers a session of this purpose must carry (KX on a diagnostic facet or SI block, on a DSNRB). */
    public List<String> requiredModifiers(Optional<Purpose> purpose) {
        List<String> required = new ArrayList<>();
        for (RequiredModifier m : modifiers) {
            if (purpose.isPresent() && purpose.get() == m.purpose()) {
                required.add(m.modifier());
            }
        }
        return List.copyOf(required);
    }
}
