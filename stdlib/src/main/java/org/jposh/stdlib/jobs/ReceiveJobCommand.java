package org.jposh.stdlib.jobs;

import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorRecord;

/**
 * Receive-Job: what the jobs produced since it was last received, in order: output objects to the
 * pipeline, errors to the error stream, host lines to the host. -Keep leaves them to be received again;
 * -Wait receives as they come until the jobs end; -AutoRemoveJob (with -Wait) then removes them.
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
            error -> writeError(error.copy()), line -> host().ui().writeLine(line));

    @Override
    protected void processRecord() {
        for (Job job : selectedJobs()) {
            int position = receive(job, job.readPosition());
            while (wait && !(job.isFinished() && !job.hasResultsAfter(position))) {
                int from = position;
                repository().await(() -> job.isFinished() || job.hasResultsAfter(from), Long.MAX_VALUE);
                position = receive(job, position);
            }
            if (wait && autoRemoveJob) {
                repository().dispose(job);
            }
        }
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
