package bench;

import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Counts DynamoDB requests (HTTP transmissions, retries included) and the time spent inside SDK calls. The SDK
 * installs it in every client it builds because bench/interceptor/ lists it in
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors}: the function's own wiring runs
 * unchanged, only the warm run's class path differs.
 */
public final class CountingInterceptor implements ExecutionInterceptor {
    static final AtomicLong REQUESTS = new AtomicLong();
    static final AtomicLong NANOS_IN_SDK = new AtomicLong();
    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("bench.started");

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, System.nanoTime());
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        REQUESTS.incrementAndGet();
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        done(attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        done(attributes);
    }

    private static void done(ExecutionAttributes attributes) {
        Long started = attributes.getAttribute(STARTED);
        if (started != null) {
            NANOS_IN_SDK.addAndGet(System.nanoTime() - started);
        }
    }
}
