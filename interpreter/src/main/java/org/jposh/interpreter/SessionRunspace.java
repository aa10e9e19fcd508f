package org.jposh.interpreter;

import java.util.UUID;
import org.jposh.interpreter.StateInfo.Lifecycle;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * The runspace a session runs in, as {@code [runspace]::DefaultRunspace} gives it (pwsh's LocalRunspace of the
 * console or the script): Id 1 (the runspaces scripts make are numbered from 2), Opened and Busy, since it runs the
 * code that asks, with the default InitialSessionState. Its host owns it: scripts do not open or close it.
 */
public final class SessionRunspace implements DotNetTyped {
    /** pwsh's type name; not registered by name, which stays {@link LocalRunspace}'s. */
    private static final DotNetType TYPE = CoreTypes.define("System.Management.Automation.Runspaces", "LocalRunspace",
            SessionRunspace.class, LocalRunspace.BASE_TYPE, SessionRunspace::defineMembers);
    private static final int BUSY = 3;
    /** JPosh has no script debugger: the session's is never active and never in a breakpoint. */
    private static final DotNetType DEBUGGER = CoreTypes.define("System.Management.Automation", "Debugger",
            NoDebugger.class, b -> b
                    .property("InBreakpoint", CoreTypes.BOOLEAN, d -> false)
                    .property("IsActive", CoreTypes.BOOLEAN, d -> false));

    /** The runspace's Debugger. */
    private record NoDebugger() implements DotNetTyped {
        @Override
        public DotNetType dotNetType() {
            return DEBUGGER;
        }
    }

    private final UUID instanceId = UUID.randomUUID();

    SessionRunspace() {
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return TYPE.fullName();
    }

    private static Object hostOwned(Object runspace, Object[] arguments) {
        throw DotNetException.invalidOperation("The runspace the session runs in belongs to its host: it cannot be "
                + "opened or closed from a script.");
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("Id", CoreTypes.INT32, r -> 1)
                .property("Name", CoreTypes.STRING, r -> "Runspace1")
                .property("InstanceId", CoreTypes.GUID, r -> ((SessionRunspace) r).instanceId)
                .property("RunspaceStateInfo", StateInfo.RUNSPACE_STATE_INFO,
                        r -> StateInfo.of(StateInfo.RUNSPACE_STATE_INFO, StateInfo.RUNSPACE_STATE, Lifecycle.Opened, null))
                .property("RunspaceAvailability", StateInfo.RUNSPACE_AVAILABILITY,
                        r -> new EnumValue(StateInfo.RUNSPACE_AVAILABILITY, BUSY))
                .property("InitialSessionState", InitialSessionState.TYPE, r -> InitialSessionState.createDefault())
                .property("Debugger", DEBUGGER, r -> new NoDebugger())
                .method("Open", CoreTypes.VOID, SessionRunspace::hostOwned)
                .method("Close", CoreTypes.VOID, SessionRunspace::hostOwned)
                .method("Dispose", CoreTypes.VOID, SessionRunspace::hostOwned);
    }
}
