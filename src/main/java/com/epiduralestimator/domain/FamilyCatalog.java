package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every procedure family and the prior-authorization programs, as the data under rules/families/ says (loaded by
 * the application's FamilyCatalogResource). A code belongs to at most one family.
 */
public final class FamilyCatalog {
    private final List<ProcedureFamily> families;
    private final List<PriorAuthProgram> programs;
    private final Map<HcpcsCode, ProcedureFamily> byCode = new HashMap<>();

    public FamilyCatalog(List<ProcedureFamily> families, List<PriorAuthProgram> programs) {
        this.families = List.copyOf(families);
        this.programs = List.copyOf(programs);
        for (ProcedureFamily f : this.families) {
            for (FamilyCode c : f.codes()) {
                ProcedureFamily other = byCode.put(c.code(), f);
                if (other != null) {
                    throw new IllegalArgumentException(c.code() + " is in two families: " + other.id() + ", "
                            + f.id());
                }
            }
        }
    }

    public List<ProcedureFamily> families() {
        return families;
    }

    public List<PriorAuthProgram> programs() {
        return programs;
    }

    public Optional<ProcedureFamily> family(String id) {
        for (ProcedureFamily f : families) { // a loop: every estimate asks (docs/performance.md)
            if (f.id().equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The family a code belongs to, empty for a code of none (an E/M, a drug, guidance). */
    public Optional<ProcedureFamily> familyOf(HcpcsCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<FamilyCode> code(HcpcsCode code) {
        Optional<ProcedureFamily> family = familyOf(code);
        return family.isPresent() ? family.get().code(code) : Optional.empty();
    }

    /** The programs that cover (or, the state unknown, may cover) {@code code} on {@code date} at this place. */
    public Map<PriorAuthProgram, PriorAuthProgram.Applies> programsFor(HcpcsCode code, LocalDate date,
                                                                      Optional<FacilityType> facility,
                                                                      Optional<String> state) {
        Map<PriorAuthProgram, PriorAuthProgram.Applies> found = new java.util.LinkedHashMap<>();
        for (PriorAuthProgram p : programs) {
            PriorAuthProgram.Applies applies = p.applies(code, date, facility, state);
            if (applies != PriorAuthProgram.Applies.NO) {
                found.put(p, applies);
            }
        }
        return found;
    }
}
