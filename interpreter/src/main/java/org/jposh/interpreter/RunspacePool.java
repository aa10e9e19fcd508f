package org.jposh.interpreter;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import com.oracle.truffle.api.TruffleSafepoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jposh.interpreter.StateInfo.Lifecycle;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ExceptionValue;

/**
 * A local runspace pool ({@code [runspacefactory]::CreateRunspacePool(min, max)}), pwsh's
 * RunspacePool: the PowerShell instances given it run in its runspaces, at most max at a time; the
 * others wait, in the order they came, for a runspace to be free. Open() opens min runspaces, more are
 * opened as needed up to max; a runspace keeps its state from one use to the next, as pwsh's pool does.
 *
 * <p>Asynchronous work runs on a thread of the runspace it was given, which then takes the next work
 * waiting, if any; synchronous work (Invoke) runs on the caller's thread, waiting for a runspace.
 */
public final class RunspacePool {
    public static final DotNetType TYPE = CoreTypes.define("System.Management.Automation.Runspaces", "RunspacePool",
            RunspacePool.class, RunspacePool::defineMembers);

    static {
        CoreTypes.register(TYPE);
    }

    /** Work waiting for a runspace of the pool: run in one, or cancelled when the pool closes first. */
    interface Work {
        /**
         * Runs the work in the runspace and returns what completes it (tells those waiting for it), which the
         * pool runs once the runspace is back: whoever the work ends for finds the runspace free again.
         */
        Runnable run(LocalRunspace runspace);

        void cancel(ExceptionValue reason);
    }

    private final PoshContext parent;
    private final InitialSessionState initialSessionState;
    private final UUID instanceId = UUID.randomUUID();
    private final List<LocalRunspace> runspaces = new ArrayList<>();
    private final ArrayDeque<LocalRunspace> free = new ArrayDeque<>();
    private final ArrayDeque<Work> waiting = new ArrayDeque<>();
    private int minRunspaces;
    private int maxRunspaces;
    private Lifecycle state = Lifecycle.BeforeOpen;

    RunspacePool(PoshContext parent, int minRunspaces, int maxRunspaces, InitialSessionState initialSessionState) {
        if (maxRunspaces < 1) {
            throw argument("The maximum pool size cannot be less than 1.");
        }
        if (minRunspaces < 1) {
            throw argument("The minimum pool size cannot be less than 1.");
        }
        if (minRunspaces > maxRunspaces) {
            throw argument("The minimum pool size cannot be greater than the maximum pool size.");
        }
        this.parent = parent;
        this.minRunspaces = minRunspaces;
        this.maxRunspaces = maxRunspaces;
        this.initialSessionState = initialSessionState;
    }

    private static DotNetException argument(String message) {
        return new DotNetException("System.Management.Automation.PSArgumentException", message);
    }

    private static void defineMembers(org.jposh.interpreter.runtime.TypeAdapter.Builder b) {
        b.property("InstanceId", CoreTypes.GUID, p -> ((RunspacePool) p).instanceId)
                .property("RunspacePoolStateInfo", StateInfo.RUNSPACE_POOL_STATE_INFO,
                        p -> ((RunspacePool) p).stateInfo())
                .property("IsDisposed", CoreTypes.BOOLEAN, p -> ((RunspacePool) p).state() == Lifecycle.Closed)
                .method("Open", CoreTypes.VOID, (p, a) -> {
                    ((RunspacePool) p).open();
                    return AutomationNull.VALUE;
                })
                .method("Close", CoreTypes.VOID, (p, a) -> {
                    ((RunspacePool) p).close();
                    return AutomationNull.VALUE;
                })
                .method("Dispose", CoreTypes.VOID, (p, a) -> {
                    ((RunspacePool) p).close();
                    return AutomationNull.VALUE;
                })
                .method("GetAvailableRunspaces", CoreTypes.INT32, (p, a) -> ((RunspacePool) p).availableRunspaces())
                .method("GetMaxRunspaces", CoreTypes.INT32, (p, a) -> ((RunspacePool) p).maxRunspaces())
                .method("GetMinRunspaces", CoreTypes.INT32, (p, a) -> ((RunspacePool) p).minRunspaces())
                .method("SetMaxRunspaces", CoreTypes.BOOLEAN, (p, a) -> ((RunspacePool) p).setMaxRunspaces((Integer) a[0]),
                        param("maxRunspaces", CoreTypes.INT32))
                .method("SetMinRunspaces", CoreTypes.BOOLEAN, (p, a) -> ((RunspacePool) p).setMinRunspaces((Integer) a[0]),
                        param("minRunspaces", CoreTypes.INT32));
    }

