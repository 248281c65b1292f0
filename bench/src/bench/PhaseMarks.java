package bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Phase boundaries of one cold start, taken inside the measured JVM when {@code -Dbench.phases=true}
 * ({@code BENCH_MODE=phases bench/run.sh}). At each boundary it records the monotonic clock (shared by every
 * process on Linux, so the harness can place the JVM's start before {@code main}), the classes loaded so far, the
 * JVM's own class-loading clock ({@code sun.cls.time}: loading, linking, verifying and static initialisers, in ns)
 * and the static initialisers' own time ({@code sun.cls.classInitTime.self}), and the JIT's total compile time.
 * It also loads a marker class through a fresh loader, so a {@code -Xlog:class+load} log of the same run shows
 * where each boundary falls: the k-th {@code bench.PhaseMarks$Marker} line is the k-th boundary.
 *
 * <p>The DynamoDB boundaries come from {@link CountingInterceptor} (on the class path as a global SDK interceptor
 * in phase runs only): before execution, before and after transmission, after execution of each call.
 */
public final class PhaseMarks {
    static final boolean ON = Boolean.getBoolean("bench.phases");
    private static final List<String> LINES = new ArrayList<>();
    private static Object counters;
    private static Method list;
    private static Method name;
    private static Method value;
    private static URL markerHome;

    private PhaseMarks() {}

    /** A class that does nothing; loaded once per boundary, each time by its own loader. */
    public static final class Marker {}

    static void mark(String label) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        loadMarker();
        long cls = -1;
        long clinit = -1;
        try {
            if (counters == null) {
                Class<?> helper = Class.forName("sun.management.ManagementFactoryHelper");
                counters = helper.getMethod("getHotspotClassLoadingMBean").invoke(null);
                list = Class.forName("sun.management.HotspotClassLoadingMBean")
                        .getMethod("getInternalClassLoadingCounters");
                Class<?> counter = Class.forName("sun.management.counter.Counter");
                name = counter.getMethod("getName");
                value = counter.getMethod("getValue");
            }
            for (Object c : (List<?>) list.invoke(counters)) {
                String n = (String) name.invoke(c);
                if (n.equals("sun.cls.time")) {
                    cls = ((Number) value.invoke(c)).longValue();
                } else if (n.equals("sun.cls.classInitTime.self")) {
                    clinit = ((Number) value.invoke(c)).longValue();
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // without --add-exports java.management/sun.management(.counter)=ALL-UNNAMED: no class-loading clock
        }
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        LINES.add(String.format(Locale.ROOT, "PHASE label=%s t=%d classes=%d clsNs=%d clinitNs=%d jitMs=%d",
                label.replace(' ', '_'), now, classes, cls, clinit, jit));
    }

    private static void loadMarker() {
        try {
            if (markerHome == null) {
                markerHome = PhaseMarks.class.getProtectionDomain().getCodeSource().getLocation();
            }
            // A loader of its own that does not delegate to the application loader for bench.*: the class loads again.
            try (URLClassLoader loader = new URLClassLoader(new URL[] {markerHome}, null)) {
                Class.forName("bench.PhaseMarks$Marker", false, loader);
            }
        } catch (Exception e) {
            throw new IllegalStateException("phase marker", e);
        }
    }

    /** Prints the boundaries recorded, one line each, to stderr (the harness reads them). */
    static void print() {
        if (ON) {
            LINES.forEach(System.err::println);
        }
    }
}
