package com.epiduralestimator.adapter.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Injects DynamoDB faults into every attempt of the chosen operations (all when null), the way the service shows
 * them on the wire, so the SDK's own retry policy and error mapping run as in production. A throttled request is
 * never applied (it is swapped for a harmless ListTables); a 500 is injected after the server applied the request,
 * which is the hard case: the answer is lost, not the write.
 */
final class FaultInjector implements ExecutionInterceptor {
    enum Fault {
        NONE, PROVISIONED_THROUGHPUT, THROTTLING, INTERNAL_SERVER_ERROR, SLOW, CONNECTION_REFUSED,
        /** Every attempt answers 150 ms late, within the attempt timeout: a slow store that still works. */
        LATENCY_150_MS
    }

    private volatile Fault fault = Fault.NONE;
    private volatile String operation;
    private volatile int closedPort;

    void inject(Fault f, String onlyOperation) {
        this.operation = onlyOperation;
        this.fault = f;
    }

    void closedPort(int port) {
        this.closedPort = port;
    }

    void clear() {
        fault = Fault.NONE;
    }

    private boolean applies(ExecutionAttributes attributes) {
        String op = operation;
        return fault != Fault.NONE
                && (op == null || op.equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)));
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        if (applies(attributes) && fault == Fault.CONNECTION_REFUSED) {
            return context.httpRequest().toBuilder().port(closedPort).build();
        }
        if (applies(attributes) && throttled()) {
            // A throttled request is not applied: send a harmless read instead, then answer with the throttle.
            return context.httpRequest().toBuilder()
                    .putHeader("X-Amz-Target", "DynamoDB_20120810.ListTables")
                    .putHeader("Content-Length", "2")
                    .build();
        }
        return context.httpRequest();
    }

    @Override
    public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        if (applies(attributes) && throttled()) {
            return Optional.of(RequestBody.fromString("{}"));
        }
        return context.requestBody();
    }

    private boolean throttled() {
        return fault == Fault.PROVISIONED_THROUGHPUT || fault == Fault.THROTTLING;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (applies(attributes) && (fault == Fault.SLOW || fault == Fault.LATENCY_150_MS)) {
            try {
                Thread.sleep(fault == Fault.SLOW ? 1_000 : 150); // SLOW: beyond the 800 ms attempt timeout
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        if (!applies(attributes)) {
            return context.httpResponse();
        }
        return switch (fault) {
            case PROVISIONED_THROUGHPUT, THROTTLING -> context.httpResponse().toBuilder().statusCode(400).build();
            case INTERNAL_SERVER_ERROR -> context.httpResponse().toBuilder().statusCode(500).build();
            default -> context.httpResponse();
        };
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        if (!applies(attributes)) {
            return context.responseBody();
        }
        String type = switch (fault) {
            case PROVISIONED_THROUGHPUT -> "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException";
            case THROTTLING -> "com.amazon.coral.availability#ThrottlingException";
            case INTERNAL_SERVER_ERROR -> "com.amazonaws.dynamodb.v20120810#InternalServerError";
            default -> null;
        };
        if (type == null) {
            return context.responseBody();
        }
        String body = "{\"__type\":\"" + type + "\",\"message\":\"injected\"}";
        return Optional.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
