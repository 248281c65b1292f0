package com.epiduralestimator.domain;

/** What is injected: neurolytic and chemotherapy agents are not epidural steroid injections. */
public enum Substance implements WireNamed {
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

    @Override
    public String wireName() {
        return wireName;
    }
}
