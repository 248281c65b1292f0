package com.epiduralestimator.application;

import com.epiduralestimator.domain.AspPrices;
import com.epiduralestimator.domain.ClaimEdits;
import com.epiduralestimator.domain.CoveredLine;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.FacilityClaim;
import com.epiduralestimator.domain.FacilityCoding;
import com.epiduralestimator.domain.FacilityLine;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.Percent;
import com.epiduralestimator.domain.SessionLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the response says of how the facility's claim was coded and its drugs paid (docs/facility-rates.md, "Coding
 * the facility's claim"), and the drug coinsurance percentages the ASP file gives: read only when the facility's
 * claim has a drug line.
 */
final class FacilityClaimNotes {
    private static final BigDecimal TWENTY = new BigDecimal("20");

    private FacilityClaimNotes() {}

    /** How the request's lines became the facility's: G0260, G0463 or no visit, lines it does not carry. */
    static void coding(FacilityType type, EstimateInput input, List<CoveredLine> lines, List<String> assumptions) {
        Set<String> notCarried = new LinkedHashSet<>();
        Set<String> visits = new LinkedHashSet<>();
        boolean sacroiliac = false;
        for (SessionLine line : input.lines()) {
            HcpcsCode code = line.code();
            if (FacilityCoding.clinicVisit(code)) {
                visits.add(code.value());
            } else if (FacilityCoding.recode(type, line).isEmpty()) {
                notCarried.add(code.value());
            } else if (!FacilityCoding.recode(type, line).get().code().equals(code)) {
                sacroiliac = true;
            }
        }
        if (sacroiliac) {
            assumptions.add("The facility bills the sacroiliac joint injection 27096 as G0260 (27096 is not payable"
                    + " on a hospital's outpatient bill, OPPS status B; A59154)" + (type == FacilityType.ASC
                    ? "; an ASC bills a bilateral one as two lines, RT and LT (NGS SI-joint FAQ)." : "."));
        }
        // a visit the claim edits dropped (EM-25: no 25 beside a procedure) is on neither claim: no G0463 to describe
        boolean clinicVisitBilled = lines.stream().anyMatch(l -> l.line().code().value().equals("G0463"));
        if (!visits.isEmpty() && clinicVisitBilled && type.opps()) {
            assumptions.add("The hospital bills its clinic visit as G0463 (" + String.join(", ", visits) + " is OPPS"
                    + " status B): status J2, paid at its own rate unless the claim qualifies for the comprehensive"
                    + " observation APC (not modelled: no observation hours), packaged into a comprehensive (J1)"
                    + " line when the claim has one.");
        }
        if (!notCarried.isEmpty()) {
            assumptions.add("Imaging guidance and sedation (here " + String.join(", ", notCarried) + ") are on the"
                    + " physician's claim only: the facility packages them into its procedure (OPPS status N, ASC"
                    + " N1).");
        }
    }

    /**
     * An ASC's claim has no visit: said only of a visit on the physician's claim ({@code physician}, once the claim
     * edits have run), never of one EM-25 (no 25 beside a procedure) or GLOBAL-VISIT dropped from it.
     */
    static void ascVisit(Optional<FacilityType> type, List<SessionLine> physician, List<String> assumptions) {
        if (type.isEmpty() || type.get() != FacilityType.ASC) {
            return;
        }
        Set<String> visits = new LinkedHashSet<>();
        for (SessionLine line : physician) {
            if (FacilityCoding.clinicVisit(line.code())) {
                visits.add(line.code().value());
            }
        }
        if (!visits.isEmpty()) {
            assumptions.add("An ASC bills no visit: a visit (" + String.join(", ", visits) + ") is the physician's to"
                    + " bill only, at the facility rate.");
        }
    }

