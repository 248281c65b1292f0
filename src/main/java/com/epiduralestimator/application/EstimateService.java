package com.epiduralestimator.application;

import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.rules.CoverageChecks;
import com.epiduralestimator.domain.Assignment;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.UnassignedClaims;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FrequencyPolicy;
import com.epiduralestimator.domain.FrequencyResult;
import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.Payment;
import com.epiduralestimator.domain.PaymentEstimator;
import com.epiduralestimator.domain.PricedLine;
import com.epiduralestimator.domain.PriorSession;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.YearParametersUsed;
import com.epiduralestimator.domain.ZipCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Use case: one estimate — fee, frequency cap, coverage checks and the payment split. Two round trips at most. */
public final class EstimateService {
    private static final String ABN_SOURCE = "CMS ABN (CMS-R-131)";
    private final FeeLookup fees;
    private final SessionLedger ledger;
    private final PatientKeys patientKeys;
    private final CoverageChecks checks;
    private final WholeBillService bills;

    public EstimateService(FeeLookup fees, SessionLedger ledger, PatientKeys patientKeys, CoverageChecks checks,
                           WholeBillService bills) {
        this.fees = fees;
        this.ledger = ledger;
        this.patientKeys = patientKeys;
        this.checks = checks;
        this.bills = bills;
    }

    /** The stored key of a patient (HMAC, never the id): what the audit line names. */
    public String patientKey(String tenant, String patientId) {
        // Every key the estimate reads (the canonical one first), space-separated: the audit line names them all.
        return String.join(" ", patientKeys.refs(tenant, patientId).stream().map(PatientRef::patientKey).toList());
    }

