package org.jposh.stdlib.jobs;

import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorRecord;

/**
 * Receive-Job: what the jobs produced since it was last received, in order: output objects to the
 * pipeline, errors to the error stream, host lines to the host, progress records to the host's progress
 * display (by the receiver's $ProgressPreference). -Keep leaves them to be received again;
 * -Wait receives as they come until the jobs end; -AutoRemoveJob (with -Wait) then removes them. A job's
 * child jobs are received before the job itself, as pwsh receives them.
 */
@Cmdlet(verb = "Receive", noun = "Job", defaultParameterSetName = JobCommandBase.JOB_SET)
public final class ReceiveJobCommand extends SelectJobCommandBase {
    @Parameter
    private boolean keep;

    @Parameter
    private boolean wait;

    @Parameter
    private boolean autoRemoveJob;

    private final ForEachParallel.Receiver receiver = new ForEachParallel.Receiver(this::writeObject,
            error -> writeError(error.copy()), line -> host().ui().writeLine(line), this::writeInformational,
            this::writeInformation, record -> writeProgress(0, record));

    @Override
    protected void processRecord() {
        for (Job job : selectedJobs()) {
            List<Job> jobs = job.withChildJobs();
            int[] positions = new int[jobs.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = receive(jobs.get(i), jobs.get(i).readPosition());
            }
            while (wait && !(job.isFinished() && !hasResultsAfter(jobs, positions))) {
                repository().await(() -> job.isFinished() || hasResultsAfter(jobs, positions), Long.MAX_VALUE);
                for (int i = 0; i < positions.length; i++) {
                    positions[i] = receive(jobs.get(i), positions[i]);
                }
            }
            if (wait && autoRemoveJob) {
                repository().dispose(job);
            }
        }
    }

    private static boolean hasResultsAfter(List<Job> jobs, int[] positions) {
        for (int i = 0; i < positions.length; i++) {
            if (jobs.get(i).hasResultsAfter(positions[i])) {
                return true;
            }
        }
        return false;
    }

    /** Writes the job's results from {@code from} on; returns the position after them. */
    private int receive(Job job, int from) {
        List<Job.Result> results = job.resultsFrom(from);
        if (!keep) {
            job.markRead(from + results.size());
        }
        for (Job.Result result : results) {
            result.deliverTo(receiver);
        }
        return from + results.size();
    }
}
