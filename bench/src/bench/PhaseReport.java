package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code BENCH_MODE=phases bench/run.sh}: the per-phase account of the cold path. For each selected variant
 * ({@code BENCH_PHASE_VARIANTS}, default minimal-sdk and EstimatesFunction), {@code BENCH_ROUNDS} interleaved
 * fresh JVMs with {@link PhaseMarks} on (medians of the times), then one more JVM of each with
 * {@code -Xlog:class+load} (the class counts by package; counts do not depend on load, times do).
 */
final class PhaseReport {
    private final Bench bench;
    private final List<Bench.Variant> variants = new ArrayList<>();

    /** One boundary of one run. */
    record Mark(String label, long t, long classes, long clsNs, long clinitNs, long jitMs) {}

    /** One run: the launch time (harness clock), the boundaries, the exit time. */
    record Run(long launch, List<Mark> marks, long exit) {}

    PhaseReport(Bench bench, List<Bench.Variant> all) {
        this.bench = bench;
        List<String> wanted = Arrays.asList(Bench.env("BENCH_PHASE_VARIANTS", "minimal-sdk,EstimatesFunction")
                .split(","));
        for (String name : wanted) {
            variants.add(all.stream().filter(v -> v.name().equals(name.trim())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no variant " + name)));
        }
    }

    String run() throws Exception {
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        for (Bench.Variant v : variants) {
            runs.put(v.name(), new ArrayList<>());
            once(v, 0, null); // page cache
        }
        for (int r = 1; r <= bench.rounds; r++) {
            for (int i = 0; i < variants.size(); i++) {
                Bench.Variant v = variants.get((i + r) % variants.size());
                Run run = once(v, r, null);
                runs.get(v.name()).add(run);
                System.err.printf(Locale.ROOT, "phases round %d %-18s %.3f s%n", r, v.name(),
                        (run.exit() - run.launch()) / 1e9);
            }
        }
        Map<String, Map<String, int[]>> packages = new LinkedHashMap<>();
        for (Bench.Variant v : variants) {
            Path log = bench.work.resolve("classes-" + v.name() + ".log");
            Files.deleteIfExists(log);
            Run logged = once(v, bench.rounds + 1, log);
            packages.put(v.name(), ClassLog.byPackage(Files.readAllLines(log),
                    logged.marks().stream().map(Mark::label).toList()));
        }
        StringBuilder s = new StringBuilder();
        s.append("## Cold path, phase by phase (medians of ").append(bench.rounds)
                .append(" fresh JVMs per variant, interleaved)\n\n").append(bench.machine()).append("\n\n");
        summary(s, runs);
        for (Bench.Variant v : variants) {
            detail(s, v.name(), runs.get(v.name()));
        }
        ClassLog.table(s, packages);
        return s.toString();
    }

    private Run once(Bench.Variant v, int round, Path classLog) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(bench.java.toString()));
        cmd.addAll(bench.lambdaJvmFlags());
        cmd.addAll(List.of("-Dbench.phases=true", "--add-exports=java.management/sun.management=ALL-UNNAMED",
                "--add-exports=java.management/sun.management.counter=ALL-UNNAMED"));
        if (classLog != null) {
            cmd.add("-Xlog:class+load=info:file=" + classLog);
        }
        Path event = v.event();
        if (v.perRoundPatient()) {
            event = bench.work.resolve("phases-" + v.name() + "-" + round + ".json");
            Files.writeString(event, Files.readString(v.event())
                    .replace("MRN-0042", String.format(Locale.ROOT, "MRN-P%04d", round)));
        }
        cmd.addAll(List.of("-cp", bench.root.resolve("bench/target/classes") + ":"
                + bench.root.resolve("bench/interceptor") + ":" + v.jar(), "bench.ColdStart", event.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        bench.environment(pb, v);
        Path err = bench.work.resolve("phases-" + v.name() + ".err");
        pb.redirectError(err.toFile());
        long launch = System.nanoTime();
        Process p = pb.start();
        int exit = p.waitFor();
        long end = System.nanoTime();
        String text = Files.readString(err);
        if (exit != 0) {
            throw new IllegalStateException(v.name() + " exited " + exit + ":\n" + text);
        }
        int status = Bench.benchLine(text, v.name()).get("status").intValue();
        if (status < 200 || status >= 300) {
            throw new IllegalStateException(v.name() + " answered " + status + ":\n" + text);
        }
        List<Mark> marks = new ArrayList<>();
        for (String line : text.lines().filter(l -> l.startsWith("PHASE ")).toList()) {
            Map<String, String> kv = new HashMap<>();
            for (String part : line.substring(6).split(" ")) {
                kv.put(part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
            }
            marks.add(new Mark(kv.get("label"), Long.parseLong(kv.get("t")), Long.parseLong(kv.get("classes")),
                    Long.parseLong(kv.get("clsNs")), Long.parseLong(kv.get("clinitNs")),
                    Long.parseLong(kv.get("jitMs"))));
        }
        return new Run(launch, marks, end);
    }

    /** A named stretch of a run between two boundaries. */
    record Segment(String name, double ms, long classes, double clsMs, double clinitMs) {}

    /** The segments of one run: JVM start, init, the first invocation piece by piece, exit. */
    static List<Segment> segments(Run run) {
        List<Segment> out = new ArrayList<>();
        List<Mark> m = run.marks();
        Mark main = m.get(0);
        out.add(new Segment("JVM start (launch to main)", (main.t() - run.launch()) / 1e6, main.classes(),
                main.clsNs() / 1e6, main.clinitNs() / 1e6));
        int call = 0;
        for (int i = 1; i + 1 < m.size(); i++) {
            Mark a = m.get(i);
            Mark b = m.get(i + 1);
            String name = switch (a.label()) {
                case "init" -> "init (handler class, static init, constructor)";
                case "send" -> "  call " + call + ": on the wire and in dynalite";
                case "received" -> "  call " + call + ": SDK after the response (unmarshal)";
                default -> a.label().startsWith("call_")
                        ? "  call " + (++call) + " " + a.label().substring(5) + ": SDK before sending (marshal, sign)"
                        : "  our own work (" + (a.label().equals("invoke") ? "before the first call"
                                : b.label().equals("end") ? "after the last call" : "between calls") + ")";
            };
            if (a.label().equals("main")) {
                continue; // the harness reading the event and warming its own counters
            }
            out.add(new Segment(name, (b.t() - a.t()) / 1e6, b.classes() - a.classes(),
                    (b.clsNs() - a.clsNs()) / 1e6, (b.clinitNs() - a.clinitNs()) / 1e6));
        }
        Mark end = m.get(m.size() - 1);
        out.add(new Segment("exit (after the response)", (run.exit() - end.t()) / 1e6, 0, 0, 0));
        return out;
    }

    private void detail(StringBuilder s, String name, List<Run> runs) {
        s.append("\n### ").append(name).append("\n\n");
        s.append("| phase | median (ms) | min | max | classes loaded | class loading, JVM clock (ms) |"
                + " of which static initialisers (ms) |\n|---|---:|---:|---:|---:|---:|---:|\n");
        List<List<Segment>> all = runs.stream().map(PhaseReport::segments).toList();
        int n = all.get(0).size();
        for (List<Segment> one : all) {
            if (one.size() != n) {
                s.append("(runs differ in their number of DynamoDB calls: ").append(one.size()).append(" against ")
                        .append(n).append(" segments)\n");
                return;
            }
        }
        for (int i = 0; i < n; i++) {
            final int k = i;
            double[] ms = all.stream().mapToDouble(l -> l.get(k).ms()).sorted().toArray();
            s.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d | %.1f | %.1f |%n",
                    all.get(0).get(k).name().replace("  ", "↳ "), median(ms), ms[0], ms[ms.length - 1],
                    (long) median(all.stream().mapToDouble(l -> l.get(k).classes()).sorted().toArray()),
                    median(all.stream().mapToDouble(l -> l.get(k).clsMs()).sorted().toArray()),
                    median(all.stream().mapToDouble(l -> l.get(k).clinitMs()).sorted().toArray())));
        }
    }

    /** Side by side: the sums that answer "where does the first invocation's time go". */
    private void summary(StringBuilder s, Map<String, List<Run>> runs) {
        List<String> names = new ArrayList<>(runs.keySet());
        s.append("| phase (median ms; classes) |");
        names.forEach(n -> s.append(' ').append(n).append(" |"));
        if (names.size() == 2) {
            s.append(" difference |");
        }
        s.append("\n|---|");
        names.forEach(n -> s.append("---:|"));
        s.append(names.size() == 2 ? "---:|\n" : "\n");
        Map<String, Map<String, double[]>> rows = new LinkedHashMap<>();
        for (String name : names) {
            Map<String, List<Double>> acc = new LinkedHashMap<>();
            for (Run run : runs.get(name)) {
                Map<String, Double> one = new LinkedHashMap<>();
                double invoke = 0, calls = 0, wire = 0, own = 0, cls = 0, clinit = 0, nCalls = 0;
                long invokeClasses = 0, callClasses = 0;
                for (Segment seg : segments(run)) {
                    if (seg.name().startsWith("JVM start")) {
                        one.put("JVM start (launch to main)", seg.ms());
                    } else if (seg.name().startsWith("init")) {
                        one.put("init (handler constructor)", seg.ms());
                        one.put("init: classes loaded", (double) seg.classes());
                    } else if (seg.name().startsWith("exit")) {
                        one.put("exit", seg.ms());
                    } else {
                        invoke += seg.ms();
                        invokeClasses += seg.classes();
                        cls += seg.clsMs();
                        clinit += seg.clinitMs();
                        if (seg.name().contains("our own work")) {
                            own += seg.ms();
                        } else {
                            calls += seg.ms();
                            callClasses += seg.classes();
                            if (seg.name().contains("on the wire")) {
                                wire += seg.ms();
                            }
                            if (seg.name().contains("SDK before sending")) {
                                nCalls++;
                            }
                        }
                    }
                }
                one.put("first invocation", invoke);
                one.put("↳ DynamoDB calls (count)", nCalls);
                one.put("↳ inside DynamoDB calls", calls);
                one.put("  ↳ on the wire and in dynalite", wire);
                one.put("  ↳ SDK client side (marshal, sign, unmarshal, its class loading)", calls - wire);
                one.put("↳ outside DynamoDB calls (our own work, its class loading, SDK request building)", own);
                one.put("↳ class loading in the invocation, JVM clock (incl. static initialisers)", cls);
                one.put("  ↳ static initialisers' own time", clinit);
                one.put("first invocation: classes loaded", (double) invokeClasses);
                one.put("  ↳ inside DynamoDB calls", (double) callClasses);
                one.put("  ↳ outside", (double) (invokeClasses - callClasses));
                one.put("JVM start + init + first invocation", one.get("JVM start (launch to main)")
                        + one.get("init (handler constructor)") + invoke);
                one.forEach((k, v) -> acc.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            }
            acc.forEach((k, v) -> rows.computeIfAbsent(k, x -> new LinkedHashMap<>()).put(name,
                    v.stream().mapToDouble(Double::doubleValue).sorted().toArray()));
        }
        for (Map.Entry<String, Map<String, double[]>> row : rows.entrySet()) {
            s.append("| ").append(row.getKey()).append(" |");
            List<Double> meds = new ArrayList<>();
            for (String name : names) {
                double[] xs = row.getValue().get(name);
                double med = xs == null ? Double.NaN : median(xs);
                meds.add(med);
                s.append(' ').append(format(row.getKey(), med)).append(" |");
            }
            if (names.size() == 2) {
                s.append(' ').append(format(row.getKey(), meds.get(1) - meds.get(0))).append(" |");
            }
            s.append('\n');
        }
    }

    private static String format(String row, double v) {
        return row.contains("classes") || row.contains("count") ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.1f", v);
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Classes of a {@code -Xlog:class+load} log, by package group and phase. */
    static final class ClassLog {
        private ClassLog() {}

        /**
         * Phase index: 0 JVM start (before main), 1 init, 2 first invocation outside SDK calls, 3 inside them.
         * @param labels the run's boundaries in order: the k-th marker class in the log is the k-th of them
         */
        static Map<String, int[]> byPackage(List<String> lines, List<String> labels) {
            Map<String, int[]> out = new TreeMap<>();
            int marker = 0;
            int phase = 0;
            boolean inCall = false;
            for (String line : lines) {
                int at = line.indexOf("[class,load] ");
                if (at < 0) {
                    continue;
                }
                String rest = line.substring(at + 13);
                String cls = rest.contains(" ") ? rest.substring(0, rest.indexOf(' ')) : rest;
                if (cls.equals("bench.PhaseMarks$Marker")) {
                    String label = labels.get(marker++);
                    switch (label) {
                        case "main" -> phase = -1; // the harness's own counters, between main and init
                        case "init" -> phase = 1;
                        case "invoke" -> phase = 2;
                        case "returned" -> inCall = false;
                        case "end" -> phase = -1; // exit
                        default -> inCall = true; // call, send, received
                    }
                    continue;
                }
                if (phase < 0) {
                    continue;
                }
                int slot = phase == 2 && inCall ? 3 : phase;
                out.computeIfAbsent(group(cls), g -> new int[4])[slot]++;
            }
            return out;
        }

        static String group(String cls) {
            if (cls.contains("$$Lambda$")) {
                return "(lambda proxy classes, " + (cls.startsWith("com.epiduralestimator") ? "ours" : "others") + ")";
            }
            int dot = cls.lastIndexOf('.');
            String pkg = dot < 0 ? "(default)" : cls.substring(0, dot);
            String[] p = pkg.split("\\.");
            int depth;
            if (pkg.startsWith("software.amazon.awssdk.services.dynamodb")) {
                depth = 6;
            } else if (pkg.startsWith("software.amazon.awssdk.thirdparty")) {
                depth = 5;
            } else if (pkg.startsWith("software.amazon.awssdk") || pkg.startsWith("com.fasterxml.jackson")
                    || pkg.startsWith("com.epiduralestimator.") || pkg.startsWith("org.apache.logging")) {
                depth = 4;
            } else {
                depth = 3;
            }
            return String.join(".", Arrays.copyOf(p, Math.min(depth, p.length)));
        }

        static void table(StringBuilder s, Map<String, Map<String, int[]>> packages) {
            List<String> names = new ArrayList<>(packages.keySet());
            s.append("\n### Classes loaded, by package (`-Xlog:class+load`, one run each)\n\n");
            s.append("Init = the handler class and its constructor; 1st invocation = the whole first request"
                    + " (in brackets: of which inside DynamoDB calls, from before-execution to after-execution).\n\n");
            s.append("| package |");
            names.forEach(n -> s.append(' ').append(n).append(" JVM start | ").append(n).append(" init | ")
                    .append(n).append(" 1st invocation |"));
            if (names.size() == 2) {
                s.append(" difference, init + 1st invocation |");
            }
            s.append("\n|---|");
            names.forEach(n -> s.append("---:|---:|---:|"));
            s.append(names.size() == 2 ? "---:|\n" : "\n");
            TreeMap<String, int[]> keys = new TreeMap<>();
            packages.values().forEach(m -> m.keySet().forEach(k -> keys.put(k, null)));
            List<String> order = new ArrayList<>(keys.keySet());
            String last = names.get(names.size() - 1);
            String first = names.get(0);
            order.sort((a, b) -> Integer.compare(after(packages, last, b) - (names.size() == 2 ? after(packages,
                    first, b) : 0), after(packages, last, a) - (names.size() == 2 ? after(packages, first, a) : 0)));
            int[][] totals = new int[names.size()][4];
            for (String g : order) {
                StringBuilder row = new StringBuilder("| " + g + " |");
                boolean any = false;
                for (int i = 0; i < names.size(); i++) {
                    int[] c = packages.get(names.get(i)).getOrDefault(g, new int[4]);
                    for (int k = 0; k < 4; k++) {
                        totals[i][k] += c[k];
                    }
                    any |= c[1] + c[2] + c[3] > 0;
                    row.append(String.format(Locale.ROOT, " %d | %d | %d (%d) |", c[0], c[1], c[2] + c[3], c[3]));
                }
                if (names.size() == 2) {
                    row.append(String.format(Locale.ROOT, " %+d |", after(packages, last, g) - after(packages, first, g)));
                }
                if (any) {
                    s.append(row).append('\n');
                }
            }
            s.append("| **total** |");
            for (int[] t : totals) {
                s.append(String.format(Locale.ROOT, " %d | %d | %d (%d) |", t[0], t[1], t[2] + t[3], t[3]));
            }
            if (names.size() == 2) {
                s.append(String.format(Locale.ROOT, " %+d |", totals[1][1] + totals[1][2] + totals[1][3]
                        - totals[0][1] - totals[0][2] - totals[0][3]));
            }
            s.append("\n\n(JVM start rows are what loads before main, the same for every variant but for its jar;"
                    + " packages with no class after main are left out.)\n");
        }

        private static int after(Map<String, Map<String, int[]>> packages, String name, String g) {
            int[] c = packages.get(name).getOrDefault(g, new int[4]);
            return c[1] + c[2] + c[3];
        }
    }
}
