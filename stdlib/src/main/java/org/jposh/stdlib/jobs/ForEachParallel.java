package org.jposh.stdlib.jobs;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jposh.interpreter.Runspace;
import org.jposh.interpreter.host.ProgressRecord;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.InformationRecord;
import org.jposh.interpreter.runtime.InformationalRecord;
import org.jposh.interpreter.runtime.SessionState;

/**
 * What ForEach-Object -Parallel needs of the jobs: a {@link TaskPool} whose results the command writes
 * as they come (the default), or a PSTaskJob in the session's job table (-AsJob).
 */
public final class ForEachParallel {
    /** Opens a child runspace of the session whose host writes to the stream (PSCmdlet.openChildRunspace). */
    @FunctionalInterface
    public interface RunspaceOpener {
        Runspace open(OutputStream hostOutput);
    }

    /**
     * Where a job's results go: the output, the error stream, the host, the warning/verbose/debug streams
     * and the information stream.
     */
    public record Receiver(Consumer<Object> output, Consumer<ErrorRecord> error, Consumer<String> hostLine,
                           Consumer<InformationalRecord> informational, Consumer<InformationRecord> information,
                           Consumer<ProgressRecord> progress) {
    }

    /** What the block runs with: its text, the caller's {@code $using:} values and current location. */
    public record Task(String script, Map<String, Object> usingValues, Path location, int throttleLimit,
                       boolean useNewRunspace) {
    }

    /** A table of its own, not the session's, holding the one job whose results the command writes. */
    private final JobRepository table = new JobRepository();
    private final Job results;
    private final TaskPool pool;
    private int position;

    private ForEachParallel(RunspaceOpener opener, Task task) {
        this.results = table.add(null, Job.Type.TASK, task.script(), 1);
        this.pool = new TaskPool(opener, task, results);
        results.start(pool);
    }

    /** Runs the tasks as objects are added, their results read with {@link #receive}. */
    public static ForEachParallel start(RunspaceOpener opener, Task task) {
        return new ForEachParallel(opener, task);
    }

    /**
     * Starts a PSTaskJob for the objects in the session's job table and returns it: its Id, then one Id
     * for each object's child job, as pwsh numbers them.
     *
     * @throws IllegalStateException when the host does not allow the session to create threads
     */
    public static Object startJob(SessionState sessionState, RunspaceOpener opener, Task task, List<Object> objects) {
        JobRepository repository = JobRepository.of(sessionState);
        Job job = repository.add(null, Job.Type.TASK, task.script(), 1 + objects.size());
        TaskPool tasks = new TaskPool(opener, task, job);
        try {
            for (Object item : objects) {
                tasks.add(item);
            }
        } catch (IllegalStateException e) {
            repository.remove(job);
            throw e;
        }
        job.start(tasks);
        tasks.close();
        return job;
    }

    /**
     * Queues an object for its task, having first passed on what the tasks produced so far.
     *
     * @throws IllegalStateException when the host does not allow the session to create threads
     */
    public void add(Object dollarUnder, Receiver receiver) {
        receive(receiver);
        pool.add(dollarUnder);
    }

    /** Passes on what the tasks produced since last asked. */
    public void receive(Receiver receiver) {
        List<Job.Result> produced = results.resultsFrom(position);
        position += produced.size();
        for (Job.Result result : produced) {
            result.deliverTo(receiver);
        }
    }

    /**
     * No more objects: passes on the results as they come until every task has ended, or until the
     * timeout (seconds, 0 for none) when the tasks still running are stopped.
     */
    public void complete(Receiver receiver, int timeoutSeconds) {
        pool.close();
        long deadline = timeoutSeconds == 0 ? Long.MAX_VALUE
                : System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!results.isFinished()) {
            int from = position;
            table.await(() -> results.isFinished() || results.hasResultsAfter(from), deadline);
            receive(receiver);
            if (System.nanoTime() - deadline >= 0) {
                table.stop(results);
            }
        }
        receive(receiver);
        table.dispose(results);
    }

    /** Stops the tasks (Ctrl+C, a pipeline that ends early) and releases their runspaces. */
    public void stop() {
        table.dispose(results);
    }
}
