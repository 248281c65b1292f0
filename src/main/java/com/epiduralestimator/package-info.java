/**
 * The composition root: configuration read once at start-up ({@code Config}, {@code SessionSettings}) and the one
 * place where ports, adapters and use cases are wired ({@code DependencyFactory}, into {@code Services}), for the
 * deployed functions, the local commands and SnapStart priming.
 */
package com.epiduralestimator;
