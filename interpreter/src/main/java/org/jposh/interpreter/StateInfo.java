package org.jposh.interpreter;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.ExceptionTypes;
import org.jposh.interpreter.runtime.ExceptionValue;

/**
 * The state of a runspace, runspace pool or PowerShell invocation with the exception that put it there
 * (RunspaceStateInfo, RunspacePoolStateInfo, PSInvocationStateInfo): State and Reason. Its string is
 * the state's name, as pwsh's RunspaceStateInfo.ToString gives.
 */
public record StateInfo(DotNetType dotNetType, EnumValue state, ExceptionValue reason) implements DotNetTyped {
    private static final String RUNSPACES = "System.Management.Automation.Runspaces";

    public static final DotNetType RUNSPACE_STATE = CoreTypes.defineEnum(RUNSPACES, "RunspaceState", false,
            "BeforeOpen", "Opening", "Opened", "Closed", "Closing", "Broken", "Disconnecting", "Disconnected",
            "Connecting");
    public static final DotNetType RUNSPACE_POOL_STATE = CoreTypes.defineEnum(RUNSPACES, "RunspacePoolState",
            false, "BeforeOpen", "Opening", "Opened", "Closed", "Closing", "Broken", "Disconnecting",
            "Disconnected", "Connecting");
    public static final DotNetType INVOCATION_STATE = CoreTypes.defineEnum("System.Management.Automation",
            "PSInvocationState", false, "NotStarted", "Running", "Stopping", "Stopped", "Completed", "Failed",
            "Disconnected");
    public static final DotNetType RUNSPACE_AVAILABILITY = CoreTypes.defineEnum(RUNSPACES, "RunspaceAvailability",
            false, "None", "Available", "AvailableForNestedCommand", "Busy", "RemoteDebug");

    public static final DotNetType RUNSPACE_STATE_INFO = define(RUNSPACES, "RunspaceStateInfo", RUNSPACE_STATE);
    public static final DotNetType RUNSPACE_POOL_STATE_INFO = define(RUNSPACES, "RunspacePoolStateInfo",
            RUNSPACE_POOL_STATE);
    public static final DotNetType INVOCATION_STATE_INFO = define("System.Management.Automation",
            "PSInvocationStateInfo", INVOCATION_STATE);

    /** The states of a runspace and of a runspace pool, named as both enums name them, in their order. */
    public enum Lifecycle { BeforeOpen, Opening, Opened, Closed, Closing, Broken }

    /** The states of an invocation (PSInvocationState), in the enum's order. */
    public enum Invocation { NotStarted, Running, Stopping, Stopped, Completed, Failed }

    private static DotNetType define(String namespace, String name, DotNetType stateType) {
        DotNetType type = CoreTypes.define(namespace, name, null,
                b -> b.property("State", stateType, s -> ((StateInfo) s).state)
                        .property("Reason", ExceptionTypes.EXCEPTION, s -> ((StateInfo) s).reason == null ? null : ((StateInfo) s).reason.value()));
        CoreTypes.register(type);
        return type;
    }

    static StateInfo of(DotNetType infoType, DotNetType stateType, Enum<?> state, ExceptionValue reason) {
        return new StateInfo(infoType, new EnumValue(stateType, state.ordinal()), reason);
    }

    @Override
    public String toString() {
        return state.toString();
    }
}
