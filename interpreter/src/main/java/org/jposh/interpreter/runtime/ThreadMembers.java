package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.TIME_SPAN;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import com.oracle.truffle.api.TruffleSafepoint;
import java.util.concurrent.TimeUnit;

/** System.Threading.Thread's Sleep, which a stopped pipeline (Ctrl+C, a job stopped) interrupts, as Start-Sleep. */
public final class ThreadMembers {
    static final DotNetType TYPE = CoreTypes.define("System.Threading", "Thread", null, ThreadMembers::define);

    static {
        CoreTypes.register(TYPE);
    }

    private ThreadMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        b.staticMethod("Sleep", VOID, (t, a) -> sleep(timeout((Integer) a[0])), param("millisecondsTimeout", INT32));
        b.staticMethod("Sleep", VOID, (t, a) -> {
            long ticks = ((TimeSpan) a[0]).ticks();
            return sleep(timeout(ticks == -TimeSpan.TICKS_PER_MILLISECOND ? -1
                    : (long) Math.floor((double) ticks / TimeSpan.TICKS_PER_MILLISECOND)));
        }, param("timeout", TIME_SPAN));
    }

    private static long timeout(long millis) {
        if (millis < -1 || millis > Integer.MAX_VALUE) {
            throw DotNetException.argumentOutOfRange("timeout", "Number must be either non-negative and less than or"
                    + " equal to Int32.MaxValue or -1.");
        }
        return millis;
    }

    private static Object sleep(long millis) {
        sleepInterruptibly(millis < 0 ? Long.MAX_VALUE / 2_000_000 : millis);
        return AutomationNull.VALUE;
    }

    /** Sleeps on the running context's thread; a pipeline stopped meanwhile ends the sleep (and the pipeline). */
    public static void sleepInterruptibly(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        TruffleSafepoint.setBlockedThreadInterruptible(null, end -> {
            long remaining = end - System.nanoTime();
            if (remaining > 0) {
                TimeUnit.NANOSECONDS.sleep(remaining);
            }
        }, deadline);
    }
}
