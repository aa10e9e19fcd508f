package org.jposh.interpreter.runtime.events;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;

/**
 * System.EventArgs, the base of what a .NET event passes its handlers: PSEventArgs takes the first argument
 * that is one as its SourceEventArgs ($EventArgs in an action).
 */
public class EventArgs implements DotNetTyped {
    public static final DotNetType TYPE = CoreTypes.define("System", "EventArgs", null, b -> { });

    static {
        CoreTypes.register(TYPE);
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return dotNetType().fullName();
    }
}
