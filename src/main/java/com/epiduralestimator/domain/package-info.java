/**
 * The Medicare rules as values: codes, fee formula, frequency cap, payment; no AWS, JSON or I/O.
 */
package com.epiduralestimator.domain;
