package com.epiduralestimator.domain;

import java.util.Optional;

/**
 * What a facility bills for a line of the physician's claim (medicare-rules.md sections 6 and 7, "The encounter";
 * docs/facility-rates.md, "Coding the facility's claim"):
 * <ul>
 * <li>a family procedure: its facility code from the family's data (27096, OPPS status B, is G0260 for a hospital
 *     and an ASC: billing articles A59154/A59192), else the code itself;</li>
 * <li>an office or outpatient E/M visit (99202–99215, status B under OPPS): the hospital's clinic visit G0463 with the
 *     line's modifiers (25); an ASC bills no visit;</li>
 * <li>a drug (a J code): the facility supplies it and bills it, by its status indicator; the physician does not;</li>
 * <li>anything else (imaging guidance, sedation): not on the facility's claim here (OPPS N / ASC N1: packaged).</li>
 * </ul>
 */
public final class FacilityCoding {
    static final HcpcsCode CLINIC_VISIT = new HcpcsCode("G0463");

    private FacilityCoding() {}

    /** The facility's line for a physician line, or empty when the facility bills nothing for it. */
    public static Optional<SessionLine> recode(FacilityType type, SessionLine line) {
        HcpcsCode code = line.code();
        if (ProcedureCatalog.inFamily(code)) {
            return Optional.of(line.withCode(ProcedureCatalog.families().code(code).map(c -> c.codeFor(true))
                    .orElse(code)));
        }
        if (clinicVisit(code)) {
            return type.opps() ? Optional.of(line.withCode(CLINIC_VISIT)) : Optional.empty();
        }
        return drug(code) ? Optional.of(line) : Optional.empty();
    }

    /**
     * The request describes what was done, in the codes the physician reports: a code only a facility bills (the
     * hospital's clinic visit G0463; a family code billed by the facility, G0260) names the code to send instead.
     */
    public static Optional<String> physicianCodeFor(HcpcsCode code) {
        if (code.equals(CLINIC_VISIT)) {
            return Optional.of("the visit the physician performed (99202-99215, with 25 beside a procedure)");
        }
        return ProcedureCatalog.families().code(code).filter(c -> c.billedBy() == FamilyCode.BilledBy.FACILITY)
                .flatMap(c -> ProcedureCatalog.families().families().stream().flatMap(f -> f.codes().stream())
                        .filter(p -> p.facilityCode().filter(code::equals).isPresent()).findFirst())
                .map(p -> p.code().value());
    }

    /**
     * @throws UnsupportedRequestException FACILITY-CODE: a line in a code only the facility bills (G0463, G0260):
     *                                     the request names what was done, the facility's claim shows its code
     */
    public static void refuseFacilityCodes(java.util.List<SessionLine> lines) {
        for (SessionLine line : lines) {
            Optional<String> send = physicianCodeFor(line.code());
            if (send.isPresent()) {
                throw new UnsupportedRequestException("FACILITY-CODE", "lines", line.code() + " is the facility's"
                        + " code, not the physician's: send " + send.get() + "; the facility's claim shows it as "
                        + line.code() + " (docs/facility-rates.md, \"Coding the facility's claim\").");
            }
        }
    }

    /** A Part B drug (a J code, {@link DrugLines#isDrug}): in a facility, on its claim, never the physician's. */
    public static boolean drug(HcpcsCode code) {
        return DrugLines.isDrug(code);
    }

    /** A new or established patient's office or outpatient visit, 99202–99215 (99201 was deleted in 2021). */
    public static boolean clinicVisit(HcpcsCode code) {
        String v = code.value();
        return v.matches("992\\d\\d") && v.compareTo("99202") >= 0 && v.compareTo("99215") <= 0;
    }
}
