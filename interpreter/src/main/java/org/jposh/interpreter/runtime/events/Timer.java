package org.jposh.interpreter.runtime.events;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.DOUBLE;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MethodOverload;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Timers.Timer: raises Elapsed every Interval milliseconds (once, without AutoReset) while Enabled, on a
 * thread of a shared scheduler as .NET raises it on a thread-pool thread. Register-ObjectEvent subscribes to
 * Elapsed; the session runs the actions on its own thread.
 */
public final class Timer implements DotNetTyped, EventSource {
    public static final DotNetType TYPE = CoreTypes.define("System.Timers", "Timer", null, Timer::defineMembers);
    private static final String ELAPSED = "Elapsed";
    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(body -> {
        Thread thread = new Thread(body, "System.Timers.Timer");
        thread.setDaemon(true);
        return thread;
    });

    static {
        CoreTypes.register(TYPE);
    }

    private final List<Handler> elapsed = new CopyOnWriteArrayList<>();
    private double interval = 100;
    private boolean autoReset = true;
    private ScheduledFuture<?> scheduled;

    private Timer(double interval) {
        if (!(interval > 0 && interval <= Integer.MAX_VALUE)) {
            throw DotNetException.argument("Invalid value '" + LanguagePrimitives.toStringValue(interval)
                    + "' for parameter 'interval'.", null);
        }
        this.interval = interval;
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    @Override
    public String eventName(String name) {
        return ELAPSED.equalsIgnoreCase(name) ? ELAPSED : null;
    }

    @Override
    public void addHandler(String eventName, Handler handler) {
        elapsed.add(handler);
    }

    @Override
    public void removeHandler(String eventName, Handler handler) {
        elapsed.remove(handler);
    }

    private synchronized boolean enabled() {
        return scheduled != null;
    }

    private synchronized void setEnabled(boolean enable) {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
        if (enable) {
            long nanos = (long) (interval * 1_000_000);
            Tick tick = new Tick(new WeakReference<>(this));
            scheduled = autoReset
                    ? SCHEDULER.scheduleAtFixedRate(tick, nanos, nanos, TimeUnit.NANOSECONDS)
                    : SCHEDULER.schedule(tick, nanos, TimeUnit.NANOSECONDS);
            tick.future = scheduled;
        }
    }

    /**
     * A timer's ticks, which hold it weakly: a timer no script can reach any more (its session has ended) is
     * collected and stops, as a .NET timer nothing references may be, rather than ticking for ever.
     */
    private static final class Tick implements Runnable {
        private final WeakReference<Timer> timer;
        private volatile ScheduledFuture<?> future;

        private Tick(WeakReference<Timer> timer) {
            this.timer = timer;
        }

        @Override
        public void run() {
            Timer target = timer.get();
            if (target != null) {
                target.elapse();
            } else if (future != null) {
                future.cancel(false);
            }
        }
    }

    private void elapse() {
        synchronized (this) {
            if (!autoReset) {
                scheduled = null;
            }
        }
        ElapsedEventArgs args = new ElapsedEventArgs(DateTime.now());
        for (Handler handler : elapsed) {
            handler.handle(this, args);
        }
    }

    /** Setting Interval or AutoReset on a running timer starts its count again, as .NET's does. */
    private synchronized void setInterval(double value) {
        if (!(value > 0 && value <= Integer.MAX_VALUE)) {
            throw DotNetException.argument("'" + LanguagePrimitives.toStringValue(value)
                    + "' is not a valid value for 'Interval'. 'Interval' must be greater than 0.", null);
        }
        interval = value;
        if (enabled()) {
            setEnabled(true);
        }
    }

    private synchronized void setAutoReset(boolean value) {
        autoReset = value;
        if (enabled()) {
            setEnabled(true);
        }
    }

    @Override
    public String toString() {
        return TYPE.fullName();
    }

    private static Object enable(Object timer, boolean enable) {
        ((Timer) timer).setEnabled(enable);
        return AutomationNull.VALUE;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new Timer(100));
        b.constructor((t, a) -> new Timer((Double) a[0]), new MethodOverload.Parameter("interval", DOUBLE));
        b.property("Interval", DOUBLE, t -> ((Timer) t).interval,
                (t, v) -> ((Timer) t).setInterval((Double) LanguagePrimitives.convertTo(v, Double.class)));
        b.property("AutoReset", BOOLEAN, t -> ((Timer) t).autoReset,
                (t, v) -> ((Timer) t).setAutoReset(LanguagePrimitives.isTrue(v)));
        b.property("Enabled", BOOLEAN, t -> ((Timer) t).enabled(),
                (t, v) -> ((Timer) t).setEnabled(LanguagePrimitives.isTrue(v)));
        b.method("Start", VOID, (t, a) -> enable(t, true));
        b.method("Stop", VOID, (t, a) -> enable(t, false));
        b.method("Close", VOID, (t, a) -> enable(t, false));
        b.method("Dispose", VOID, (t, a) -> enable(t, false));
    }
}
