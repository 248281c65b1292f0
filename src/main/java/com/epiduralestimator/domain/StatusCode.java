package com.epiduralestimator.domain;

import java.util.Map;

/** CMS PFS status codes (RVU25D, Attachment A): which codes the fee schedule prices, in plain words. */
public final class StatusCode {
    private static final Map<Character, String> MEANING = Map.ofEntries(
            Map.entry('A', "active code, paid separately under the physician fee schedule"),
            Map.entry('B', "bundled code: payment is always bundled into other services"),
            Map.entry('C', "contractor-priced: the MAC sets the payment case by case"),
            Map.entry('D', "deleted code"),
            Map.entry('E', "excluded from the physician fee schedule by regulation"),
            Map.entry('F', "deleted or discontinued code"),
            Map.entry('G', "not valid for Medicare: another code is used (90-day grace period)"),
            Map.entry('H', "deleted modifier"),
            Map.entry('I', "not valid for Medicare: another code is used"),
            Map.entry('J', "anesthesia service: no RVUs and no fee schedule amount"),
            Map.entry('M', "measurement code, for reporting only"),
            Map.entry('N', "non-covered service"),
            Map.entry('P', "bundled or excluded: no separate fee schedule payment"),
            Map.entry('R', "restricted coverage: special coverage instructions apply"),
            Map.entry('T', "injection: paid only when no other fee schedule service is billed that day by the same provider"),
            Map.entry('X', "statutory exclusion: not in the fee schedule's statutory definition of physician services"));

    private StatusCode() {}

    /** FEE-STATUS: A, R and T carry RVUs and a fee schedule amount; every other status is not priced. */
    public static boolean isPriced(char status) {
        return status == 'A' || status == 'R' || status == 'T';
    }

    public static String meaning(char status) {
        return MEANING.getOrDefault(status, "unknown status code");
    }
}
