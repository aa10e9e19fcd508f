package org.jposh.interpreter;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import com.oracle.truffle.api.TruffleSafepoint;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jposh.interpreter.StateInfo.Lifecycle;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * A runspace scripts make ({@code [runspacefactory]::CreateRunspace()}, or the one a
 * {@code [powershell]} makes for itself), pwsh's LocalRunspace: created BeforeOpen, Opened by Open()
 * (only then does it get its session, a {@link Runspace} inside the session that made it), Closed by
 * Close() or Dispose(). Its variables and functions stay from one invocation to the next.
 *
 * <p>Invocations run on the caller's thread ({@link #invoke}) or on a thread of the runspace
 * ({@link #newThread}), which the host must allow; one at a time, as a runspace runs one pipeline at a
 * time. Each has an Id and a Name ("Runspace" and the Id) numbered in the session that made it, whose
 * own runspace is 1.
 */
public final class LocalRunspace {
    private static final String RUNSPACES = "System.Management.Automation.Runspaces";

    /** [runspace]: its DefaultRunspace is the runspace of the code that asks (see {@link SessionRunspace}). */
    public static final DotNetType BASE_TYPE = CoreTypes.define(RUNSPACES, "Runspace", null, b -> b
            .staticProperty("DefaultRunspace", b.type(), () -> PoshContext.get(null).defaultRunspace()));
    public static final DotNetType TYPE = CoreTypes.define(RUNSPACES, "LocalRunspace", LocalRunspace.class, BASE_TYPE,
            LocalRunspace::defineMembers);
    public static final DotNetType SESSION_STATE_PROXY = CoreTypes.define(RUNSPACES, "SessionStateProxy",
            SessionStateProxy.class, b -> b
                    .method("SetVariable", CoreTypes.VOID, (p, a) -> {
                        ((SessionStateProxy) p).runspace.setVariable((String) a[0], a[1]);
                        return AutomationNull.VALUE;
                    }, param("name", CoreTypes.STRING), param("value", CoreTypes.OBJECT))
                    .method("GetVariable", CoreTypes.OBJECT,
                            (p, a) -> ((SessionStateProxy) p).runspace.getVariable((String) a[0]),
                            param("name", CoreTypes.STRING)));

    static {
        CoreTypes.register(BASE_TYPE, "runspace");
        CoreTypes.register(TYPE);
        CoreTypes.register(SESSION_STATE_PROXY);
    }

    /** SessionStateProxy: the runspace's global variables, read and set from outside it. */
    public record SessionStateProxy(LocalRunspace runspace) {
    }

    private final PoshContext parent;
    private final InitialSessionState initialSessionState;
    private final int id;
    private final UUID instanceId = UUID.randomUUID();
    private final SessionStateProxy proxy = new SessionStateProxy(this);
    private final List<Thread> threads = new ArrayList<>();
    private volatile String name;
    private volatile Lifecycle state = Lifecycle.BeforeOpen;
    private volatile boolean busy;
    private Runspace session;

    LocalRunspace(PoshContext parent, InitialSessionState initialSessionState) {
        this.parent = parent;
        this.initialSessionState = initialSessionState;
        this.id = parent.nextRunspaceId();
        this.name = "Runspace" + id;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("Id", CoreTypes.INT32, r -> ((LocalRunspace) r).id)
                .property("Name", CoreTypes.STRING, r -> ((LocalRunspace) r).name,
                        (r, v) -> ((LocalRunspace) r).name = LanguagePrimitives.toStringValue(v))
                .property("InstanceId", CoreTypes.GUID, r -> ((LocalRunspace) r).instanceId)
                .property("RunspaceStateInfo", StateInfo.RUNSPACE_STATE_INFO, r -> ((LocalRunspace) r).stateInfo())
                .property("RunspaceAvailability", StateInfo.RUNSPACE_AVAILABILITY,
                        r -> ((LocalRunspace) r).availability())
                .property("SessionStateProxy", SESSION_STATE_PROXY, r -> ((LocalRunspace) r).proxy)
                .property("InitialSessionState", InitialSessionState.TYPE, r -> ((LocalRunspace) r).initialSessionState)
                .method("Open", CoreTypes.VOID, (r, a) -> {
                    ((LocalRunspace) r).open();
                    return AutomationNull.VALUE;
                })
                .method("Close", CoreTypes.VOID, (r, a) -> {
                    ((LocalRunspace) r).close();
                    return AutomationNull.VALUE;
                })
                .method("Dispose", CoreTypes.VOID, (r, a) -> {
                    ((LocalRunspace) r).close();
                    return AutomationNull.VALUE;
                });
    }

    public int id() {
        return id;
    }

    public StateInfo stateInfo() {
        return StateInfo.of(StateInfo.RUNSPACE_STATE_INFO, StateInfo.RUNSPACE_STATE, state, null);
    }

    private EnumValue availability() {
        int value = state != Lifecycle.Opened ? 0 : busy ? 3 : 1;
        return new EnumValue(StateInfo.RUNSPACE_AVAILABILITY, value);
    }

    /** Opens the runspace: its session is made now, inside the session that made the runspace. */
    public synchronized void open() {
        if (state != Lifecycle.BeforeOpen) {
            throw invalidState("Cannot open the runspace because the runspace is not in the BeforeOpen state. "
                    + "Current state of the runspace is '" + state + "'.");
        }
        session = Runspace.openNested(parent, OutputStream.nullOutputStream());
        session.inSession(context -> {
            context.setDefaultRunspace(this);
            return null;
        });
        try {
            initialSessionState.applyTo(session);
        } catch (DotNetException e) {
            session.close();
            session = null;
            state = Lifecycle.Broken;
            throw e;
        }
        state = Lifecycle.Opened;
    }

    /**
     * Closes the runspace: an invocation still running is stopped, the runspace's threads are waited
     * for, and its session is closed. Closing one not yet opened just marks it Closed.
     */
    public void close() {
        Runspace closing;
        List<Thread> running;
        synchronized (this) {
            if (state == Lifecycle.Closed) {
                return;
            }
            state = Lifecycle.Closed;
            closing = session;
            session = null;
            running = List.copyOf(threads);
        }
        if (closing == null) {
            return;
        }
        closing.stop();
        for (Thread thread : running) {
            TruffleSafepoint.setBlockedThreadInterruptible(null, Thread::join, thread);
        }
        closing.close();
    }

    /** The error pwsh raises when a runspace is not Opened for what is asked of it. */
    DotNetException notOpened(String message) {
        return invalidState(message.formatted(state));
    }

    private static DotNetException invalidState(String message) {
        return new DotNetException("System.Management.Automation.Runspaces.InvalidRunspaceStateException", message);
    }

    /**
     * Runs code in the runspace's session on this thread, the runspace Busy meanwhile.
     *
     * @throws DotNetException InvalidRunspaceStateException when it is not Opened
     */
    <T> T invoke(Function<PoshContext, T> code) {
        Runspace opened = opened("Cannot perform operation because the runspace is not in the 'Opened' state. "
                + "Current state of runspace is '%s'.");
        busy = true;
        try {
            return opened.inSession(code);
        } finally {
            busy = false;
        }
    }

    /**
     * A thread on which to run an invocation in this runspace; Close waits for it.
     *
     * @throws IllegalStateException when the host does not let the session create threads
     */
    Thread newThread(Runnable body) {
        Runspace.checkThreadsAllowed(parent);
        Runspace opened = opened("Cannot perform operation because the runspace is not in the 'Opened' state. "
                + "Current state of runspace is '%s'.");
        Thread thread = opened.newThread(() -> {
            try {
                body.run();
            } finally {
                synchronized (this) {
                    threads.remove(Thread.currentThread());
                }
            }
        });
        synchronized (this) {
            threads.add(thread);
        }
        return thread;
    }

    /** Stops the invocation running in the runspace now, if any (see {@link Runspace#stop}). */
    void stop() {
        Runspace opened = session;
        if (opened != null) {
            opened.stop();
        }
    }

    private synchronized Runspace opened(String message) {
        if (state != Lifecycle.Opened) {
            throw notOpened(message);
        }
        return session;
    }

    private void setVariable(String variable, Object value) {
        proxyCall(posh -> {
            posh.sessionState().global().set(variable, value);
            return null;
        });
    }

    private Object getVariable(String variable) {
        return proxyCall(posh -> {
            Object value = posh.sessionState().global().find(variable);
            return value == SessionStateScope.UNSET ? null : value;
        });
    }

    private Object proxyCall(Function<PoshContext, Object> call) {
        return opened("Cannot perform the operation because the runspace is not in the Opened state. "
                + "Current state of the runspace is '%s'.").inSession(call);
    }
}
