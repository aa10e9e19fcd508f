package org.jposh.interpreter.runtime.events;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;

/**
 * System.Management.Automation.PSEngineEvent: the source identifiers of the engine's own events. JPosh raises
 * Exiting when the session ends; OnIdle and OnDebugAttach are never raised (JPosh has no idle loop or debugger
 * to attach), so their subscribers only wait.
 */
public final class PSEngineEvent {
    public static final String EXITING = "PowerShell.Exiting";
    public static final String ON_IDLE = "PowerShell.OnIdle";
    public static final String ON_DEBUG_ATTACH = "PowerShell.OnDebugAttach";

    public static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "PSEngineEvent", null,
            b -> b.staticField("Exiting", CoreTypes.STRING, () -> EXITING)
                    .staticField("OnIdle", CoreTypes.STRING, () -> ON_IDLE)
                    .staticField("OnDebugAttach", CoreTypes.STRING, () -> ON_DEBUG_ATTACH));

    static {
        CoreTypes.register(TYPE);
    }

    private PSEngineEvent() {
    }
}
