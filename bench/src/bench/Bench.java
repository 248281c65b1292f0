package bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cold-start and warm benchmark (bench/run.sh builds everything, then runs this). Uses only the JDK: it
 * starts dynalite, loads the fee table, records sessions, then runs interleaved rounds of fresh JVMs (noop,
 * minimal SDK, each function of template.yaml), then one warm JVM per variant, and prints the tables.
 */
public final class Bench {
    private static final Pattern KV = Pattern.compile("(\\w+)=(-?[0-9.]+)");
    private static final Map<String, String> DEFAULT_EVENTS = Map.of(
            "FeesFunction", "fees-zip.json",
            "EstimatesFunction", "estimates-contract-example.json",
            "SessionsFunction", "sessions-record.json");
    private static final String SECRET = "bench-patient-key-secret-0123456789abcdef";

    final Path root;
    final Path java;
    final int rounds;
    private final int warm;
    private final int memoryMb;
    private final Path results;
    final Path work;
    private String endpoint;

    record Variant(String name, Path jar, String handler, Path event, boolean perRoundPatient, boolean baseline) {}

    record Cold(double wallS, double rssMb, int status, double initMs, double invokeMs, double cpuS) {}

    private Bench(Path root) throws IOException {
        this.root = root;
        this.java = Path.of(env("BENCH_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        this.rounds = Integer.parseInt(env("BENCH_ROUNDS", "7"));
        this.warm = Integer.parseInt(env("BENCH_WARM", "2000"));
        this.memoryMb = Integer.parseInt(env("BENCH_MEMORY_MB",
                Integer.toString(TemplateHandlers.memorySizeDefault(root.resolve("template.yaml")))));
        this.results = root.resolve("bench/results");
        this.work = results.resolve("work");
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        new Bench(root).run(Path.of(args[1]));
    }

    private void run(Path dynaliteCli) throws Exception {
        if (rounds < ("phases".equals(env("BENCH_MODE", "")) ? 3 : 5)) {
            throw new IllegalArgumentException("BENCH_ROUNDS must be at least 5 (3 with BENCH_MODE=phases)");
        }
        Files.createDirectories(work);
        int port = freePort();
        Process dynalite = new ProcessBuilder("node", "--require", root.resolve("bench/dynalite-keepalive.js").toString(),
                dynaliteCli.toString(), "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--createTableMs", "20", "--deleteTableMs", "20", "--updateTableMs", "20")
                .redirectErrorStream(true).redirectOutput(work.resolve("dynalite.log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(dynalite::destroy));
        try {
            awaitPort(port, dynalite);
            endpoint = "http://127.0.0.1:" + port;
            prepareData();
            List<Variant> variants = variants();
            if ("phases".equals(env("BENCH_MODE", ""))) {
                String report = new PhaseReport(this, variants).run();
                System.out.println(report);
                Files.writeString(results.resolve("phases-latest.md"), report);
                Files.writeString(results.resolve("phases-" + LocalDateTime.now().format(
                        DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md"), report);
                return;
            }
            Map<String, List<Cold>> cold = coldRounds(variants);
            Map<String, String> warmLines = new LinkedHashMap<>();
            for (Variant v : variants) {
                if (!v.name().equals("noop")) {
                    warmLines.put(v.name(), warmRun(v, false));
                }
            }
            for (Variant v : variants) {
                if (!v.baseline()) {
                    warmLines.put(v.name() + " primed", warmRun(v, true));
                }
            }
            String report = report(variants, cold, warmLines);
            System.out.println(report);
            Files.writeString(results.resolve("latest.md"), report);
            Files.writeString(results.resolve("run-" + LocalDateTime.now().format(
                    DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md"), report);
        } finally {
            dynalite.destroy();
            dynalite.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** The fee table loaded from the bundled data, and the sessions the events README assumes. */
    private void prepareData() throws Exception {
        Path jar = root.resolve("target/epidural-estimator.jar");
        exec(List.of(java.toString(), "-jar", jar.toString(), "load", "--dynamodb-endpoint", endpoint), "load");
        for (String event : List.of("sessions-record.json", "sessions-record-lines.json")) {
            exec(List.of(java.toString(), "-jar", jar.toString(), "invoke", "SessionsFunction",
                    root.resolve("events").resolve(event).toString(), "--dynamodb-endpoint", endpoint), "record");
        }
    }

    private List<Variant> variants() throws IOException {
        List<Variant> list = new ArrayList<>();
        Path fees = root.resolve("events/fees-national.json");
        list.add(new Variant("noop", root.resolve("bench/target/noop.jar"),
                "bench.baseline.NoopHandler::handleRequest", fees, false, true));
        list.add(new Variant("minimal-sdk", root.resolve("bench/target/minimal-sdk.jar"),
                "bench.baseline.GetItemHandler::handleRequest", fees, false, true));
        for (Map.Entry<String, String> f : TemplateHandlers.read(root.resolve("template.yaml")).entrySet()) {
            String event = env("BENCH_EVENT_" + f.getKey(), DEFAULT_EVENTS.get(f.getKey()));
            if (event == null) {
                throw new IllegalStateException("no benchmark event for " + f.getKey() + ": set BENCH_EVENT_"
                        + f.getKey());
            }
            list.add(new Variant(f.getKey(), root.resolve("target/epidural-estimator.jar"), f.getValue(),
                    root.resolve("events").resolve(event), f.getKey().startsWith("Sessions"), false));
        }
        String only = env("BENCH_VARIANTS", "");
        if (!only.isBlank()) {
            // A shorter run of some variants only, e.g. noop,minimal-sdk,EstimatesFunction (minimal-sdk is always kept).
            List<String> names = Arrays.asList((only + ",minimal-sdk").split(","));
            list.removeIf(v -> !names.contains(v.name()));
        }
        return list;
    }

    private Map<String, List<Cold>> coldRounds(List<Variant> variants) throws Exception {
        Map<String, List<Cold>> cold = new LinkedHashMap<>();
        variants.forEach(v -> cold.put(v.name(), new ArrayList<>()));
        // One JVM of each variant first, not counted: the page cache holds every jar and the JDK before timing.
        for (Variant v : variants) {
            coldStart(v, 0);
        }
        for (int r = 1; r <= rounds; r++) {
            // Interleaved and rotated: each round runs every variant once, starting one further along.
            for (int i = 0; i < variants.size(); i++) {
                Variant v = variants.get((i + r) % variants.size());
                Cold c = coldStart(v, r);
                cold.get(v.name()).add(c);
                System.err.printf(Locale.ROOT, "round %d  %-18s %.3f s  %.0f MB  status %d%n", r, v.name(),
                        c.wallS(), c.rssMb(), c.status());
            }
        }
        return cold;
    }

    private Cold coldStart(Variant v, int round) throws Exception {
        Path event = v.event();
        if (v.perRoundPatient()) {
            // A new patient each round: every cold session run is a first write (201), not a replay.
            event = work.resolve("cold-" + v.name() + "-" + round + ".json");
            Files.writeString(event, Files.readString(v.event())
                    .replace("MRN-0042", String.format(Locale.ROOT, "MRN-%04d", 9000 + round)));
        }
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        cmd.addAll(lambdaJvmFlags());
        cmd.addAll(List.of("-cp", root.resolve("bench/target/classes") + ":" + v.jar(), "bench.ColdStart",
                event.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        environment(pb, v);
        Path err = work.resolve("cold-" + v.name() + ".err");
        pb.redirectError(err.toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        int exit = p.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        String text = Files.readString(err);
        Map<String, Double> kv = benchLine(text, v.name());
        if (exit != 0) {
            throw new IllegalStateException(v.name() + " exited " + exit + ":\n" + text);
        }
        int status = kv.get("status").intValue();
        if (!v.name().equals("noop") && (status < 200 || status >= 300)) {
            throw new IllegalStateException(v.name() + " answered " + status + " on its cold start:\n" + text);
        }
        return new Cold(wall, kv.get("peakRssKb") / 1024.0, status, kv.get("initMs"), kv.get("invokeMs"),
                kv.get("cpuMs") / 1000.0);
    }

    /** @param primed run the SnapStart priming first, as before a snapshot (the state a restore starts from) */
    private String warmRun(Variant v, boolean primed) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        cmd.addAll(lambdaJvmFlags());
        cmd.addAll(List.of("-cp", root.resolve("bench/target/classes") + ":" + root.resolve("bench/interceptor")
                + ":" + v.jar(), "bench.WarmRun", v.event().toString(), Integer.toString(warm)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        environment(pb, v);
        if (primed) {
            pb.environment().put("BENCH_PRIME", "1");
        }
        pb.environment().put("BENCH_PATIENT_TAG", primed ? "P" : "W");
        Path err = work.resolve("warm-" + v.name() + (primed ? "-primed" : "") + ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(v.name() + " warm run failed:\n" + Files.readString(err));
        }
        String text = Files.readString(err);
        benchLine(text, v.name());
        text.lines().filter(l -> l.startsWith("BENCH")).forEach(l -> System.err.println("warm " + v.name()
                + (primed ? " primed" : "") + ": " + l));
        return text;
    }

    /**
     * The flags the Lambda java17/java21 bootstrap passes (heap ~85% of the function memory, serial GC, CDS, C1
     * only), minus the runtime's own agent, CDS archive and JNI client, which only exist inside Lambda.
     */
    List<String> lambdaJvmFlags() {
        List<String> flags = new ArrayList<>(List.of(
                "-XX:MaxHeapSize=" + (memoryMb * 85 / 100) + "m",
                "-XX:+UseSerialGC", "-Xshare:auto",
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                "-Djava.net.preferIPv4Stack=true", "-XX:+ErrorFileToStderr",
                "-Dbench.memory=" + memoryMb));
        String extra = System.getenv("BENCH_JVM_FLAGS");
        if (extra != null && !extra.isBlank()) {
            flags.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        return flags;
    }

    void environment(ProcessBuilder pb, Variant v) {
        Map<String, String> env = pb.environment();
        env.remove("JAVA_TOOL_OPTIONS");
        env.put("_HANDLER", v.handler());
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "bench");
        env.put("AWS_SECRET_ACCESS_KEY", "bench");
        env.put("AWS_SESSION_TOKEN", "bench");
        env.put("AWS_ENDPOINT_URL_DYNAMODB", endpoint);
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
        env.put("AWS_LAMBDA_FUNCTION_NAME", v.name());
        env.put("FEE_TABLE", "epidural-fees");
        env.put("SESSION_TABLE", "epidural-sessions");
        // No profile files, as in Lambda: the SDK must not find a developer's ~/.aws.
        env.put("AWS_CONFIG_FILE", work.resolve("no-aws-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", work.resolve("no-aws-credentials").toString());
        if (!v.name().startsWith("Fees") && !v.baseline()) {
            env.put("PATIENT_KEY_SECRET", SECRET);
        } else {
            env.remove("PATIENT_KEY_SECRET");
        }
    }

    private void exec(List<String> cmd, String what) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve(what + ".log").toFile());
        pb.environment().put("PATIENT_KEY_SECRET", SECRET);
        pb.environment().put("FEE_TABLE", "epidural-fees");
        pb.environment().put("SESSION_TABLE", "epidural-sessions");
        pb.environment().put("AWS_REGION", "us-east-1");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(what + " failed:\n" + Files.readString(work.resolve(what + ".log")));
        }
    }

    static Map<String, Double> benchLine(String text, String name) {
        String line = text.lines().filter(l -> l.startsWith("BENCH ")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException(name + " printed no BENCH line:\n" + text));
        Map<String, Double> kv = new HashMap<>();
        Matcher m = KV.matcher(line);
        while (m.find()) {
            kv.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return kv;
    }

    // ------------------------------------------------------------------ report

    private String report(List<Variant> variants, Map<String, List<Cold>> cold, Map<String, String> warmLines)
            throws Exception {
        StringBuilder s = new StringBuilder();
        s.append("## Cold start (").append(rounds).append(" fresh JVMs per variant, interleaved)\n\n");
        s.append(machine()).append("\n\n");
        s.append("| variant | cold wall median (s) | min | max | × minimal-sdk | peak RSS median (MB) | × minimal-sdk"
                + " | CPU median (s) | × minimal-sdk | init median (ms) | 1st invoke median (ms) | jar (MB) |\n");
        s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        double baseWall = median(cold.get("minimal-sdk"), Cold::wallS);
        double baseRss = median(cold.get("minimal-sdk"), Cold::rssMb);
        double baseCpu = median(cold.get("minimal-sdk"), Cold::cpuS);
        for (Variant v : variants) {
            List<Cold> runs = cold.get(v.name());
            double wall = median(runs, Cold::wallS);
            double rss = median(runs, Cold::rssMb);
            s.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.2f | %.0f | %.2f | %.2f | %.2f | %.0f | %.0f | %.1f |%n",
                    v.name(), wall, runs.stream().mapToDouble(Cold::wallS).min().orElseThrow(),
                    runs.stream().mapToDouble(Cold::wallS).max().orElseThrow(), wall / baseWall, rss, rss / baseRss,
                    median(runs, Cold::cpuS), median(runs, Cold::cpuS) / baseCpu,
                    median(runs, Cold::initMs), median(runs, Cold::invokeMs), Files.size(v.jar()) / 1e6));
        }
        s.append("\n## Warm (one JVM per variant: 1 first invocation, then ").append(warm)
                .append(" timed around handleRequest; excl. DynamoDB = minus the time inside SDK calls)\n\n");
        s.append("| variant | p50 (ms) | p99 (ms) | p50 excl. DynamoDB (ms) | p99 excl. DynamoDB (ms) | CPU p50 excl."
                + " DynamoDB (ms) | CPU p99 excl. DynamoDB (ms) | DynamoDB requests / warm invocation | max |"
                + " requests on 1st invocation | 1st invocation (ms) |\n");
        s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<String, Map<String, Double>> w = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : warmLines.entrySet()) {
            Map<String, Double> kv = benchLine(e.getValue(), e.getKey());
            w.put(e.getKey(), kv);
            s.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.0f | %.0f | %.1f |%n",
                    e.getKey(), kv.get("p50"), kv.get("p99"), kv.get("p50ExDb"), kv.get("p99ExDb"),
                    kv.get("cpuP50ExDb"), kv.get("cpuP99ExDb"),
                    kv.get("requestsPerInvocation"), kv.get("maxRequests"), kv.get("firstRequests"),
                    kv.get("firstMs")));
        }
        s.append("\n## Targets\n\n");
        List<Cold> est = cold.get("EstimatesFunction");
        if (est != null) {
            double ratio = median(est, Cold::wallS) / baseWall;
            target(s, "EstimatesFunction cold start ≤ 1.3× minimal-sdk", ratio <= 1.3,
                    String.format(Locale.ROOT, "%.2f×", ratio));
            target(s, "EstimatesFunction cold start ≤ 1.1× minimal-sdk (stretch)", ratio <= 1.1,
                    String.format(Locale.ROOT, "%.2f×", ratio));
            double gap = median(est, Cold::invokeMs) - median(cold.get("minimal-sdk"), Cold::invokeMs);
            target(s, "EstimatesFunction first invocation within 60 ms of minimal-sdk's", gap <= 60,
                    String.format(Locale.ROOT, "%+.0f ms", gap));
            Map<String, Double> primed = w.get("EstimatesFunction primed");
            if (primed != null) {
                target(s, "first estimate after SnapStart priming ≤ 50 ms", primed.get("firstMs") <= 50,
                        String.format(Locale.ROOT, "%.1f ms", primed.get("firstMs")));
            }
            Map<String, Double> kv = w.get("EstimatesFunction");
            target(s, "warm estimate makes one DynamoDB request", kv.get("maxRequests") == 1
                    && kv.get("requestsPerInvocation") == 1.0, String.format(Locale.ROOT, "%.3f/invocation, max %.0f",
                    kv.get("requestsPerInvocation"), kv.get("maxRequests")));
            for (String name : List.of("EstimatesFunction", "EstimatesFunction primed")) {
                Map<String, Double> e = w.get(name);
                target(s, name + " handler p99 ≤ 2 ms excluding the DynamoDB request (wall)", e.get("p99ExDb") <= 2.0,
                        String.format(Locale.ROOT, "%.3f ms", e.get("p99ExDb")));
                target(s, name + " handler p99 ≤ 2 ms excluding the DynamoDB request (CPU of the handler thread)",
                        e.get("cpuP99ExDb") <= 2.0, String.format(Locale.ROOT, "%.3f ms", e.get("cpuP99ExDb")));
            }
        }
        Variant ours = variants.stream().filter(v -> !v.baseline()).findFirst().orElseThrow();
        double jarMb = Files.size(ours.jar()) / 1e6;
        target(s, "deployment jar ≤ 16 MB", jarMb <= 16, String.format(Locale.ROOT, "%.1f MB", jarMb));
        for (Variant v : variants) {
            if (!v.baseline()) {
                double ratio = median(cold.get(v.name()), Cold::rssMb) / baseRss;
                target(s, v.name() + " peak RSS ≤ 1.2× minimal-sdk", ratio <= 1.2,
                        String.format(Locale.ROOT, "%.2f×", ratio));
            }
        }
        return s.toString();
    }

    private static void target(StringBuilder s, String what, boolean holds, String figure) {
        s.append("- ").append(holds ? "HOLDS" : "MISSED").append(": ").append(what).append(" — ").append(figure)
                .append('\n');
    }

    String machine() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        Process p = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
        String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("Runtime Environment")).findFirst().orElse("?").trim();
        p.waitFor();
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (" + cpu + "), "
                + version + ". JVM flags (Lambda java21 bootstrap, " + memoryMb + " MB): `"
                + String.join(" ", lambdaJvmFlags()) + "`. Wall = whole process, start to exit; RSS = VmHWM; CPU = user + system time of the process"
                + " (less sensitive than wall time to other load on the machine). Load average (1, 5, 15 min) when the run ended: "
                + Files.readString(Path.of("/proc/loadavg")).trim() + ".";
    }

    private static double median(List<Cold> runs, java.util.function.ToDoubleFunction<Cold> f) {
        double[] xs = runs.stream().mapToDouble(f).sorted().toArray();
        int n = xs.length;
        return n % 2 == 1 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port, Process node) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new IOException("dynalite exited; see bench/results/work/dynalite.log");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("dynalite did not listen on port " + port);
    }
}
