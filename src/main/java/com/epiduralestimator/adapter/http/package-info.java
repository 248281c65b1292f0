/**
 * Turns an API Gateway HTTP API v2 event into a use-case call (the request read strictly with streaming Jackson)
 * and its result into JSON or problem+json, and writes each request's log line, metrics and, for a patient's
 * sessions, audit line.
 */
package com.epiduralestimator.adapter.http;
