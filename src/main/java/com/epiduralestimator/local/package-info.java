/**
 * The jar's command line: serve (local HTTP server), invoke (one event through one function) and load.
 */
package com.epiduralestimator.local;
