/**
 * The composition root: configuration read once at start-up (Config) and the one place where ports, adapters and
 * use cases are wired (DependencyFactory, Services).
 */
package com.epiduralestimator;
