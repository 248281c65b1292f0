package com.epiduralestimator.domain;

import java.util.Map;

/**
 * What a finding is about (medicare-rules.md section 4), because what an error means for the patient depends on it:
 * only a {@code coverage} error makes the service not covered; a {@code coding} error names a fix to the claim.
 */
public enum FindingKind implements WireNamed {
    COVERAGE("coverage"),
    CODING("coding"),
    DOCUMENTATION("documentation"),
    DIAGNOSIS("diagnosis"),
    DATA("data"),
    PAYMENT("payment");

    /**
     * The kinds of the payment notes, made with {@link Finding#info} outside a {@code Rule} object. A finding made
     * with {@link Finding#of} names its kind where it is made (FREQ-ONE-REGION across requests, in
     * {@code FrequencyInputs}) and is not listed here.
     */
    private static final Map<String, FindingKind> OTHER_FINDINGS = Map.of(
            "LIMITING-CHARGE", PAYMENT,
            "ABN", PAYMENT);

    private final String wireName;

    FindingKind(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * The kind of a finding made without naming one: every FEE-* finding says which schedule, locality or year
     * answered (data); the others are listed. An id in neither is a programming error, never a guessed kind.
     */
    static FindingKind ofRule(String id) {
        if (id.startsWith("FEE-")) {
            return DATA;
        }
        FindingKind kind = OTHER_FINDINGS.get(id);
        if (kind == null) {
            throw new IllegalArgumentException("finding " + id + " has no kind: create it with Finding.of(...)");
        }
        return kind;
    }
}
