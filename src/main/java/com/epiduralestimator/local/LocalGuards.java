package com.epiduralestimator.local;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What keeps {@code serve} to the developer's own machine (issue #22), beside listening on 127.0.0.1: only requests
 * whose {@code Host} names this machine by a loopback name (a web page that rebinds its own name to 127.0.0.1 still
 * sends its own name, and is refused: DNS rebinding), and a deadline on every request so that a few clients sending
 * half a body cannot hold the worker threads. The deadline is the JDK server's own
 * ({@code sun.net.httpserver.maxReqTime}): it closes a connection whose request has not been answered in time.
 */
final class LocalGuards {
    /** Seconds a request may take from its first byte to its answer: the deployed functions' timeout. */
    static final int REQUEST_SECONDS = 10;
    /**
     * At most this many requests at once, each on its own thread (never queued behind a slow one, whose deadline
     * would then run out while it waits); past it a new connection is closed at once. A slow client holds a
     * thread for at most {@link #REQUEST_SECONDS}.
     */
    static final int WORKERS = 200;
    private static final Pattern LOOPBACK_HOST = Pattern.compile(
            "(localhost|127\\.0\\.0\\.1|\\[::1])(:[0-9]{1,5})?");

    private LocalGuards() {}

    /** The server's workers: a thread per request up to {@link #WORKERS}, idle ones ended after a minute. */
    static java.util.concurrent.ExecutorService workers() {
        return new java.util.concurrent.ThreadPoolExecutor(4, WORKERS, 60, java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.SynchronousQueue<>());
    }

    /**
     * Sets the JDK server's request deadline unless the JVM was started with one ({@code -D}); must run before the
     * first {@code HttpServer} of the process is created (the JDK reads it once).
     */
    static void requestDeadline() {
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        }
        if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
            System.setProperty("sun.net.httpserver.maxRspTime", Integer.toString(3 * REQUEST_SECONDS));
        }
    }

    /** Whether the Host header names this machine by a loopback name (any port); absent is refused. */
    static boolean loopbackHost(String host) {
        return host != null && LOOPBACK_HOST.matcher(host.strip().toLowerCase(Locale.ROOT)).matches();
    }
}
