package org.jposh.interpreter;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;

/**
 * {@code [runspacefactory]}: runspaces and runspace pools in this session (CreateRunspace,
 * CreateRunspacePool), each starting with an {@link InitialSessionState}.
 */
public final class RunspaceFactory {
    private static final String RUNSPACES = "System.Management.Automation.Runspaces";

    public static final DotNetType TYPE = CoreTypes.define(RUNSPACES, "RunspaceFactory", RunspaceFactory.class,
            RunspaceFactory::defineMembers);

    static {
        CoreTypes.register(TYPE, "runspacefactory");
    }

    private RunspaceFactory() {
    }

    /** The state a script passed; pwsh takes a null one as the default. */
    static InitialSessionState given(Object state) {
        return state == null ? InitialSessionState.createDefault() : (InitialSessionState) state;
    }

    private static void defineMembers(org.jposh.interpreter.runtime.TypeAdapter.Builder b) {
        b.staticMethod("CreateRunspace", LocalRunspace.BASE_TYPE,
                (t, a) -> new LocalRunspace(PoshContext.get(null), InitialSessionState.createDefault()));
        b.staticMethod("CreateRunspace", LocalRunspace.BASE_TYPE,
                (t, a) -> new LocalRunspace(PoshContext.get(null), given(a[0])),
                param("initialSessionState", InitialSessionState.TYPE));
        b.staticMethod("CreateRunspacePool", RunspacePool.TYPE,
                (t, a) -> new RunspacePool(PoshContext.get(null), 1, 1, InitialSessionState.createDefault()));
        b.staticMethod("CreateRunspacePool", RunspacePool.TYPE,
                (t, a) -> new RunspacePool(PoshContext.get(null), 1, 1, given(a[0])),
                param("initialSessionState", InitialSessionState.TYPE));
        b.staticMethod("CreateRunspacePool", RunspacePool.TYPE,
                (t, a) -> new RunspacePool(PoshContext.get(null), (Integer) a[0], (Integer) a[1],
                        InitialSessionState.createDefault()),
                param("minRunspaces", CoreTypes.INT32), param("maxRunspaces", CoreTypes.INT32));
        // the host is the session's own, which every runspace of the pool shares already
        b.staticMethod("CreateRunspacePool", RunspacePool.TYPE,
                (t, a) -> new RunspacePool(PoshContext.get(null), (Integer) a[0], (Integer) a[1], given(a[2])),
                param("minRunspaces", CoreTypes.INT32), param("maxRunspaces", CoreTypes.INT32),
                param("initialSessionState", InitialSessionState.TYPE), param("host", CoreTypes.OBJECT));
    }
}
