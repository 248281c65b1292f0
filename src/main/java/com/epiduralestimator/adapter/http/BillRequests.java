package com.epiduralestimator.adapter.http;

import com.epiduralestimator.application.BillOptions;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.Supplemental;
import com.epiduralestimator.domain.Money;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** The estimate request's whole-bill fields: the facility and the supplemental coverage (api-contract Additions). */
final class BillRequests {
    static final Pattern CBSA = Pattern.compile("\\d{5}|\\d{2}");
    static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

    private BillRequests() {}

    static BillOptions read(BodyReader r) {
        Optional<FacilityType> type = r.enumValue("facilityType", false, FacilityType.class);
        Optional<String> cbsa = r.string("facilityCbsa", 5, CBSA,
                "must be a 5-digit CBSA code, or the 2-digit code of a state's rural area");
        Optional<String> state = r.string("facilityState", 2, STATE, "must be a 2-letter state code, e.g. NJ");
        Optional<Supplemental> supplemental = r.enumValue("supplemental", false, Supplemental.class);
        Optional<Money> outOfPocket = r.money("supplementalOutOfPocketRemaining", MAX_AMOUNT);
        Optional<Money> deductible = r.money("supplementalDeductibleRemaining", MAX_AMOUNT);
        return new BillOptions(type, cbsa, state, supplemental.orElse(Supplemental.NONE), outOfPocket, deductible);
    }
}
