package com.epiduralestimator.adapter.http;

import com.epiduralestimator.domain.ProcedureFamily;
import com.epiduralestimator.application.EstimateResult;
import com.epiduralestimator.application.FeeResolution;
import com.epiduralestimator.application.RecordOutcome;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.domain.FeeQuote;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FrequencyResult;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.Payment;
import com.epiduralestimator.domain.PricedLine;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The response bodies of the contract, written by hand: field order and names are the contract's. */
final class ResponseBodies {
    private ResponseBodies() {}

    static Map<String, Object> fee(HcpcsCode code, String modifier, FeeResolution fee) {
        FeeQuote quote = fee.quotes().get(code);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code.value());
        body.put("modifier", modifier.isEmpty() ? null : modifier);
        body.put("year", fee.year().year());
        body.put("setting", quote.setting().wireName());
        body.put("locality", fee.locality().map(ResponseBodies::locality).orElse(null));
        body.put("source", fee.source());
        body.put("amount", quote.amount());
        quote.oppsCapAmount().ifPresent(cap -> {
            body.put("pfsAmount", quote.pfsAmount());
            body.put("oppsCapAmount", cap);
        });
        body.put("currency", "USD");
        body.put("status", String.valueOf(quote.row().status()));
        body.put("label", ProcedureCatalog.find(code).map(ProcedureCode::label).orElse(null));
        FeeQuote.Breakdown b = quote.breakdown();
        Map<String, Object> breakdown = new LinkedHashMap<>();
        breakdown.put("workRvu", b.workRvu());
        breakdown.put("peRvu", b.peRvu());
        breakdown.put("mpRvu", b.mpRvu());
        breakdown.put("workGpci", b.workGpci());
        breakdown.put("peGpci", b.peGpci());
        breakdown.put("mpGpci", b.mpGpci());
        breakdown.put("conversionFactor", b.conversionFactor());
        body.put("breakdown", breakdown);
        body.put("limitingCharge", quote.limitingCharge());
        body.put("nonParticipatingAmount", quote.nonParticipatingAmount());
        body.put("findings", findings(fee.findings()));
        if (!fee.assumptions().isEmpty()) {
            body.put("assumptions", fee.assumptions());
        }
        return body;
    }

    static Map<String, Object> estimate(EstimateResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eligible", result.eligible());
        body.put("coverage", result.eligible() ? "covered" : "not-covered");
        body.put("claimReady", result.claimReady());
        body.put("frequency", frequency(result));
        Map<String, Object> fee = new LinkedHashMap<>();
        fee.put("year", result.fee().year().year());
        fee.put("setting", result.setting().wireName());
        fee.put("source", result.fee().source());
        fee.put("locality", result.fee().locality().isPresent() ? locality(result.fee().locality().get()) : null);
        fee.put("allowed", result.payment().allowed());
        body.put("fee", fee);
        // Loops, not streams or lambdas: every estimate writes this (docs/performance.md).
        List<Object> lines = new ArrayList<>(result.lines().size());
        boolean partly = false;
        for (PricedLine line : result.lines()) {
            lines.add(pricedLine(line));
            partly |= !line.covered();
        }
        body.put("lines", List.copyOf(lines));
        Map<String, Object> payment = payment(result.payment());
        if (partly) {
            payment.put("notCovered", result.notCovered());
        }
        body.put("payment", BillBodies.withShare(payment, result.bill().physicianShare()));
        BillBodies.put(body, result.bill());
        if (partly) {
            @SuppressWarnings("unchecked")
            Map<String, Object> total = (Map<String, Object>) body.get("total");
            total.put("notCovered", result.notCovered().plus(result.bill().facility()
                    .map(com.epiduralestimator.domain.FacilityClaim::notCovered)
                    .orElse(com.epiduralestimator.domain.Money.ZERO)));
        }
        body.put("findings", findings(result.findings()));
        body.put("assumptions", result.assumptions());
        return body;
    }

    static Map<String, Object> session(RecordOutcome outcome) {
        RecordedSession s = outcome.stored();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sessionId", s.sessionId());
        body.put("region", s.region().wireName());
        if (!s.family().equals(ProcedureFamily.ESI)) { // absent = esi, as before families
            body.put("family", s.family());
        }
        s.purpose().ifPresent(p -> body.put("purpose", p.wireName()));
        body.put("dateOfService", s.dateOfService().toString());
        body.put("lines", s.lines().stream().map(ResponseBodies::line).toList());
        body.put("recordedAt", s.recordedAt().toString());
        body.put("performedBy", s.performedBy().wireName());
        body.put("created", outcome.created());
        return body;
    }

    private static Map<String, Object> frequency(EstimateResult result) {
        FrequencyResult f = result.frequency();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("region", result.region().wireName());
        out.put("windowStart", f.windowStart().toString());
        out.put("windowEnd", f.windowEnd().toString());
        out.put("priorSessions", f.priorSessions());
        out.put("priorSessionsElsewhere", result.priorSessionsElsewhere());
        out.put("limit", f.limit());
        out.put("remainingAfterThis", f.remainingAfterThis());
        out.put("nextEligibleDate", f.nextEligibleDate().isPresent() ? f.nextEligibleDate().get().toString() : null);
        out.put("countsTowardCap", result.countsTowardCap());
        if (!f.family().equals(ProcedureFamily.ESI)) { // absent = esi: the ESI answers (README, clients) stay as they were
            out.put("family", f.family());
            f.purpose().ifPresent(p -> out.put("purpose", p.wireName()));
            out.put("window", f.window().wireName());
        }
        return out;
    }

    /** A claim's money fields: the physician's claim, and the facility's (which is always assigned). */
    static Map<String, Object> payment(Payment p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("allowed", p.allowed());
        out.put("deductibleApplied", p.deductibleApplied());
        out.put("coinsurance", p.coinsurance());
        out.put("patientPays", p.patientPays());
        out.put("medicarePays", p.medicarePays());
        out.put("medicarePaysAfterSequestration", p.medicarePaysAfterSequestration());
        if (p.limitingCharge().isPresent()) {
            out.put("limitingCharge", p.limitingCharge().get());
        }
        if (p.unassigned().isPresent()) {
            out.put("patientPaysProvider", p.unassigned().get().patientPaysProvider());
            out.put("medicarePaysPatient", p.unassigned().get().medicarePaysPatient());
        }
        return out;
    }

    private static Map<String, Object> pricedLine(PricedLine p) {
        Map<String, Object> out = line(p.line());
        if (!p.line().levels().isEmpty()) {
            out.put("levels", p.line().levels());
        }
        out.put("fee", p.unitFee());
        out.put("allowed", p.allowed());
        out.put("adjustments", p.adjustments());
        coverage(out, p.notCoveredBy());
        if (p.drug().isPresent()) { // an office drug at the ASP limit (medicare-rules.md section 7)
            com.epiduralestimator.domain.DrugPrice drug = p.drug().get();
            Map<String, Object> asp = new LinkedHashMap<>();
            asp.put("paymentLimit", drug.limit().paymentLimit());
            asp.put("billingUnit", drug.limit().billingUnit());
            asp.put("coinsurancePercent", drug.coinsurance().value());
            asp.put("aspQuarter", drug.edition());
            out.put("drug", asp);
        }
        return out;
    }

    /** {@code covered} and, where false, {@code notCoveredBy}: line-level coverage (medicare-rules.md section 6). */
    static void coverage(Map<String, Object> line, java.util.Optional<String> notCoveredBy) {
        line.put("covered", notCoveredBy.isEmpty());
        if (notCoveredBy.isPresent()) {
            line.put("notCoveredBy", notCoveredBy.get());
        }
    }

    static Map<String, Object> line(SessionLine line) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", line.code().value());
        out.put("units", line.units());
        out.put("modifiers", line.modifiers());
        return out;
    }

    private static Map<String, Object> locality(Locality l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", l.id().value());
        out.put("name", l.name());
        out.put("state", l.state());
        return out;
    }

    private static List<Object> findings(List<Finding> findings) {
        List<Object> all = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("code", f.code());
            out.put("severity", f.severity().wireName());
            out.put("kind", f.kind().wireName());
            out.put("message", f.message());
            out.put("source", f.source());
            all.add(out);
        }
        return List.copyOf(all);
    }
}
