package bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold start in a fresh JVM: init (class loading, static init, constructor) and the first invocation of one
 * event, then exit. The harness times the whole process from outside. Prints one line:
 * {@code status=<http status> peakRssKb=<VmHWM> cpuMs=<user+sys> initMs=<..> invokeMs=<..>}.
 * Usage: {@code _HANDLER=pkg.Class::handleRequest java ... bench.ColdStart <event.json|->}
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        if (PhaseMarks.ON) {
            PhaseMarks.mark("main");
        }
        byte[] event = args.length == 0 || "-".equals(args[0]) ? new byte[0] : Files.readAllBytes(Path.of(args[0]));
        if (PhaseMarks.ON) {
            PhaseMarks.mark("init");
        }
        long t0 = System.nanoTime();
        RequestStreamHandler handler = LambdaRuntime.load(System.getenv("_HANDLER"));
        long t1 = System.nanoTime();
        if (PhaseMarks.ON) {
            PhaseMarks.mark("invoke");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        long t1b = System.nanoTime();
        handler.handleRequest(new ByteArrayInputStream(event), out, LambdaRuntime.context("cold-1"));
        long t2 = System.nanoTime();
        if (PhaseMarks.ON) {
            PhaseMarks.mark("end");
            PhaseMarks.print();
        }
        System.out.flush();
        System.err.println("BENCH status=" + LambdaRuntime.statusOf(out.toByteArray()) + " peakRssKb="
                + LambdaRuntime.peakRssKb() + " cpuMs=" + LambdaRuntime.cpuMs() + " initMs=" + (t1 - t0) / 1_000_000.0 + " invokeMs="
                + (t2 - t1b) / 1_000_000.0);
        System.exit(0);
    }
}
