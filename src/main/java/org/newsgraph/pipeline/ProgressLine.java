package org.newsgraph.pipeline;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress report on a terminal, redrawn every second: articles read and stored, articles/s and,
 * when the total is known, the ETA. Problem lines written through {@link #lines()} clear it first.
 */
public final class ProgressLine implements AutoCloseable {
    private static final String CLEAR = "\r\u001B[K";

    private final PrintStream terminal;
    private final Builder.Counters counters;
    private final AtomicLong total = new AtomicLong(-1);
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker;

    public ProgressLine(PrintStream terminal, Builder.Counters counters) {
        this.terminal = terminal;
        this.counters = counters;
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "newsgraph-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::draw, 1, 1, TimeUnit.SECONDS);
    }

    /** The number of articles expected, once counted (-1: unknown, no ETA). */
    public void total(long articles) {
        total.set(articles);
    }

    /** A stream for whole lines (the problems) that does not run into the progress line. */
    public PrintStream lines() {
        return new PrintStream(terminal, true) {
            @Override
            public void println(String line) {
                synchronized (terminal) {
                    terminal.print(CLEAR);
                    terminal.println(line);
                }
            }
        };
    }

    private void draw() {
        synchronized (terminal) {
            terminal.print(CLEAR + describe());
            terminal.flush();
        }
    }

    /** "1,200 read, 1,150 stored, 3 failed, 95.2 articles/s, ETA 0:42". */
    String describe() {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        long read = counters.read.get();
        double rate = read / seconds;
        StringBuilder line = new StringBuilder(String.format("%,d read, %,d stored", read, counters.stored.get()));
        if (counters.skipped.get() > 0) {
            line.append(String.format(", %,d skipped", counters.skipped.get()));
        }
        if (counters.failed.get() > 0) {
            line.append(String.format(", %,d failed", counters.failed.get()));
        }
        line.append(String.format(", %.1f articles/s", rate));
        long expected = total.get();
        if (expected > 0 && rate > 0 && read <= expected) {
            long eta = Math.round((expected - read) / rate);
            line.append(String.format(", %d%% of %,d, ETA %d:%02d", 100 * read / expected, expected, eta / 60, eta % 60));
        }
        return line.toString();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        synchronized (terminal) {
            terminal.print(CLEAR);
            terminal.flush();
        }
    }
}
