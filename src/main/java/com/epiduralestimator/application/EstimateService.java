package com.epiduralestimator.application;

import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.ClaimCoding;
import com.epiduralestimator.domain.CodedClaims;
import com.epiduralestimator.domain.CoveredLine;
import com.epiduralestimator.domain.EditTable;
import com.epiduralestimator.domain.FeeQuote;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.rules.SessionReview;
import java.util.HashMap;
import java.util.Map;
import com.epiduralestimator.domain.rules.CoverageChecks;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureFamily;
import com.epiduralestimator.domain.FrequencyResult;
import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.domain.PastSession;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.YearParametersUsed;
import com.epiduralestimator.domain.ZipCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Use case: one estimate — fee, frequency cap, coverage checks and the payment split. Two round trips at most. */
public final class EstimateService {
    private final FeeLookup fees;
    private final SessionLedger ledger;
    private final PatientKeys patientKeys;
    private final CoverageChecks checks;
    private final WholeBillService bills;
    private final FacilityLocator locator;

    public EstimateService(FeeLookup fees, SessionLedger ledger, PatientKeys patientKeys, CoverageChecks checks,
                           WholeBillService bills) {
        this(fees, ledger, patientKeys, checks, bills, FacilityLocator.none());
    }

    /** @param locator finds a facility named by facilityCcn or facilityZip (issue 21) */
    public EstimateService(FeeLookup fees, SessionLedger ledger, PatientKeys patientKeys, CoverageChecks checks,
                           WholeBillService bills, FacilityLocator locator) {
        this.locator = locator;
        this.fees = fees;
        this.ledger = ledger;
        this.patientKeys = patientKeys;
        this.checks = checks;
        this.bills = bills;
    }

    /** The stored key of a patient (HMAC, never the id): what the audit line names. */
    public String patientKey(String tenant, String patientId) {
        // Every key the estimate reads (the canonical one first), space-separated: the audit line names them all.
        List<String> keys = new ArrayList<>();
        for (PatientRef ref : patientKeys.refs(tenant, patientId)) {
            keys.add(ref.patientKey());
        }
        return String.join(" ", keys);
    }

    /**
     * @param qualifyingApm price with the year's conversion factor for qualifying APM participants, if it has one
     * @param otherSessions sessions the patient had elsewhere, from the request: counted, not stored
     * @param bill          the facility and supplemental coverage of the whole bill ({@link WholeBillService})
     */
    public EstimateResult estimate(String tenant, String patientId, EstimateInput input,
                                   Optional<LocalityId> locality, Optional<ZipCode> zip, boolean qualifyingApm,
                                   List<OtherSession> otherSessions, BillOptions bill) {
        return estimate(tenant, Optional.of(patientId), input, locality, zip, qualifyingApm, otherSessions, bill,
                FacilityWhere.NONE);
    }

    /**
     * Issue 21 hook: the facility named by CCN or ZIP is located first ({@link FacilityLocator}), then priced as
     * one named by facilityCbsa; without a patient id no stored session is read ({@link PatientlessEstimate}).
     */
    public EstimateResult estimate(String tenant, Optional<String> patientId, EstimateInput input,
                                   Optional<LocalityId> locality, Optional<ZipCode> zip, boolean qualifyingApm,
                                   List<OtherSession> otherSessions, BillOptions bill, FacilityWhere where) {
        LocatedFacility at = locator.locate(input, bill, where, locality, zip);
        EstimateResult r = priced(tenant, patientId, input, locality, at.physicianZip(), qualifyingApm,
                otherSessions, at.options());
        r = at.finish(r);
        return patientId.isPresent() ? r : PatientlessEstimate.said(r);
    }