    /**
     * The hospital claim's NCCI table: a line of the request the practitioner's table denies (gone from
     * {@code practitionerTable}, the claim fixed and edited with it, before any history fix) and the hospital's keeps
     * (on {@code hospitalTable}). A line the physician's claim lost otherwise (GLOBAL-VISIT: an RFA's global period is
     * the physician's only) is not one; a visit is named as the hospital bills it too (G0463).
     */
    static void hospitalTable(FacilityType type, List<SessionLine> practitionerTable,
                              List<SessionLine> hospitalTable, List<String> assumptions) {
        if (!type.opps()) {
            return;
        }
        Set<String> kept = new LinkedHashSet<>();
        for (SessionLine line : hospitalTable) {
            boolean physician = practitionerTable.stream().anyMatch(p -> p.code().equals(line.code()));
            if (!physician && !FacilityCoding.drug(line.code())) {
                HcpcsCode billed = FacilityCoding.recode(type, line).map(SessionLine::code).orElse(line.code());
                kept.add(line.code().value() + (billed.equals(line.code()) ? "" : " (the hospital's " + billed + ")"));
            }
        }
        if (!kept.isEmpty()) {
            assumptions.add("The hospital's claim is edited with CMS's hospital NCCI and MUE tables, the physician's"
                    + " with the practitioner's: " + String.join(", ", kept) + " is denied on the physician's claim"
                    + " by the practitioner's table and stays on the hospital's (the hospital's table has no such"
                    + " pair, or allows it with the modifier given).");
        }
    }

    /** Per drug code on the claim, the ASP file's coinsurance percentage where it is below 20%. */
    static Map<String, Percent> drugCoinsurance(Optional<ClaimEdits> edits, LocalDate date,
                                                List<CoveredLine> lines) {
        Map<String, Percent> out = new HashMap<>();
        Optional<AspPrices> asp = asp(edits, date, lines);
        for (CoveredLine line : lines) {
            asp.flatMap(a -> a.of(line.line().code())).map(AspPrices.Limit::coinsurance)
                    .filter(p -> p.value().compareTo(TWENTY) < 0)
                    .ifPresent(p -> out.put(line.line().code().value(), p));
        }
        return out;
    }

    /** Which quarter priced each drug line, and its coinsurance. */
    static void drugs(FacilityClaim claim, Optional<ClaimEdits> edits, LocalDate date, List<String> assumptions) {
        List<String> said = new ArrayList<>();
        Optional<AspPrices> asp = Optional.empty();
        for (FacilityLine line : claim.lines()) {
            HcpcsCode code = line.line().code();
            if (!FacilityCoding.drug(code) || said.contains(code.value())) {
                continue;
            }
            said.add(code.value());
            if (line.rate().amount().signum() == 0) {
                assumptions.add(code + " (" + line.indicator() + ") is packaged into the facility's procedure: no"
                        + " separate payment, and no separate charge to the patient.");
                continue;
            }
            if (asp.isEmpty()) {
                asp = edits.flatMap(e -> e.asp(date));
            }
            Optional<AspPrices.Limit> limit = asp.flatMap(a -> a.of(code));
            String file = asp.map(a -> a.edition().name()).orElse("");
            assumptions.add(code + " (" + line.indicator() + ") is paid separately: Addendum B's rate for the"
                    + " quarter of " + date + (line.indicator().equals("K2") ? " (an ASC is paid a K2 drug at the OPPS"
                    + " rate)" : "") + " × billing units, not wage-adjusted" + (line.indicator()
                    .equals("G") ? ", even on a comprehensive (J1) claim (pass-through)" : "") + "; coinsurance "
                    + limit.map(l -> l.coinsurance() + " per the ASP file " + file
                    + (l.coinsurance().value().compareTo(TWENTY) < 0 ? " (inflation-adjusted)" : ""))
                    .orElse("20% (no ASP file answers for the code)") + ".");
        }
    }

    private static Optional<AspPrices> asp(Optional<ClaimEdits> edits, LocalDate date, List<CoveredLine> lines) {
        boolean drug = lines.stream().anyMatch(l -> FacilityCoding.drug(l.line().code()));
        return drug ? edits.flatMap(e -> e.asp(date)) : Optional.empty();
    }
}
