package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT64;
import static org.jposh.interpreter.runtime.CoreTypes.STOPWATCH;
import static org.jposh.interpreter.runtime.CoreTypes.TIME_SPAN;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;

/**
 * System.Diagnostics.Stopwatch on {@link System#nanoTime()}: elapsed time accumulates while it runs;
 * ticks are .NET's 100 ns (Frequency is 10,000,000, as .NET reports on Linux).
 */
public final class Stopwatch {
    private long accumulatedNanos;
    private long startedAt;
    private boolean running;

    public void start() {
        if (!running) {
            startedAt = System.nanoTime();
            running = true;
        }
    }

    public void stop() {
        if (running) {
            accumulatedNanos += System.nanoTime() - startedAt;
            running = false;
        }
    }

    public void reset() {
        accumulatedNanos = 0;
        running = false;
    }

    public void restart() {
        accumulatedNanos = 0;
        startedAt = System.nanoTime();
        running = true;
    }

    public boolean isRunning() {
        return running;
    }

    public long elapsedNanos() {
        return accumulatedNanos + (running ? System.nanoTime() - startedAt : 0);
    }

    @Override
    public String toString() {
        return "System.Diagnostics.Stopwatch";
    }

    static void define(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new Stopwatch());
        b.staticMethod("StartNew", STOPWATCH, (t, a) -> {
            Stopwatch watch = new Stopwatch();
            watch.start();
            return watch;
        });
        b.staticMethod("GetTimestamp", INT64, (t, a) -> System.nanoTime() / 100);
        b.staticField("Frequency", INT64, () -> TimeSpan.TICKS_PER_SECOND);
        b.staticField("IsHighResolution", BOOLEAN, () -> true);
        b.property("IsRunning", BOOLEAN, w -> ((Stopwatch) w).isRunning());
        b.property("Elapsed", TIME_SPAN, w -> new TimeSpan(((Stopwatch) w).elapsedNanos() / 100));
        b.property("ElapsedMilliseconds", INT64, w -> ((Stopwatch) w).elapsedNanos() / 1_000_000);
        b.property("ElapsedTicks", INT64, w -> ((Stopwatch) w).elapsedNanos() / 100);
        b.method("Start", VOID, (t, a) -> run(t, Stopwatch::start));
        b.method("Stop", VOID, (t, a) -> run(t, Stopwatch::stop));
        b.method("Reset", VOID, (t, a) -> run(t, Stopwatch::reset));
        b.method("Restart", VOID, (t, a) -> run(t, Stopwatch::restart));
    }

    private static Object run(Object watch, java.util.function.Consumer<Stopwatch> action) {
        action.accept((Stopwatch) watch);
        return AutomationNull.VALUE;
    }
}
