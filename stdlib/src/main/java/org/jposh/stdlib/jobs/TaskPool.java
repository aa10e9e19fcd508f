package org.jposh.stdlib.jobs;

import com.oracle.truffle.api.TruffleSafepoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.Runspace;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PipelineStoppedException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PoshParseError;

/**
 * ForEach-Object -Parallel's task pool (pwsh's PSTaskPool): runs a script block once for each input
 * object, in child runspaces of the session on threads of their own, at most ThrottleLimit at a time.
 * A runspace serves one object after another, its variables reset in between (the functions and
 * aliases a run defines stay for the next, as in pwsh's pool), or with -UseNewRunspace only one. What the runs produce goes to a {@link Job} in the order produced; the job
 * ends once the pool has been closed and every run has ended.
 *
 * <p>A run that ends with a terminating error adds it as an error record with pwsh's id
 * PSTaskException, and the job then ends as Failed (as pwsh's task job does when a child job failed).
 */
final class TaskPool implements Job.Work {
    private static final Object NO_MORE = new Object();

    private final ForEachParallel.RunspaceOpener opener;
    private final ForEachParallel.Task task;
    private final int throttleLimit;
    private final boolean useNewRunspace;
    private final Job job;

    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private final List<Runspace> runspaces = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    /** Runs going on or workers waiting for an object; idle counts those waiting. */
    private int workers;
    private int idle;
    private boolean closed;
    private boolean stopping;
    private boolean failed;
    private boolean ended;

    TaskPool(ForEachParallel.RunspaceOpener opener, ForEachParallel.Task task, Job job) {
        this.opener = opener;
        this.task = task;
        this.throttleLimit = task.throttleLimit();
        this.useNewRunspace = task.useNewRunspace();
        this.job = job;
    }

    /**
     * Queues an object and starts a worker for it when the throttle limit allows.
     *
     * @throws IllegalStateException when the host does not allow the session to create threads
     */
    void add(Object dollarUnder) {
        synchronized (this) {
            if (stopping) {
                return;
            }
            pending.add(dollarUnder);
            notifyAll();
        }
        pump();
    }

    /** No more objects will come: the pool ends once the queued ones have run. */
    void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        pump();
        endIfDone();
    }

    /** Drops the queued objects and stops the runs going on. */
    @Override
    public void stop() {
        List<Runspace> running;
        synchronized (this) {
            stopping = true;
            pending.clear();
            notifyAll();
            running = List.copyOf(runspaces);
        }
        for (Runspace runspace : running) {
            runspace.stop();
        }
        endIfDone();
    }

    /** Waits for the workers' threads, which have ended or been stopped, and closes the runspaces. */
    @Override
    public void dispose() throws InterruptedException {
        List<Thread> started;
        List<Runspace> opened;
        synchronized (this) {
            started = List.copyOf(threads);
            opened = List.copyOf(runspaces);
        }
        for (Thread thread : started) {
            thread.join();
        }
        for (Runspace runspace : opened) {
            runspace.close();
        }
    }

    /** Starts workers while there are objects no waiting worker will take and the limit allows. */
    private void pump() {
        while (true) {
            Object first;
            synchronized (this) {
                if (stopping || pending.isEmpty() || workers >= throttleLimit
                        || (!useNewRunspace && idle >= pending.size())) {
                    return;
                }
                first = pending.poll();
                workers++;
            }
            startWorker(first);
        }
    }

    /** Opens a runspace and starts a worker in it; if that fails (or is stopped), the pool stops. */
    private void startWorker(Object first) {
        boolean started = false;
        try {
            Runspace runspace = opener.open(job.hostOutput());
            synchronized (this) {
                runspaces.add(runspace);
            }
            Thread thread = runspace.newThread(() -> work(runspace, first));
            synchronized (this) {
                threads.add(thread);
            }
            thread.start();
            started = true;
        } finally {
            if (!started) {
                synchronized (this) {
                    workers--;
                    stopping = true;
                    pending.clear();
                }
                endIfDone();
            }
        }
    }

    /**
     * A worker: runs its first object, then the next ones queued in the same runspace, reset before each
     * as pwsh resets a runspace it takes from its pool.
     */
    private void work(Runspace runspace, Object first) {
        try {
            Object item = first;
            while (item != NO_MORE) {
                run(runspace, item);
                item = useNewRunspace ? NO_MORE : next();
                if (item != NO_MORE) {
                    runspace.resetState();
                }
            }
        } finally {
            synchronized (this) {
                workers--;
            }
            endIfDone();
        }
        if (useNewRunspace) {
            pump();
        }
    }

    /** The next queued object, waiting for one while the pool is open; NO_MORE once closed or stopped. */
    private Object next() {
        Object[] item = new Object[1];
        TruffleSafepoint.setBlockedThreadInterruptible(null, pool -> {
            synchronized (pool) {
                pool.idle++;
                try {
                    while (pool.pending.isEmpty() && !pool.closed && !pool.stopping) {
                        pool.wait();
                    }
                } finally {
                    pool.idle--;
                }
                item[0] = pool.stopping || pool.pending.isEmpty() ? NO_MORE : pool.pending.poll();
            }
        }, this);
        return item[0];
    }

    private void run(Runspace runspace, Object dollarUnder) {
        try {
            runspace.invokeTask(task.script(), "ForEach-Object", dollarUnder, task.usingValues(), task.location(),
                    value -> job.add(Job.Kind.OUTPUT, value), error -> job.add(Job.Kind.ERROR, error));
        } catch (PipelineStoppedException e) {
            // stopped with the pool
        } catch (PoshException e) {
            taskFailed(e.errorRecord());
        } catch (PoshParseError e) {
            taskFailed(e.errorRecord());
        }
    }

    private void taskFailed(ErrorRecord error) {
        synchronized (this) {
            failed = true;
        }
        job.add(Job.Kind.ERROR, new ErrorRecord(error.exception(), "PSTaskException", ErrorCategory.InvalidOperation,
                null));
    }

    private void endIfDone() {
        int end;
        synchronized (this) {
            if (ended || !(closed || stopping) || !pending.isEmpty() || workers > 0) {
                return;
            }
            ended = true;
            end = stopping ? Job.STOPPED : failed ? Job.FAILED : Job.COMPLETED;
        }
        job.ended(end);
    }
}
