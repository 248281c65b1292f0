package com.epiduralestimator.application;

import com.epiduralestimator.domain.ClaimCoding;
import com.epiduralestimator.domain.CodedClaims;
import com.epiduralestimator.domain.CoveredLine;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.domain.PastSession;
import com.epiduralestimator.domain.PaymentEstimator;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureFamily;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.UnsupportedRequestException;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.YearParametersUsed;
import com.epiduralestimator.domain.ZipCode;
import com.epiduralestimator.domain.rules.CoverageChecks;
import com.epiduralestimator.domain.rules.SessionReview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Issue 19: an estimate of E/M visits alone (no procedure of a family: no cap, no region, {@code frequency} null).
 * With a patient id it reads the patient's sessions of the longest global period (families.csv {@code globalDays}:
 * the RFA's 10 days) in the same one Query an estimate makes, so that a visit on a later day of an RFA's global period
 * is found included in it (GLOBAL-VISIT: priced without it); without a patient id nothing is read. The physician's
 * claim only: a hospital bills its clinic visit as G0463 and an ASC bills none (medicare-rules.md section 7).
 */
final class VisitEstimates {
    private final FeeLookup fees;
    private final SessionLedger ledger;
    private final PatientKeys patientKeys;
    private final CoverageChecks checks;
    private final WholeBillService bills;

    VisitEstimates(FeeLookup fees, SessionLedger ledger, PatientKeys patientKeys, CoverageChecks checks,
                   WholeBillService bills) {
        this.fees = fees;
        this.ledger = ledger;
        this.patientKeys = patientKeys;
        this.checks = checks;
        this.bills = bills;
    }

    /** The first date whose session's global period may cover {@code date}: the longest global period back. */
    static LocalDate readFrom(LocalDate date) {
        int longest = 0;
        for (ProcedureFamily f : ProcedureCatalog.families().families()) {
            longest = Math.max(longest, f.globalDays());
        }
        return date.minusDays(longest);
    }

    EstimateResult estimate(String tenant, Optional<String> patientId, EstimateInput input,
                            Optional<LocalityId> locality, Optional<ZipCode> zip, boolean qualifyingApm,
                            List<OtherSession> otherSessions, BillOptions bill) {
        if (bill.facilityType().isPresent()) {
            throw new UnsupportedRequestException("CODE-SCOPE", "lines", "A visit alone is estimated for the"
                    + " physician's claim only (no facilityType): a hospital bills its clinic visit as G0463 and an"
                    + " ASC bills none.");
        }
        Set<HcpcsCode> codes = new LinkedHashSet<>();
        input.lines().forEach(l -> codes.add(l.code()));
        FeeResolution fee = fees.resolve(input.dateOfService(), codes, "", input.setting(), locality, zip,
                qualifyingApm);
        YearParametersUsed parameters = fee.parameters();
        Money deductibleRemaining = EstimateService.deductible(input, parameters);
        Map<HcpcsCode, FeeRow> rows = new HashMap<>();
        fee.quotes().forEach((code, quote) -> rows.put(code, quote.row()));

        LocalDate from = readFrom(input.dateOfService());
        List<RecordedSession> read = patientId.map(id -> PatientHistory.read(ledger, patientKeys, tenant, id, from,
                Deadline.none())).orElse(List.of());
        List<PastSession> past = FrequencyInputs.history(read, otherSessions, input.dateOfService());
        List<SessionLine> claim = checks.corrected(input, past);
        CodedClaims claims = ClaimCoding.code(claim, rows, Optional.empty());

        List<Finding> findings = new ArrayList<>(fee.findings());
        Optional<String> placeState = fee.locality().map(Locality::state);
        SessionReview review = new SessionReview(input, null, List.of(), List.of(), Optional.empty(), placeState,
                input.lines(), claims, Optional.empty(), past);
        findings.addAll(checks.checkVisitAlone(review));
        List<CoveredLine> coverage = checks.coverage(review, findings);
        // Every visit included in a global period: nothing is billed separately (covered by that procedure's payment).
        PhysicianClaim physician = claim.isEmpty()
                ? new PhysicianClaim(List.of(), PaymentEstimator.split(Money.ZERO, deductibleRemaining, true,
                        Optional.empty(), parameters.parameters().sequestrationRate()), true, Money.ZERO)
                : PhysicianClaim.price(input, coverage, fee, deductibleRemaining, findings);

        List<String> assumptions = new ArrayList<>(fee.assumptions());
        assumptions.add("A visit alone: no procedure, so no frequency cap (frequency is null)"
                + (patientId.isPresent() ? "; the patient's sessions from " + from + " were read for a global"
                + " period." : "."));
        boolean advantage = input.medicareAdvantage().isPresent();
        if (advantage) {
            physician = AdvantageEstimates.physician(input.medicareAdvantage().get(), physician, findings,
                    assumptions);
        }
        if (!claim.equals(input.lines())) {
            assumptions.add(claim.isEmpty() ? "Priced as the claim once its coding errors are fixed: no line is"
                    + " billed separately." : "Priced as the claim once its coding errors are fixed: "
                    + SessionCodes.describe(claims.physician()) + ".");
        }
        assumptions.addAll(checks.editAssumptions(input, findings));
        if (input.deductibleRemaining().isEmpty() && !advantage) {
            parameters.assumption(YearParameters.Parameter.PART_B_DEDUCTIBLE).ifPresent(assumptions::add);
            assumptions.add("deductibleRemaining not given: the whole " + input.dateOfService().getYear()
                    + " Part B deductible ($" + deductibleRemaining
                    + (parameters.borrowed() ? ", the " + parameters.parameters().year() + " amount" : "")
                    + ") is assumed to remain.");
        }
        if (physician.covered() && !advantage) {
            parameters.assumption(YearParameters.Parameter.SEQUESTRATION_RATE).ifPresent(assumptions::add);
        }
        WholeBill whole = bills.bill(input, claims.facilityCoverage(coverage), bill, parameters, physician.covered(),
                physician.payment(), deductibleRemaining, placeState, findings, assumptions);
        return new EstimateResult(physician.covered(), null, false, null, input.setting(), fee, physician.lines(),
                physician.payment(), findings, assumptions, 0, whole, physician.notCovered(), claims);
    }
}
