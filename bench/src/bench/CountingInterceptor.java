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

    /** Read units DynamoDB reported (ReturnConsumedCapacity TOTAL, set below when -Dbench.capacity=true). */
    static final java.util.concurrent.atomic.DoubleAdder READ_UNITS = new java.util.concurrent.atomic.DoubleAdder();
    /** Items the Query calls returned. */
    static final AtomicLong ITEMS_READ = new AtomicLong();
    private static final boolean CAPACITY = Boolean.getBoolean("bench.capacity");

    @Override
    public software.amazon.awssdk.core.SdkRequest modifyRequest(Context.ModifyRequest context,
                                                               ExecutionAttributes attributes) {
        if (CAPACITY && context.request() instanceof software.amazon.awssdk.services.dynamodb.model.QueryRequest q) {
            return q.toBuilder().returnConsumedCapacity(
                    software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity.TOTAL).build();
        }
        if (CAPACITY && context.request()
                instanceof software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest b) {
            return b.toBuilder().returnConsumedCapacity(
                    software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity.TOTAL).build();
        }
        if (CAPACITY && context.request() instanceof software.amazon.awssdk.services.dynamodb.model.GetItemRequest g) {
            return g.toBuilder().returnConsumedCapacity(
                    software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity.TOTAL).build();
        }
        return context.request();
    }

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
        if (CAPACITY) {
            Object r = context.response();
            if (r instanceof software.amazon.awssdk.services.dynamodb.model.QueryResponse q) {
                ITEMS_READ.addAndGet(q.count());
                if (q.consumedCapacity() != null) {
                    READ_UNITS.add(q.consumedCapacity().capacityUnits());
                }
            } else if (r instanceof software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse b) {
                b.consumedCapacity().forEach(c -> READ_UNITS.add(c.capacityUnits()));
            } else if (r instanceof software.amazon.awssdk.services.dynamodb.model.GetItemResponse g
                    && g.consumedCapacity() != null) {
                READ_UNITS.add(g.consumedCapacity().capacityUnits());
            }
        }
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
