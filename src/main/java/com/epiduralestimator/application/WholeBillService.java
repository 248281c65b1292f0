package com.epiduralestimator.application;

import com.epiduralestimator.domain.BillTotal;
import com.epiduralestimator.domain.ClaimEdits;
import com.epiduralestimator.domain.CoveredLine;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.FacilityClaim;
import com.epiduralestimator.domain.FacilityPricer;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.FacilityWageIndex;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FindingKind;
import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.domain.Payment;
import com.epiduralestimator.domain.Percent;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.Severity;
import com.epiduralestimator.domain.Supplemental;
import com.epiduralestimator.domain.SupplementalCoverage;
import com.epiduralestimator.domain.UnsupportedRequestException;
import com.epiduralestimator.domain.WageArea;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.YearParametersUsed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Use case: the rest of the patient's bill once the physician's claim is priced (medicare-rules.md section 5,
 * "The facility's claim" and "Supplemental coverage"): the facility's claim, what a supplement pays of each claim,
 * and the total. The Part B deductible is one across the claims (Decision: the physician's claim first).
 */
public final class WholeBillService {
    static final String FACILITY_SOURCE = "CMS OPPS / ASC payment rules (cms-facility README)";
    static final String MEDIGAP_SOURCE = "Medicare & Medigap plan rules (medicare-rules.md section 5)";
    /** The states that standardise their own Medigap plans. */
    static final Set<String> OWN_MEDIGAP_STATES = Set.of("MA", "MN", "WI");

    private final FacilitySchedule schedule;
    private final Optional<ClaimEdits> edits;

    /** Without the claim-edit tables: a facility drug line's coinsurance is 20% (said in assumptions). */
    public WholeBillService(FacilitySchedule schedule) {
        this.schedule = schedule;
        this.edits = Optional.empty();
    }

    /** @param edits the ASP file of the quarter, read only when a facility claim has a separately paid drug line */
    public WholeBillService(FacilitySchedule schedule, ClaimEdits edits) {
        this.schedule = schedule;
        this.edits = Optional.of(edits);
    }

    /**
     * What can be refused before any store is read.
     *
     * @throws UnsupportedRequestException SUPPLEMENTAL-MEDICARE-ADVANTAGE: not original Medicare (422)
     * @throws InvalidFieldException       a facility field without {@code setting: facility} or without a facility
     *                                     type; a remaining amount for a plan that has none (400)
     */
    public static void validate(EstimateInput input, BillOptions options) {
        AdvantageEstimates.validate(input, options); // hook (issue 20): Medicare Advantage, section 8
        if (options.supplemental() == Supplemental.MEDICAID_QMB
                && input.assignment() == com.epiduralestimator.domain.Assignment.NOT_ACCEPTED) {
            throw new InvalidFieldException("assignment", "not-accepted is not allowed with supplemental"
                    + " medicaid-qmb: a QMB's claims fall under mandatory assignment");
        }
        if (options.facilityType().isPresent()) {
            com.epiduralestimator.domain.FacilityCoding.refuseFacilityCodes(input.lines());
        }
        if (options.facilityType().isPresent() && input.setting() != Setting.FACILITY) {
            throw new InvalidFieldException("facilityType", "is only given with setting facility");
        }
        if (options.facilityType().isEmpty()) {
            if (options.facilityCbsa().isPresent()) {
                throw new InvalidFieldException("facilityCbsa", "is only given with facilityType");
            }
            if (options.facilityState().isPresent()) {
                throw new InvalidFieldException("facilityState", "is only given with facilityType");
            }
        }
        if (options.supplementalOutOfPocketRemaining().isPresent() && !options.supplemental().hasOutOfPocketLimit()) {
            throw new InvalidFieldException("supplementalOutOfPocketRemaining", "is only given with supplemental"
                    + " medigap-k or medigap-l");
        }
        if (options.supplementalDeductibleRemaining().isPresent() && !options.supplemental().highDeductible()) {
            throw new InvalidFieldException("supplementalDeductibleRemaining", "is only given with supplemental"
                    + " medigap-f-high or medigap-g-high");
        }
    }

    /**
     * @param lines               the facility's claim as its payer wants it coded, each line with the coverage of
     *                            the physician line it codes
     * @param physician           the physician's claim as priced
     * @param deductibleRemaining the Part B deductible remaining before the physician's claim
     * @param physicianState      the state of the physician's locality, when one was priced
     */
    public WholeBill bill(EstimateInput input, List<CoveredLine> lines, BillOptions options,
                          YearParametersUsed parameters, boolean covered,
                          Payment physician, Money deductibleRemaining, Optional<String> physicianState,
                          List<Finding> findings, List<String> assumptions) {
        Set<String> states = new LinkedHashSet<>();
        if (physicianState.isPresent()) { // no lambda: every estimate's path (docs/performance.md)
            states.add(physicianState.get());
        }
        Optional<FacilityClaim> facility = Optional.empty();
        Optional<String> facilityState = Optional.empty();
        if (options.facilityType().isPresent()) {
            Money left = deductibleRemaining.minus(physician.deductibleApplied()).atLeastZero();
            Set<String> facilityStates = new LinkedHashSet<>();
            facility = Optional.of(facility(input, lines, options, parameters, left, facilityStates, findings,
                    assumptions));
            if (input.medicareAdvantage().isPresent()) { // hook (issue 20): the plan's split, physician first
                facility = Optional.of(AdvantageEstimates.facility(input.medicareAdvantage().get(), facility.get(),
                        physician, covered, FacilityClaimNotes.drugCoinsurance(edits, input.dateOfService(), lines),
                        assumptions));
            }
            states.addAll(facilityStates);
            facilityState = options.facilityState().or(() -> facilityStates.stream().findFirst());
        } else if (input.setting() == Setting.FACILITY) {
            boolean plan = input.medicareAdvantage().isPresent();
            findings.add(Finding.of("FACILITY-SEPARATE", Severity.INFO, FindingKind.PAYMENT, "In a hospital outpatient"
                    + " department or an ASC the facility bills " + (plan ? "the plan" : "Medicare") + " separately and"
                    + " the patient owes " + (plan ? "the plan's facility cost sharing" : "coinsurance") + " on its"
                    + " claim too; it is not included here: give facilityType" + (plan ? " and"
                    + " medicareAdvantage.facility" : "") + " to include it.", FACILITY_SOURCE));
        }

        SupplementalCoverage coverage = SupplementalTerms.coverage(options, parameters, assumptions);
        SupplementalCoverage.Share physicianShare = coverage.next(physician, covered);
        BillTotal total = BillTotal.ZERO.plus(physician, physicianShare);
        Optional<SupplementalCoverage.Share> facilityShare = Optional.empty();
        if (facility.isPresent()) {
            SupplementalCoverage.Share share = coverage.next(facility.get().payment(), covered);
            facilityShare = Optional.of(share);
            total = total.plus(facility.get().payment(), share);
        }
        if (options.supplemental().medigap() && states.stream().anyMatch(OWN_MEDIGAP_STATES::contains)) {
            findings.add(Finding.of("SUPPLEMENTAL-STATE-PLANS", Severity.WARNING, FindingKind.PAYMENT, "Massachusetts,"
                    + " Minnesota and Wisconsin standardise their own Medigap plans: the plan letters differ there,"
                    + " so what the supplement pays is the standard plan's and may not be the patient's.",
                    MEDIGAP_SOURCE));
        }
        if (options.supplemental() == Supplemental.MEDICAID_QMB && covered) {
            findings.add(Finding.of("SUPPLEMENTAL-QMB", Severity.INFO, FindingKind.PAYMENT, "A Qualified Medicare"
                    + " Beneficiary owes nothing of " + (input.medicareAdvantage().isPresent()
                    ? "the Medicare Advantage plan's cost sharing (QMB protection stays in a plan)"
                    : "Medicare's deductible and coinsurance") + ", and may not be billed for them.",
                    "SSA 1902(n)(3)"));
            assumptions.add("supplementalPays for Medicaid (QMB) is an upper bound: Medicaid pays the lesser of the"
                    + " cost sharing and what its own rate leaves after Medicare's payment (often $0), and the"
                    + " practice writes off the rest; the patient owes nothing either way.");
        }
        if (options.supplemental() == Supplemental.MEDIGAP_C || options.supplemental() == Supplemental.MEDIGAP_F
                || options.supplemental() == Supplemental.MEDIGAP_F_HIGH) {
            assumptions.add("Medigap plans C and F (which pay the Part B deductible) are sold only to people first"
                    + " eligible for Medicare before 1 January 2020: the patient is assumed to be one.");
        }
        return new WholeBill(physicianShare, facility, facilityShare, total, facilityState);
    }

    private FacilityClaim facility(EstimateInput input, List<CoveredLine> lines, BillOptions options,
                                   YearParametersUsed parameters, Money deductibleLeft, Set<String> states,
                                   List<Finding> findings, List<String> assumptions) {
        FacilityType type = options.facilityType().orElseThrow();
        Set<String> codes = new LinkedHashSet<>();
        lines.forEach(l -> codes.add(l.line().code().value()));
        FacilityClaimNotes.coding(type, input, lines, assumptions);
        int requested = input.dateOfService().getYear();
        // the date of service picks the quarter (a drug's rate changes each quarter; the procedures' do not), asked
        // by the quarter's first day: CMS's files start on one, and the slice cache then holds one entry a quarter
        java.time.LocalDate date = input.dateOfService();
        FacilitySlice slice = schedule.slice(FacilitySliceRequest.on(date.withDayOfMonth(1)
                .withMonth((date.getMonthValue() - 1) / 3 * 3 + 1), codes, options.facilityCbsa()));
        int year = requested;
        if (!slice.yearLoaded()) {
            Integer earlier = slice.loadedYears().lower(requested);
            if (earlier == null) {
                throw new UnsupportedRequestException("FACILITY-YEAR", "dateOfService", "No facility (OPPS/ASC)"
                        + " rates are loaded for " + requested + " or an earlier year.");
            }
            findings.add(Finding.of("FACILITY-YEAR", Severity.WARNING, FindingKind.DATA, "The " + requested
                    + " facility rates are not loaded; the " + earlier + " rates are used.", FACILITY_SOURCE));
            year = earlier;
            slice = schedule.slice(new FacilitySliceRequest(earlier, codes, options.facilityCbsa()));
        }
        if (!slice.types().contains(type)) {
            throw new UnsupportedRequestException("FACILITY-RATE", "facilityType", "The " + year
                    + " facility data loaded has no " + type.wireName() + " rates.");
        }
        Optional<FacilityWageIndex.Choice> choice = Optional.empty();
        if (options.facilityCbsa().isPresent()) {
            String cbsa = options.facilityCbsa().get();
            Optional<WageArea> area = slice.area();
            if (area.isPresent()) {
                choice = FacilityWageIndex.choose(type, area.get(), slice.floors(), options.facilityState());
            }
            if (choice.isEmpty()) {
                findings.add(Finding.of("FACILITY-NATIONAL-DEFAULT", Severity.WARNING, FindingKind.DATA, "CBSA "
                        + cbsa + " has no " + (type.opps() ? "OPPS" : "ASC") + " wage index in the " + year
                        + " table: the facility's national unadjusted rate is used.", FACILITY_SOURCE));
            } else {
                FacilityWageIndex.Choice c = choice.get();
                c.state().ifPresent(states::add);
                assumptions.add("Facility wage index " + c.index().toPlainString() + ": " + String.join("; ",
                        c.notes()) + ".");
            }
        } else {
            assumptions.add("No facilityCbsa given: the facility's national unadjusted rate is used.");
        }
        options.facilityState().ifPresent(states::add);
        Money partA = Money.ZERO;
        if (type.opps()) {
            partA = parameters.parameters().amount(YearParameters.Parameter.PART_A_DEDUCTIBLE).orElseThrow(() -> new UnsupportedRequestException(
                    "FACILITY-PARAMETERS", "facilityType", "The " + parameters.parameters().year() + " Part A"
                    + " deductible, which caps a hospital line's copayment, is not loaded."));
            parameters.assumption(YearParameters.Parameter.PART_A_DEDUCTIBLE).ifPresent(assumptions::add);
            assumptions.add("The hospital is priced by its CBSA's wage index with its state's floors: a"
                    + " reclassified hospital, or one paid about 2% less for not reporting quality data, is paid"
                    + " otherwise; any 340B offset is already in CMS's rates and is not applied again.");
        }
        if (type == FacilityType.HOSPITAL_OUTPATIENT_OFF_CAMPUS) {
            assumptions.add("hospital-outpatient-off-campus: a non-excepted off-campus department (claim modifier"
                    + " PN) is paid 40% of the OPPS rate; an excepted one is paid in full (facilityType"
                    + " hospital-outpatient).");
        }
        Map<String, Percent> drugCoinsurance = FacilityClaimNotes.drugCoinsurance(edits, input.dateOfService(), lines);
        if (input.medicareAdvantage().isEmpty()) {
            assumptions.add("The Part B deductible is applied to the physician's claim first, then the facility's"
                    + (drugCoinsurance.isEmpty() ? " (Medicare applies it in the order claims arrive; the total is the"
                    + " same)." : " (Medicare applies it in the order claims arrive), within a claim to the lines at"
                    + " 20% before a drug with a lower coinsurance: where it reaches such a drug, the order the claims"
                    + " arrive in can change the patient's share."));
        }
        if (type == FacilityType.ASC && lines.stream().anyMatch(l -> l.line().hasModifier("RT"))
                && lines.stream().anyMatch(l -> l.line().hasModifier("LT"))) {
            assumptions.add("An ASC does not recognise modifier 50: a bilateral procedure is billed as two lines, RT"
                    + " and LT, paid 100% and 50% by the multiple-procedure discount.");
        }
        FacilityClaim claim = FacilityPricer.coveredClaim(type, lines, slice.rates(), options.facilityCbsa(), choice,
                deductibleLeft, partA, parameters.parameters().sequestrationRate(),
                drugCoinsurance);
        FacilityClaimNotes.drugs(claim, edits, input.dateOfService(), assumptions);
        return claim;
    }
}
