package com.epiduralestimator.adapter.http;

import com.epiduralestimator.domain.AdvantagePlan;
import com.epiduralestimator.domain.CostSharing;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.domain.Percent;
import com.epiduralestimator.domain.PriorAuthorization;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The estimate request's {@code medicareAdvantage} object (api-contract "Additions, round 3"): the plan's cost
 * sharing for the physician and the facility, its deductible and out-of-pocket maximum still to go, its contracted
 * rate and the prior authorization. Every bad field is listed with its path (e.g. medicareAdvantage.physician).
 */
final class AdvantageRequests {
    static final String FIELD = "medicareAdvantage";
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** A contracted rate above twice Medicare's is a typing slip, not a plan. */
    private static final BigDecimal MAX_RATE = new BigDecimal("200");

    private AdvantageRequests() {}

    static Optional<AdvantagePlan> read(BodyReader r) {
        Optional<BodyReader> object = r.object(FIELD);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        BodyReader m = object.get();
        Optional<CostSharing> physician = sharing(m, "physician", true);
        Optional<CostSharing> facility = sharing(m, "facility", false);
        Optional<Money> deductible = m.money("deductibleRemaining", MAX_AMOUNT);
        Optional<Money> outOfPocket = m.money("outOfPocketRemaining", MAX_AMOUNT);
        Optional<BigDecimal> rate = m.decimal("allowedPercentOfMedicare", BigDecimal.ONE, MAX_RATE, 2);
        Optional<PriorAuthorization> priorAuthorization = m.enumValue("priorAuthorization", false,
                PriorAuthorization.class);
        m.rejectUnknown();
        return physician.map(p -> new AdvantagePlan(p, facility, deductible, outOfPocket, rate.map(Percent::new),
                priorAuthorization.orElse(PriorAuthorization.UNKNOWN)));
    }

    /** {"copay": 40} or {"coinsurancePercent": 20}: exactly one. */
    private static Optional<CostSharing> sharing(BodyReader m, String name, boolean required) {
        Optional<BodyReader> object = m.object(name);
        if (object.isEmpty()) {
            if (required && !m.has(name)) {
                m.error(name, "is required: {\"copay\": 40} or {\"coinsurancePercent\": 20}");
            }
            return Optional.empty();
        }
        BodyReader s = object.get();
        Optional<Money> copay = s.money("copay", MAX_AMOUNT);
        Optional<BigDecimal> coinsurance = s.decimal("coinsurancePercent", BigDecimal.ZERO, HUNDRED, 2);
        s.rejectUnknown();
        boolean copayGiven = s.has("copay");
        if (copayGiven == s.has("coinsurancePercent")) {
            m.error(name, "give copay or coinsurancePercent, exactly one");
            return Optional.empty();
        }
        if (copay.isPresent()) {
            return Optional.of(CostSharing.copayOf(copay.get()));
        }
        return coinsurance.map(c -> CostSharing.coinsuranceOf(new Percent(c)));
    }
}
