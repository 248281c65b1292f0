package com.epiduralestimator.domain;

/** How the needle or catheter reaches the epidural space. */
public enum Approach {
    INTERLAMINAR,
    TRANSFORAMINAL,
    CATHETER,
    NEUROLYTIC
}
