/**
 * The coverage and claim rules, one class each (id, kind, severity, source), evaluated over a session's lines.
 */
package com.epiduralestimator.domain.rules;
