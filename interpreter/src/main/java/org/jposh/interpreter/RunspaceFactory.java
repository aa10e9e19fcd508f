package org.jposh.interpreter;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;

/**
 * {@code [runspacefactory]}: runspaces and runspace pools in this session (CreateRunspace,
 * CreateRunspacePool), and {@code [initialsessionstate]}'s CreateDefault and CreateDefault2, the
 * session state every runspace here starts with, which CreateRunspace and CreateRunspacePool take.
 */
public final class RunspaceFactory {
    private static final String RUNSPACES = "System.Management.Automation.Runspaces";

    /** An InitialSessionState: a new session with the built-in commands, as every runspace here has. */
    public static final class InitialSessionState {
        private InitialSessionState() {
        }
    }

    public static final DotNetType INITIAL_SESSION_STATE = CoreTypes.define(RUNSPACES, "InitialSessionState",
            InitialSessionState.class, b -> b
                    .staticMethod("CreateDefault", b.type(), (t, a) -> new InitialSessionState())
                    .staticMethod("CreateDefault2", b.type(), (t, a) -> new InitialSessionState()));
    public static final DotNetType TYPE = CoreTypes.define(RUNSPACES, "RunspaceFactory", RunspaceFactory.class,
            RunspaceFactory::defineMembers);

    static {
        CoreTypes.register(INITIAL_SESSION_STATE, "initialsessionstate");
        CoreTypes.register(TYPE, "runspacefactory");
    }

    private RunspaceFactory() {
    }

    private static void defineMembers(org.jposh.interpreter.runtime.TypeAdapter.Builder b) {
        b.staticMethod("CreateRunspace", LocalRunspace.BASE_TYPE, (t, a) -> new LocalRunspace(PoshContext.get(null)));
        b.staticMethod("CreateRunspace", LocalRunspace.BASE_TYPE, (t, a) -> new LocalRunspace(PoshContext.get(null)),
                param("initialSessionState", INITIAL_SESSION_STATE));
        b.staticMethod("CreateRunspacePool", RunspacePool.TYPE, (t, a) -> new RunspacePool(PoshContext.get(null), 1, 1));
        b.staticMethod("CreateRunspacePool", RunspacePool.TYPE, (t, a) -> new RunspacePool(PoshContext.get(null), 1, 1),
                param("initialSessionState", INITIAL_SESSION_STATE));
        b.staticMethod("CreateRunspacePool", RunspacePool.TYPE,
                (t, a) -> new RunspacePool(PoshContext.get(null), (Integer) a[0], (Integer) a[1]),
                param("minRunspaces", CoreTypes.INT32), param("maxRunspaces", CoreTypes.INT32));
    }
}
