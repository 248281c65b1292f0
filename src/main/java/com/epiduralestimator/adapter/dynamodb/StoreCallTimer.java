package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.StoreCalls;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Times every DynamoDB API call, retries included, and counts the ones that failed for good, into
 * {@link StoreCalls}: the DynamoDbLatency and DynamoDbError metrics. Sees no item, key or table content.
 */
final class StoreCallTimer implements ExecutionInterceptor {
    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("EpiduralStoreCallStarted");

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, System.nanoTime());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        record(attributes, false);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        // A failed condition (ConditionalCheckFailedException) is an answer, not a store error.
        boolean answered = context.exception() instanceof
                software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
        record(attributes, !answered);
    }

    private static void record(ExecutionAttributes attributes, boolean failed) {
        Long started = attributes.getAttribute(STARTED);
        if (started != null) {
            StoreCalls.record(System.nanoTime() - started, failed);
        }
    }
}
