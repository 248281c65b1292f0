package com.epiduralestimator.domain;

import java.util.Optional;

/** What is injected: neurolytic and chemotherapy agents are not epidural steroid injections. */
public enum Substance {
    STEROID("steroid"),
    ANESTHETIC("anesthetic"),
    OPIOID("opioid"),
    ANTISPASMODIC("antispasmodic"),
    NEUROLYTIC("neurolytic"),
    CHEMOTHERAPY("chemotherapy"),
    OTHER("other");

    private final String wireName;

    Substance(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Substance> fromWire(String value) {
        for (Substance v : values()) {
            if (v.wireName.equals(value)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