    private EstimateResult priced(String tenant, Optional<String> patientId, EstimateInput input,
                                  Optional<LocalityId> locality, Optional<ZipCode> zip, boolean qualifyingApm,
                                  List<OtherSession> otherSessions, BillOptions bill) {
        WholeBillService.validate(input, bill);
        List<ProcedureCode> billed = SessionCodes.family(input.lines());
        // The fees are read first, for every code the coding fixes leave (the claim edits and the fixes that read the
        // history, an RFA's global period on a later day, only drop lines or units or add 79): on DynamoDB that one
        // round trip also lists the loaded claim-edit editions (docs/performance.md). Fees first, then the history.
        FeeLookup.ScheduleRead schedule = fees.read(input.dateOfService(),
                EstimateParts.feeCodes(checks.codingFixed(input)), locality, zip);
        List<SessionLine> edited = checks.corrected(input); // the practitioner's edits, run once per estimate
        FeeResolution fee = fees.resolve(schedule, EstimateParts.feeCodes(edited), "",
                input.setting(), qualifyingApm);
        YearParametersUsed parameters = fee.parameters();
        Money deductibleRemaining = deductible(input, parameters);
        Map<HcpcsCode, FeeRow> rows = new HashMap<>();
        for (Map.Entry<HcpcsCode, FeeQuote> quote : fee.quotes().entrySet()) {
            rows.put(quote.getKey(), quote.getValue().row());
        }

        ProcedureFamily family = FamilyCap.of(billed, input.purpose());
        LocalDate from = FamilyCap.readFrom(family, input.purpose(), input.dateOfService());
        // issue 21: no patient id, no stored sessions read (PatientlessEstimate says so)
        List<RecordedSession> read = patientId.isPresent() ? PatientHistory.read(ledger, patientKeys, tenant,
                patientId.get(), from, Deadline.none()) : List.of();
        List<PastSession> past = FrequencyInputs.history(read, otherSessions, input.dateOfService());
        // A coding error names its fix; the fee, the cap and the payment are those of the claim once fixed.
        List<SessionLine> claim = checks.withHistory(input, edited, past);
        // a hospital's (OPPS) claim is edited with CMS's hospital NCCI/MUE tables; an ASC's with the practitioner's.
        // The global-period fixes (GLOBAL-VISIT, GLOBAL-79) are the physician's: OPPS has no global surgical package.
        List<SessionLine> facilityClaim = claim;
        if (bill.facilityType().isPresent() && bill.facilityType().get().opps()) { // a plain test: no lambda
            facilityClaim = checks.corrected(EditTable.HOSPITAL, input);
        }
        CodedClaims claims = ClaimCoding.code(claim, facilityClaim, rows, bill.facilityType());

        List<RecordedSession> stored = FamilyCap.ofFamily(read, family);
        // Sessions elsewhere given in the request count toward their family's cap (an ESI's without a family).
        List<OtherSession> others = FamilyCap.othersOfFamily(otherSessions, family);
        Optional<SpinalRegion> onFile = FrequencyInputs.regionOnFile(stored, others, input.dateOfService());
        SpinalRegion region = SessionCodes.sessionRegion(claims.physician(), onFile);
        FrequencyInputs history = FrequencyInputs.of(stored, others, region, input.dateOfService());
        boolean counts = FamilyCap.counts(claims.physician(), region);
        FrequencyResult capped = FamilyCap.evaluate(family, region, input.purpose(), input.dateOfService(), stored,
                others, history);
        // Codes that do not count toward the cap neither consume a session nor can be refused by it.
        FrequencyResult frequency = counts ? capped : capped.notCounting();

        List<Finding> findings = new ArrayList<>(fee.findings());
        SessionReview review = SessionReview.of(input, region, billed, history.priors(),
                counts ? Optional.of(frequency) : Optional.empty(), EstimateParts.state(fee.locality()), claims,
                onFile).withHistory(past);
        review = patientId.isPresent() ? review : review.storedHistoryNotRead(); // issue 21: nothing stored was read
        findings.addAll(checks.check(review));
        List<CoveredLine> coverage = checks.coverage(review, findings);
        OfficeDrugs drugs = fees.drugs(input.dateOfService(), claims.physician(), input.setting());
        findings.addAll(drugs.findings());
        PhysicianClaim physician = PhysicianClaim.price(input, coverage, fee, drugs, deductibleRemaining, findings);
        boolean covered = physician.covered();

        List<String> assumptions = new ArrayList<>(fee.assumptions());
        assumptions.addAll(drugs.assumptions());
        if (bill.facilityType().isPresent() && bill.facilityType().get().opps()) {
            // the practitioner's table alone (no history fix): what it denies that the hospital's keeps
            FacilityClaimNotes.hospitalTable(bill.facilityType().get(), edited, facilityClaim,
                    assumptions);
        }
        // Hook (issue 20): a Medicare Advantage member's claim is split by the plan (medicare-rules.md section 8).
        boolean advantage = input.medicareAdvantage().isPresent();
        if (advantage) {
            physician = AdvantageEstimates.physician(input.medicareAdvantage().get(), physician, findings,
                    assumptions);
        }
        if (!claim.equals(input.lines())) {
            assumptions.add("Priced as the claim once its coding errors are fixed: "
                    + SessionCodes.describe(claims.physician()) + ".");
        }
        if (!others.equals(otherSessions)) {
            assumptions.add("otherSessions of other families are not counted toward the " + family.label()
                    + " cap: sessions count per family (an other session without family is an ESI's).");
        }
        if (!history.notCoveredPriors().isEmpty()) {
            assumptions.add("Every performed session on file counts toward the cap, paid or not (the LCD limits"
                    + " sessions, not payments): the " + region.wireName() + " session of "
                    + EstimateParts.dates(history.notCoveredPriors())
                    + " was the second region of its day, not covered, and is counted.");
        }
        assumptions.addAll(checks.editAssumptions(input, findings)); // the claim-edit editions that answered
        if (input.deductibleRemaining().isEmpty() && !advantage) {
            EstimateParts.addIfPresent(assumptions,
                    parameters.assumption(YearParameters.Parameter.PART_B_DEDUCTIBLE));
            assumptions.add("deductibleRemaining not given: the whole " + input.dateOfService().getYear()
                    + " Part B deductible ($" + deductibleRemaining
                    + (parameters.borrowed() ? ", the " + parameters.parameters().year() + " amount" : "")
                    + ") is assumed to remain.");
        }
        if (covered && !advantage) {
            EstimateParts.addIfPresent(assumptions,
                    parameters.assumption(YearParameters.Parameter.SEQUESTRATION_RATE));
        }
        Optional<String> localityState = EstimateParts.state(fee.locality());
        WholeBill whole = bills.bill(input, claims.facilityCoverage(coverage), bill, parameters, covered,
                physician.payment(), deductibleRemaining, localityState, findings, assumptions);
        FacilityClaimNotes.ascVisit(bill.facilityType(), claims.physician(), assumptions); // EM-25 may drop it
        if (whole.facilityState().isPresent() && !whole.facilityState().equals(localityState)) {
            // The facility is where the service is performed: the place-of-service rules (WISeR) are judged again
            // with its state, known only once its CBSA was read (facilityState, or the CBSA's one state).
            for (java.util.Iterator<Finding> f = findings.iterator(); f.hasNext(); ) {
                if (checks.fromPlaceOfService(f.next())) {
                    f.remove();
                }
            }
            findings.addAll(checks.checkPlaceOfService(input, region, billed, whole.facilityState()));
        }
        return new EstimateResult(covered, region, counts, frequency, input.setting(), fee, physician.lines(),
                physician.payment(), findings, assumptions, history.priorSessionsElsewhere(), whole,
                physician.notCovered(), claims);
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
