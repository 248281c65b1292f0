/**
 * The adapters that connect the application to the outside world: HTTP (API Gateway events in, JSON out), DynamoDB
 * and memory (the application's store ports).
 */
package com.epiduralestimator.adapter;
