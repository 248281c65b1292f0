package com.epiduralestimator.local;

import com.epiduralestimator.adapter.dynamodb.ScheduleLoader;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows a load's progress: on a terminal a one-line bar (rows, rows/s, ETA) redrawn with {@code \r}; otherwise
 * (a pipe, a CI log) a plain line every 10% or 5 seconds, whichever comes first.
 */
final class LoadProgress implements ScheduleLoader.Listener {
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
    private static final long BAR_EVERY_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long lastShown = started;
    private long lastTenth;

    LoadProgress(PrintStream out, boolean terminal, String label, long total) {
        this.out = out;
        this.terminal = terminal;
        this.label = label;
        this.total = Math.max(1, total);
    }

    @Override
    public void progressed(int sourceLines) {
        done += sourceLines;
        long now = System.nanoTime();
        if (terminal) {
            if (now - lastShown >= BAR_EVERY_NANOS) {
                lastShown = now;
                out.print("\r" + line(now));
                out.flush();
            }
            return;
        }
        long tenth = done * 10 / total;
        if (tenth > lastTenth || now - lastShown >= PLAIN_EVERY_NANOS) {
            lastTenth = tenth;
            lastShown = now;
            out.println(line(now));
        }
    }

    /** Ends the bar's line (terminal) so that what follows starts on a fresh one. */
    void finish() {
        if (terminal) {
            out.print("\r" + line(System.nanoTime()) + "\n");
            out.flush();
        }
    }

    String line(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / seconds;
        long left = Math.max(0, total - done);
        String eta = rate <= 0 ? "?" : String.format(Locale.ROOT, "%.0fs", left / rate);
        long shown = Math.min(done, total);
        int filled = (int) (BAR_WIDTH * shown / total);
        String text = String.format(Locale.ROOT, "%s %,d/%,d rows  %,.0f rows/s  ETA %s", label, done, total, rate, eta);
        return terminal ? "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + text : text;
    }
}