    private synchronized Lifecycle state() {
        return state;
    }

    private synchronized StateInfo stateInfo() {
        return StateInfo.of(StateInfo.RUNSPACE_POOL_STATE_INFO, StateInfo.RUNSPACE_POOL_STATE, state, null);
    }

    private synchronized int maxRunspaces() {
        return maxRunspaces;
    }

    private synchronized int minRunspaces() {
        return minRunspaces;
    }

    /** The runspaces free now plus those the pool may still open (pwsh's GetAvailableRunspaces). */
    private synchronized int availableRunspaces() {
        if (state == Lifecycle.BeforeOpen) {
            return maxRunspaces;
        }
        if (state != Lifecycle.Opened) {
            throw DotNetException.invalidOperation("The RunspacePool is not opened.");
        }
        return free.size() + Math.max(0, maxRunspaces - runspaces.size());
    }

    /**
     * Changes the most runspaces the pool has; false when below its minimum. Free runspaces beyond it are
     * closed, and work waiting starts in the room a larger maximum makes.
     */
    private boolean setMaxRunspaces(int max) {
        List<LocalRunspace> closing = new ArrayList<>();
        List<Work> startable = new ArrayList<>();
        List<LocalRunspace> added = new ArrayList<>();
        synchronized (this) {
            if (max < minRunspaces) {
                return false;
            }
            maxRunspaces = max;
            while (runspaces.size() > max && !free.isEmpty()) {
                LocalRunspace extra = free.pop();
                runspaces.remove(extra);
                closing.add(extra);
            }
            while (state == Lifecycle.Opened && !waiting.isEmpty() && runspaces.size() < maxRunspaces) {
                startable.add(waiting.poll());
                added.add(addRunspace());
            }
            notifyAll();
        }
        for (LocalRunspace extra : closing) {
            extra.close();
        }
        for (int i = 0; i < startable.size(); i++) {
            added.get(i).open();
            start(added.get(i), startable.get(i));
        }
        return true;
    }

    private synchronized boolean setMinRunspaces(int min) {
        if (min < 1 || min > maxRunspaces) {
            return false;
        }
        minRunspaces = min;
        return true;
    }

    private void open() {
        synchronized (this) {
            if (state != Lifecycle.BeforeOpen) {
                throw new DotNetException("System.Management.Automation.Runspaces.InvalidRunspacePoolStateException",
                        "Cannot open the runspace pool because it is not in the 'BeforeOpen' state. The current state is '"
                                + state + "'.");
            }
            state = Lifecycle.Opened;
        }
        for (int i = 0; i < minRunspaces; i++) {
            LocalRunspace runspace = openRunspace();
            synchronized (this) {
                free.add(runspace);
            }
        }
    }

    /** Opens one more runspace of the pool. */
    private LocalRunspace openRunspace() {
        LocalRunspace runspace;
        synchronized (this) {
            runspace = addRunspace();
        }
        runspace.open();
        return runspace;
    }

    /** Counts one more runspace in the pool, to be opened by the caller outside the pool's lock. */
    private LocalRunspace addRunspace() {
        LocalRunspace runspace = new LocalRunspace(parent, initialSessionState);
        runspaces.add(runspace);
        return runspace;
    }

