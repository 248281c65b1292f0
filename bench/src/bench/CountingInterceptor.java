package bench;

import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts DynamoDB requests (HTTP transmissions, retries included) and the time spent inside SDK calls. The SDK
 * installs it in every client it builds because bench/interceptor/ lists it in
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors}: the function's own wiring runs
 * unchanged, only the warm run's class path differs.
 */
public final class CountingInterceptor implements ExecutionInterceptor {
    static final AtomicLong REQUESTS = new AtomicLong();
    static final AtomicLong NANOS_IN_SDK = new AtomicLong();
    /** CPU time of the calling thread inside SDK calls (the URL-connection client runs on the caller's thread). */
    static final AtomicLong CPU_NANOS_IN_SDK = new AtomicLong();
    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("bench.started");
    private static final ExecutionAttribute<Long> CPU_STARTED = new ExecutionAttribute<>("bench.cpuStarted");

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (PhaseMarks.ON) {
            PhaseMarks.mark("call " + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            return;
        }
        attributes.putAttribute(STARTED, System.nanoTime());
        attributes.putAttribute(CPU_STARTED, WarmRun.threadCpuNanos());
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        REQUESTS.incrementAndGet();
        PhaseMarks.mark("send");
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        PhaseMarks.mark("received");
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        PhaseMarks.mark("returned");
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
        Long cpuStarted = attributes.getAttribute(CPU_STARTED);
        if (cpuStarted != null) {
            CPU_NANOS_IN_SDK.addAndGet(WarmRun.threadCpuNanos() - cpuStarted);
        }
    }
}
