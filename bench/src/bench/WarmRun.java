package bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Warm invocations in one JVM: the handler built as Lambda builds it (no-arg constructor), one first invocation,
 * then N more, each timed around handleRequest. The patient id in the event body ({@code MRN-0042}) is replaced by
 * a different one per invocation, so the session history read is a real query and each session write is new.
 * Prints one line: {@code firstMs firstSdkMs firstRequests p50 p99 p50ExDb p99ExDb cpuP50ExDb cpuP99ExDb
 * requestsPerInvocation maxRequests bad}.
 */
public final class WarmRun {
    private WarmRun() {}

    public static void main(String[] args) throws Exception {
        byte[] template = Files.readAllBytes(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        String text = new String(template, StandardCharsets.UTF_8);
        RequestStreamHandler handler = LambdaRuntime.load(System.getenv("_HANDLER"));
        if ("1".equals(System.getenv("BENCH_PRIME"))) {
            // What SnapStart's beforeCheckpoint runs before the snapshot: the warm figures as after a restore.
            long primingStart = System.nanoTime();
            Class.forName("com.epiduralestimator.lambda.SnapStartPriming").getMethod("primeRegistered")
                    .invoke(null);
            System.err.printf("BENCH-PRIMING ms=%.0f offlineCalls=%d%n", (System.nanoTime() - primingStart) / 1e6,
                    CountingInterceptor.REQUESTS.getAndSet(0));
            CountingInterceptor.NANOS_IN_SDK.set(0);
            CountingInterceptor.CPU_NANOS_IN_SDK.set(0);
        }

        // BENCH_CLASS_MARKS=1 with BENCH_JVM_FLAGS=-Xlog:class+load:file=...: two marker classes bracket the first
        // invocation in the log, so the classes it loads (after the priming, if any) can be counted.
        boolean marks = "1".equals(System.getenv("BENCH_CLASS_MARKS"));
        if (marks) {
            Class.forName("bench.WarmRun$FirstInvocationStarts");
        }
        long firstStart = System.nanoTime();
        invoke(handler, template, "warm-0");
        double firstMs = (System.nanoTime() - firstStart) / 1e6;
        if (marks) {
            Class.forName("bench.WarmRun$FirstInvocationEnds");
        }
        long firstRequests = CountingInterceptor.REQUESTS.getAndSet(0);
        double firstSdkMs = CountingInterceptor.NANOS_IN_SDK.getAndSet(0) / 1e6;

        // Patients no earlier run of the same benchmark has recorded: every session write is a first write.
        String tag = System.getenv().getOrDefault("BENCH_PATIENT_TAG", "W");
        double[] total = new double[n];
        double[] exDb = new double[n];
        double[] cpuExDb = new double[n];
        long maxRequests = 0;
        long requests = 0;
        int bad = 0;
        for (int i = 0; i < n; i++) {
            byte[] event = text.replace("MRN-0042", String.format("MRN-%s%05d", tag, i))
                    .getBytes(StandardCharsets.UTF_8);
            long before = CountingInterceptor.REQUESTS.get();
            long sdkBefore = CountingInterceptor.NANOS_IN_SDK.get();
            long sdkCpuBefore = CountingInterceptor.CPU_NANOS_IN_SDK.get();
            long cpuStart = threadCpuNanos();
            long start = System.nanoTime();
            int status = invoke(handler, event, "warm-" + (i + 1));
            long elapsed = System.nanoTime() - start;
            long cpu = threadCpuNanos() - cpuStart;
            cpuExDb[i] = (cpu - (CountingInterceptor.CPU_NANOS_IN_SDK.get() - sdkCpuBefore)) / 1e6;
            long made = CountingInterceptor.REQUESTS.get() - before;
            requests += made;
            maxRequests = Math.max(maxRequests, made);
            total[i] = elapsed / 1e6;
            exDb[i] = (elapsed - (CountingInterceptor.NANOS_IN_SDK.get() - sdkBefore)) / 1e6;
            if (status >= 500 || status == -1 && !System.getenv("_HANDLER").contains("Noop")) {
                bad++;
            }
        }
        Arrays.sort(total);
        Arrays.sort(exDb);
        Arrays.sort(cpuExDb);
        System.out.flush();
        System.err.printf("BENCH firstMs=%.3f firstSdkMs=%.3f firstRequests=%d p50=%.3f p99=%.3f p50ExDb=%.3f"
                        + " p99ExDb=%.3f cpuP50ExDb=%.3f cpuP99ExDb=%.3f requestsPerInvocation=%.3f"
                        + " maxRequests=%d bad=%d%n",
                firstMs, firstSdkMs, firstRequests, pct(total, 50), pct(total, 99), pct(exDb, 50), pct(exDb, 99),
                pct(cpuExDb, 50), pct(cpuExDb, 99),
                (double) requests / n, maxRequests, bad);
        System.exit(0);
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of the current thread: unlike wall time, it does not count time the machine gave to others. */
    static long threadCpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static int invoke(RequestStreamHandler handler, byte[] event, String requestId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        handler.handleRequest(new ByteArrayInputStream(event), out, LambdaRuntime.context(requestId));
        return LambdaRuntime.statusOf(out.toByteArray());
    }

    /** Nearest-rank percentile of sorted values. */
    static double pct(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Marker loaded just before the first invocation (BENCH_CLASS_MARKS). */
    static final class FirstInvocationStarts {}

    /** Marker loaded just after the first invocation (BENCH_CLASS_MARKS). */
    static final class FirstInvocationEnds {}
}