    /**
     * Closes the pool: work still waiting is cancelled, work running is stopped, and the runspaces are
     * closed once their threads have ended.
     */
    private void close() {
        List<Work> cancelled;
        List<LocalRunspace> closing;
        synchronized (this) {
            if (state == Lifecycle.Closed) {
                return;
            }
            state = Lifecycle.Closed;
            cancelled = List.copyOf(waiting);
            waiting.clear();
            closing = List.copyOf(runspaces);
            runspaces.clear();
            free.clear();
            notifyAll();
        }
        ExceptionValue reason = notOpened();
        for (Work work : cancelled) {
            work.cancel(reason);
        }
        for (LocalRunspace runspace : closing) {
            runspace.close();
        }
    }

    private ExceptionValue notOpened() {
        return new ExceptionValue(org.jposh.interpreter.runtime.ExceptionTypes.forName(
                "System.Management.Automation.Runspaces.InvalidRunspacePoolStateException"),
                "Cannot perform the operation because the runspace pool is not in the 'Opened' state. "
                        + "The current state is '" + state() + "'.", null);
    }

    /** @throws DotNetException InvalidRunspacePoolStateException when the pool is not Opened */
    private void assertOpen() {
        if (state() != Lifecycle.Opened) {
            ExceptionValue error = notOpened();
            throw new DotNetException(error.dotNetType().fullName(), error.message());
        }
    }

    /**
     * Runs work asynchronously in a free runspace, one more the pool opens, or once one is released.
     *
     * @throws IllegalStateException when the host does not let the session create threads
     */
    void submit(Work work) {
        assertOpen();
        Runspace.checkThreadsAllowed(parent);
        LocalRunspace runspace;
        boolean added = false;
        synchronized (this) {
            runspace = free.poll();
            if (runspace == null && runspaces.size() < maxRunspaces) {
                runspace = addRunspace();
                added = true;
            }
            if (runspace == null) {
                waiting.add(work);
                return;
            }
        }
        if (added) {
            runspace.open();
        }
        start(runspace, work);
    }

    /** Takes work back that is still waiting; false when it has been started (or cancelled) already. */
    synchronized boolean withdraw(Work work) {
        return waiting.remove(work);
    }

    private void start(LocalRunspace runspace, Work first) {
        runspace.newThread(() -> {
            Work work = first;
            while (work != null) {
                Runnable completion = work.run(runspace);
                work = release(runspace);
                completion.run();
            }
        }).start();
    }

    /**
     * Runs work synchronously on this thread, waiting for a runspace as long as none is free.
     */
    void invoke(Work work) {
        assertOpen();
        LocalRunspace runspace = acquire();
        Runnable completion;
        Work next;
        try {
            completion = work.run(runspace);
        } finally {
            next = release(runspace);
        }
        completion.run();
        if (next != null) {
            start(runspace, next);
        }
    }

    private LocalRunspace acquire() {
        LocalRunspace[] taken = new LocalRunspace[1];
        boolean[] added = new boolean[1];
        TruffleSafepoint.setBlockedThreadInterruptible(null, pool -> {
            synchronized (pool) {
                while (pool.state == Lifecycle.Opened && pool.free.isEmpty()
                        && pool.runspaces.size() >= pool.maxRunspaces) {
                    pool.wait();
                }
                if (pool.state == Lifecycle.Opened) {
                    taken[0] = pool.free.poll();
                    added[0] = taken[0] == null;
                    if (added[0]) {
                        taken[0] = pool.addRunspace();
                    }
                }
            }
        }, this);
        if (taken[0] == null) {
            assertOpen();
        }
        if (added[0]) {
            taken[0].open();
        }
        return taken[0];
    }

    /** Gives a runspace back: it takes the next work waiting, which is returned, or becomes free. */
    private synchronized Work release(LocalRunspace runspace) {
        if (state != Lifecycle.Opened) {
            return null;
        }
        Work next = waiting.poll();
        if (next == null) {
            free.push(runspace);
            notifyAll();
        }
        return next;
    }
}