    /**
     * @param qualifyingApm price with the year's conversion factor for qualifying APM participants, if it has one
     * @param otherSessions sessions the patient had elsewhere, from the request: counted, not stored
     * @param bill          the facility and supplemental coverage of the whole bill ({@link WholeBillService})
     */
    public EstimateResult estimate(String tenant, String patientId, EstimateInput input,
                                   Optional<LocalityId> locality, Optional<ZipCode> zip, boolean qualifyingApm,
                                   List<OtherSession> otherSessions, BillOptions bill) {
        WholeBillService.validate(input, bill);
        List<ProcedureCode> billed = SessionCodes.resolve(input.lines(), false);
        SessionCodes.oneRegion(billed);
        // A coding error names its fix; the fee, the cap and the payment are those of the claim once fixed.
        List<SessionLine> claim = checks.corrected(input);
        List<ProcedureCode> codes = SessionCodes.resolve(claim, false);
        SpinalRegion region = SessionCodes.oneRegion(codes);
        Set<HcpcsCode> distinctCodes = new LinkedHashSet<>();
        codes.forEach(c -> distinctCodes.add(c.code()));

        FeeResolution fee = fees.resolve(input.dateOfService(), distinctCodes, "", input.setting(), locality, zip,
                qualifyingApm);
        YearParametersUsed parameters = fee.parameters();
        Money deductibleRemaining = deductible(input, parameters);

        LocalDate from = FrequencyPolicy.windowStart(input.dateOfService());
        FrequencyInputs history = FrequencyInputs.of(
                PatientHistory.read(ledger, patientKeys, tenant, patientId, from, Deadline.none()), otherSessions, region,
                input.dateOfService());
        boolean counts = codes.stream().anyMatch(ProcedureCode::countsTowardCap);
        FrequencyResult capped = FrequencyPolicy.evaluate(input.dateOfService(), history.sessionDates());
        // Codes that do not count toward the cap neither consume a session nor can be refused by it.
        FrequencyResult frequency = counts ? capped : new FrequencyResult(capped.windowStart(), capped.windowEnd(),
                capped.priorSessions(), capped.limit(), Math.max(0, capped.limit() - capped.priorSessions()), true,
                Optional.empty());
        List<PriorSession> priors = history.priors();

        List<Finding> findings = new ArrayList<>(fee.findings());
        findings.addAll(checks.check(input, region, billed, priors, counts ? Optional.of(frequency) : Optional.empty(),
                fee.locality().map(Locality::state)));
        history.otherRegionSameDay().ifPresent(findings::add);
        boolean covered = findings.stream().noneMatch(Finding::makesNotCovered);

        List<PricedLine> priced = PaymentEstimator.price(claim, fee.quotes(), input.participation());
        Money allowed = PaymentEstimator.total(priced);
        Optional<Money> limitingCharge = Optional.empty();
        if (input.participation() == Participation.NON_PARTICIPATING) {
            Money parAllowed = PaymentEstimator.total(
                    PaymentEstimator.price(claim, fee.quotes(), Participation.PARTICIPATING));
            limitingCharge = Optional.of(PaymentEstimator.limitingCharge(parAllowed));
            findings.add(Finding.info("LIMITING-CHARGE", "A non-participating provider is allowed 95% of the fee"
                    + " schedule amount and may charge the patient at most the limiting charge, $"
                    + limitingCharge.get() + ".", "42 CFR 414.48"));
        }
        Payment payment = PaymentEstimator.split(allowed, deductibleRemaining, covered, limitingCharge,
                parameters.parameters().sequestrationRate());
        if (input.assignment() == Assignment.NOT_ACCEPTED) {
            payment = PaymentEstimator.unassigned(payment, limitingCharge.orElseThrow());
            findings.addAll(UnassignedClaims.findings(fee.locality()));
        }
        if (!covered) {
            findings.add(Finding.info("ABN", "Medicare would not pay for this session. The patient may be billed"
                    + " the allowed amount only after signing an Advance Beneficiary Notice (claim modifier GA).",
                    ABN_SOURCE));
        }
        List<String> assumptions = new ArrayList<>(fee.assumptions());
        if (!claim.equals(input.lines())) {
            assumptions.add("Priced as the claim once its coding errors are fixed: " + SessionCodes.describe(claim)
                    + ".");
        }
        if (input.deductibleRemaining().isEmpty()) {
            parameters.assumption(YearParameters.Parameter.PART_B_DEDUCTIBLE).ifPresent(assumptions::add);
            assumptions.add("deductibleRemaining not given: the whole " + input.dateOfService().getYear()
                    + " Part B deductible ($" + deductibleRemaining
                    + (parameters.borrowed() ? ", the " + parameters.parameters().year() + " amount" : "")
                    + ") is assumed to remain.");
        }
        if (covered) {
            parameters.assumption(YearParameters.Parameter.SEQUESTRATION_RATE).ifPresent(assumptions::add);
        }
        WholeBill whole = bills.bill(input, claim, bill, parameters, covered, payment, deductibleRemaining,
                fee.locality().map(com.epiduralestimator.domain.Locality::state), findings, assumptions);
        Optional<String> localityState = fee.locality().map(Locality::state);
        if (whole.facilityState().isPresent() && !whole.facilityState().equals(localityState)) {
            // The facility is where the service is performed: the place-of-service rules (WISeR) are judged again
            // with its state, known only once its CBSA was read (facilityState, or the CBSA's one state).
            findings.removeIf(checks::fromPlaceOfService);
            findings.addAll(checks.checkPlaceOfService(input, region, billed, whole.facilityState()));
        }
        return new EstimateResult(covered, region, counts, frequency, input.setting(), fee, priced, payment,
                findings, assumptions, history.priorSessionsElsewhere(), whole);
    }

    /**
     * The Part B deductible remaining: as given, or the whole year's (from the year parameters; a year not loaded
     * borrows the latest loaded year's, and says so). A given amount above the year's own deductible is a 400; it is
     * not checked against a borrowed one, which the unknown year's may exceed.
     */
    private static Money deductible(EstimateInput input, YearParametersUsed parameters) {
        Money annual = parameters.partBDeductible();
        if (input.deductibleRemaining().isPresent()) {
            Money remaining = input.deductibleRemaining().get();
            if (!parameters.borrowed() && remaining.isGreaterThan(annual)) {
                throw new InvalidFieldException("deductibleRemaining", "exceeds the " + parameters.requestedYear()
                        + " Part B deductible of $" + annual);
            }
            return remaining;
        }
        return annual;
    }
}
