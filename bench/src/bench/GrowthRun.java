package bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a request's cost grows (bench/growth.sh). One JVM, the handler built as Lambda builds it, the SDK
 * interceptor on the class path with {@code -Dbench.capacity=true} (it asks DynamoDB for ConsumedCapacity).
 * <ul>
 * <li>{@code estimates <event> <n>...}: the estimate of patients {@code MRN-G<n>} (each with n recorded sessions,
 * imported before), warmed up, then interleaved rounds; per n: median and p90 latency, DynamoDB requests, read
 * units and items read per estimate.</li>
 * <li>{@code batch <event> <items> <rounds>}: {@code POST /v1/sessions/batch} of {@code items} new sessions; the first
 * batch of the JVM (after init) and the median of the next ones.</li>
 * </ul>
 */
public final class GrowthRun {
    private GrowthRun() {}

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[1]));
        RequestStreamHandler handler = LambdaRuntime.load(System.getenv("_HANDLER"));
        if (args[0].equals("estimates")) {
            estimates(handler, text, Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray());
        } else {
            batch(handler, text, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        }
        System.exit(0);
    }

    private static void estimates(RequestStreamHandler handler, String template, int[] ns) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 30);
        for (int i = 0; i < 60; i++) {
            int status = invoke(handler, template.replace("MRN-0042", "MRN-G" + ns[i % ns.length]));
            if (status != 200) {
                throw new IllegalStateException("estimate answered " + status);
            }
        }
        double[][] ms = new double[ns.length][rounds];
        long[] requests = new long[ns.length];
        double[] units = new double[ns.length];
        long[] items = new long[ns.length];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < ns.length; k++) {
                String event = template.replace("MRN-0042", "MRN-G" + ns[k]);
                long req = CountingInterceptor.REQUESTS.get();
                double ru = CountingInterceptor.READ_UNITS.sum();
                long it = CountingInterceptor.ITEMS_READ.get();
                long start = System.nanoTime();
                invoke(handler, event);
                ms[k][r] = (System.nanoTime() - start) / 1e6;
                requests[k] += CountingInterceptor.REQUESTS.get() - req;
                units[k] += CountingInterceptor.READ_UNITS.sum() - ru;
                items[k] += CountingInterceptor.ITEMS_READ.get() - it;
            }
        }
        for (int k = 0; k < ns.length; k++) {
            Arrays.sort(ms[k]);
            System.out.printf(Locale.ROOT, "GROWTH sessions=%d p50=%.2f p90=%.2f requests=%.2f readUnits=%.1f"
                            + " itemsRead=%.0f%n", ns[k], WarmRun.pct(ms[k], 50), WarmRun.pct(ms[k], 90),
                    (double) requests[k] / rounds, units[k] / rounds, (double) items[k] / rounds);
        }
    }

    private static void batch(RequestStreamHandler handler, String template, int size, int rounds) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            StringBuilder body = new StringBuilder("{\"sessions\": [");
            for (int i = 0; i < size; i++) {
                body.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                        "{\"patientId\": \"MRN-B%d-%d-%d\", \"dateOfService\": \"2025-03-%02d\", \"code\": \"62321\"}",
                        ProcessHandle.current().pid(), r, i, 1 + i % 28));
            }
            body.append("]}");
            String event = withBody(template, body.toString());
            long req = CountingInterceptor.REQUESTS.get();
            long start = System.nanoTime();
            int status = invoke(handler, event);
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (status != 200) {
                throw new IllegalStateException("batch answered " + status);
            }
            times.add(elapsed);
            System.out.printf(Locale.ROOT, "BATCH round=%d items=%d ms=%.1f requests=%d%n", r, size, elapsed,
                    CountingInterceptor.REQUESTS.get() - req);
        }
        double[] rest = times.subList(1, times.size()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "BATCH items=%d first=%.1f medianAfter=%.1f maxAfter=%.1f%n", size,
                times.get(0), WarmRun.pct(rest, 50), rest[rest.length - 1]);
    }

    /** The event with its body replaced (the body is a JSON string inside the event). */
    private static String withBody(String event, String body) {
        int at = event.indexOf("\"body\"");
        int open = event.indexOf('"', event.indexOf(':', at) + 1);
        int close = open + 1;
        while (event.charAt(close) != '"' || event.charAt(close - 1) == '\\') {
            close++;
        }
        String escaped = body.replace("\\", "\\\\").replace("\"", "\\\"");
        return event.substring(0, open + 1) + escaped + event.substring(close);
    }

    private static int invoke(RequestStreamHandler handler, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                LambdaRuntime.context("growth"));
        return LambdaRuntime.statusOf(out.toByteArray());
    }
}
