package com.epiduralestimator.application;

import com.epiduralestimator.domain.CoverageChecks;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FrequencyPolicy;
import com.epiduralestimator.domain.FrequencyResult;
import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.domain.PartBDeductible;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.Payment;
import com.epiduralestimator.domain.PaymentEstimator;
import com.epiduralestimator.domain.PricedLine;
import com.epiduralestimator.domain.PriorSession;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import com.epiduralestimator.domain.UnsupportedRequestException;
import com.epiduralestimator.domain.ZipCode;
import java.math.BigDecimal;
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

    public EstimateService(FeeLookup fees, SessionLedger ledger, PatientKeys patientKeys, CoverageChecks checks) {
        this.fees = fees;
        this.ledger = ledger;
        this.patientKeys = patientKeys;
        this.checks = checks;
    }

    public EstimateResult estimate(String tenant, String patientId, EstimateInput input,
                                   Optional<LocalityId> locality, Optional<ZipCode> zip) {
        return estimate(tenant, patientId, input, locality, zip, false);
    }

    /** @param qualifyingApm price with the year's conversion factor for qualifying APM participants, if it has one */
    public EstimateResult estimate(String tenant, String patientId, EstimateInput input,
                                   Optional<LocalityId> locality, Optional<ZipCode> zip, boolean qualifyingApm) {
        return estimate(tenant, patientId, input, locality, zip, qualifyingApm, List.of());
    }

    /** @param otherSessions sessions the patient had elsewhere, from the request: counted, not stored */
    public EstimateResult estimate(String tenant, String patientId, EstimateInput input,
                                   Optional<LocalityId> locality, Optional<ZipCode> zip, boolean qualifyingApm,
                                   List<OtherSession> otherSessions) {
        List<ProcedureCode> codes = SessionCodes.resolve(input.lines(), false);
        SpinalRegion region = SessionCodes.oneRegion(codes);
        Set<String> distinctCodes = new LinkedHashSet<>();
        codes.forEach(c -> distinctCodes.add(c.code()));

        BigDecimal deductibleRemaining = deductible(input);
        FeeResolution fee = fees.resolve(input.dateOfService(), distinctCodes, "", input.setting(), locality, zip,
                qualifyingApm);

        LocalDate from = FrequencyPolicy.windowStart(input.dateOfService());
        FrequencyInputs history = FrequencyInputs.of(
                PatientHistory.read(ledger, patientKeys, tenant, patientId, from), otherSessions, region,
                input.dateOfService());
        boolean counts = codes.stream().anyMatch(ProcedureCode::countsTowardCap);
        FrequencyResult capped = FrequencyPolicy.evaluate(input.dateOfService(), history.sessionDates());
        // Codes that do not count toward the cap neither consume a session nor can be refused by it.
        FrequencyResult frequency = counts ? capped : new FrequencyResult(capped.windowStart(), capped.windowEnd(),
                capped.priorSessions(), capped.limit(), Math.max(0, capped.limit() - capped.priorSessions()), true,
                Optional.empty());
        List<PriorSession> priors = history.priors();

        List<Finding> findings = new ArrayList<>(fee.findings());
        findings.addAll(checks.check(input, region, codes, priors, counts ? Optional.of(frequency) : Optional.empty()));
        history.otherRegionSameDay().ifPresent(findings::add);
        boolean covered = findings.stream().noneMatch(Finding::isError);

        List<PricedLine> priced = PaymentEstimator.price(input.lines(), fee.quotes(), input.participation());
        BigDecimal allowed = PaymentEstimator.total(priced);
        Optional<BigDecimal> limitingCharge = Optional.empty();
        if (input.participation() == Participation.NON_PARTICIPATING) {
            BigDecimal parAllowed = PaymentEstimator.total(
                    PaymentEstimator.price(input.lines(), fee.quotes(), Participation.PARTICIPATING));
            limitingCharge = Optional.of(PaymentEstimator.limitingCharge(parAllowed));
            findings.add(Finding.info("LIMITING-CHARGE", "A non-participating provider is allowed 95% of the fee"
                    + " schedule amount and may charge the patient at most the limiting charge, $"
                    + limitingCharge.get() + ".", "42 CFR 414.48"));
        }
        Payment payment = PaymentEstimator.split(allowed, deductibleRemaining, covered, limitingCharge);
        if (!covered) {
            findings.add(Finding.info("ABN", "Medicare would not pay for this session. The patient may be billed"
                    + " the allowed amount only after signing an Advance Beneficiary Notice (claim modifier GA).",
                    ABN_SOURCE));
        }
        List<String> assumptions = new ArrayList<>(fee.assumptions());
        if (input.deductibleRemaining().isEmpty()) {
            assumptions.add("deductibleRemaining not given: the whole " + input.dateOfService().getYear()
                    + " Part B deductible ($" + deductibleRemaining + ") is assumed to remain.");
        }
        return new EstimateResult(covered, region, counts, frequency, input.setting(), fee, priced, payment,
                findings, assumptions, history.priorSessionsElsewhere());
    }

    private static BigDecimal deductible(EstimateInput input) {
        int year = input.dateOfService().getYear();
        Optional<BigDecimal> annual = PartBDeductible.forYear(year);
        if (input.deductibleRemaining().isPresent()) {
            BigDecimal remaining = input.deductibleRemaining().get();
            if (annual.isPresent() && remaining.compareTo(annual.get()) > 0) {
                throw new InvalidFieldException("deductibleRemaining", "exceeds the " + year
                        + " Part B deductible of $" + annual.get());
            }
            return Money.cents(remaining);
        }
        return annual.orElseThrow(() -> new UnsupportedRequestException("DEDUCTIBLE", "deductibleRemaining",
                "The Part B deductible for " + year + " is not known to the estimator: give deductibleRemaining."));
    }
}
