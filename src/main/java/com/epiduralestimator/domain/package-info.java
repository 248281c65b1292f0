/**
 * The Medicare rules as values and calculations: codes, money and percentages, the fee formula, the frequency cap,
 * the physician's payment split and the facility's claim; no AWS, JSON or I/O.
 */
package com.epiduralestimator.domain;
