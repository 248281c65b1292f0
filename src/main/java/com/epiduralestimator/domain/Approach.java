package com.epiduralestimator.domain;

/** How the needle or catheter reaches its target (the families' {@code approach} column, upper-cased). */
public enum Approach {
    INTERLAMINAR,
    TRANSFORAMINAL,
    CATHETER,
    NEUROLYTIC,
    FACET_INJECTION,
    RADIOFREQUENCY,
    JOINT_INJECTION,
    NERVE_BLOCK
}
