/**
 * Turns an API Gateway HTTP API v2 event into a use-case call and its result into JSON or problem+json.
 */
package com.epiduralestimator.adapter.http;
