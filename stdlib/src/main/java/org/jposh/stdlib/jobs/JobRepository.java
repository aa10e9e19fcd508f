package org.jposh.stdlib.jobs;

import com.oracle.truffle.api.TruffleSafepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jposh.interpreter.runtime.SessionState;

/**
 * The jobs of one session ($ExecutionContext's JobRepository): jobs of other sessions are invisible.
 * Ids count from 1; a BackgroundJob takes two, as pwsh's does for the job and its child job.
 */
final class JobRepository {
    /** Guards the table and every job of it, and is notified when a job changes. */
    private static final long STOP_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final Object lock = new Object();
    private final List<Job> jobs = new ArrayList<>();
    private int nextId = 1;

    static JobRepository of(SessionState sessionState) {
        return sessionState.extension(JobRepository.class, JobRepository::new);
    }

    /**
     * A new job, not started; its name is {@code Job<Id>} unless one is given. It takes {@code ids} Ids:
     * its own and its child jobs'.
     */
    Job add(String name, Job.Type type, String command, int ids) {
        synchronized (lock) {
            int id = nextId;
            nextId += ids;
            Job job = new Job(id, name == null || name.isEmpty() ? "Job" + id : name, type, command, null, lock);
            jobs.add(job);
            return job;
        }
    }

    /** A new job with a child job (named {@code Job<Id>}) for each location, none started. */
    Job addWithChildren(String name, Job.Type type, Job.Type childType, String command, List<String> locations) {
        synchronized (lock) {
            Job job = add(name, type, command, 1 + locations.size());
            for (int i = 0; i < locations.size(); i++) {
                int id = job.id() + 1 + i;
                job.addChild(new Job(id, "Job" + id, childType, command, locations.get(i), lock));
            }
            return job;
        }
    }

    List<Job> jobs() {
        synchronized (lock) {
            return List.copyOf(jobs);
        }
    }

    void remove(Job job) {
        synchronized (lock) {
            jobs.remove(job);
        }
    }

    /** Stops the job and waits until it has ended. */
    void stop(Job job) {
        while (!job.isFinished()) {
            job.stop();
            await(job::isFinished, System.nanoTime() + STOP_RETRY_NANOS);
        }
    }

    /** Removes the job: stops it if it still runs, waits for its thread to end and closes its runspace. */
    void dispose(Job job) {
        remove(job);
        stop(job);
        TruffleSafepoint.setBlockedThreadInterruptible(null, Job::close, job);
    }

    /**
     * Waits until {@code done} holds or the deadline ({@link System#nanoTime()}) passes; stopping the
     * pipeline (Ctrl+C, Stop-Job of the caller, an interrupted context) ends the wait.
     *
     * @return whether {@code done} holds
     */
    boolean await(BooleanSupplier done, long deadline) {
        TruffleSafepoint.setBlockedThreadInterruptible(null, monitor -> {
            synchronized (monitor) {
                long remaining;
                while (!done.getAsBoolean() && (remaining = deadline - System.nanoTime()) > 0) {
                    TimeUnit.NANOSECONDS.timedWait(monitor, remaining);
                }
            }
        }, lock);
        synchronized (lock) {
            return done.getAsBoolean();
        }
    }
}
