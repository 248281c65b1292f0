/**
 * The jar's command line, one class per command: serve (template.yaml's routes on a local HTTP server), invoke (one
 * event through one function), load and load-facility (fee and facility years into DynamoDB), import-sessions (a
 * practice's session CSV) and migrate-sessions (session items to the per-patient key shape).
 */
package com.epiduralestimator.local;
