package org.jposh.interpreter.runtime.events;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DotNetType;

/** System.Timers.ElapsedEventArgs: what a Timer's Elapsed event passes, the time it was raised. */
public final class ElapsedEventArgs extends EventArgs {
    public static final DotNetType TYPE = CoreTypes.define("System.Timers", "ElapsedEventArgs", null, EventArgs.TYPE,
            b -> b.property("SignalTime", CoreTypes.DATE_TIME, e -> ((ElapsedEventArgs) e).signalTime));

    static {
        CoreTypes.register(TYPE);
    }

    private final DateTime signalTime;

    ElapsedEventArgs(DateTime signalTime) {
        this.signalTime = signalTime;
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }
}
