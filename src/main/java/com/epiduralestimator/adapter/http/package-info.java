/**
 * Turns an API Gateway HTTP API v2 event into a use-case call (the request read strictly with streaming Jackson)
 * and its result into JSON or problem+json, with one request log, audit and metrics line per request.
 */
package com.epiduralestimator.adapter.http;
