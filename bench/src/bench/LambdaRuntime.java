package bench;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.nio.charset.StandardCharsets;

/**
 * What the Lambda Java runtime does before the first invocation of a {@code RequestStreamHandler}, and no more:
 * split {@code _HANDLER} ("class::method"), load the class by name through the application class loader
 * (initialising it), call its public no-arg constructor, and hand it the event's raw bytes. The runtime does
 * not deserialize events for stream handlers (aws-lambda-java-serialization is only used for POJO handlers), so
 * neither does this.
 */
final class LambdaRuntime {
    private LambdaRuntime() {}

    static RequestStreamHandler load(String handlerString) throws ReflectiveOperationException {
        String className = handlerString.contains("::")
                ? handlerString.substring(0, handlerString.indexOf("::")) : handlerString;
        Class<?> type = Class.forName(className, true, ClassLoader.getSystemClassLoader());
        return (RequestStreamHandler) type.getConstructor().newInstance();
    }

    /** The few Context fields a handler may read; the request id changes per invocation as in Lambda. */
    static Context context(String requestId) {
        return new Context() {
            @Override public String getAwsRequestId() { return requestId; }
            @Override public String getLogGroupName() { return "/aws/lambda/bench"; }
            @Override public String getLogStreamName() { return "bench"; }
            @Override public String getFunctionName() { return "bench"; }
            @Override public String getFunctionVersion() { return "$LATEST"; }
            @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:000000000000:function:bench"; }
            @Override public CognitoIdentity getIdentity() { return null; }
            @Override public ClientContext getClientContext() { return null; }
            @Override public int getRemainingTimeInMillis() { return 10_000; }
            @Override public int getMemoryLimitInMB() { return Integer.getInteger("bench.memory", 1024); }
            @Override public LambdaLogger getLogger() {
                return new LambdaLogger() {
                    @Override public void log(String message) { System.out.print(message); }
                    @Override public void log(byte[] message) { System.out.print(new String(message, StandardCharsets.UTF_8)); }
                };
            }
        };
    }

    /** Peak resident set of this process so far, in kB (Linux), or -1. */
    static long peakRssKb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: the harness falls back to /usr/bin/time
        }
        return -1;
    }

    /** CPU time (user + system) of this process so far, in ms (Linux, 10 ms ticks), or -1. */
    static long cpuMs() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The HTTP status in an API Gateway v2 response (the handler's output), or -1. */
    static int statusOf(byte[] response) {
        String text = new String(response, StandardCharsets.UTF_8);
        int at = text.indexOf("\"statusCode\"");
        if (at < 0) {
            return -1;
        }
        int i = text.indexOf(':', at) + 1;
        while (i < text.length() && !Character.isDigit(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isDigit(text.charAt(j))) {
            j++;
        }
        return j > i ? Integer.parseInt(text.substring(i, j)) : -1;
    }
}
