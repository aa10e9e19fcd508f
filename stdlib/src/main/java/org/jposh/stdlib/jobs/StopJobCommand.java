package org.jposh.stdlib.jobs;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;

/** Stop-Job: stops the jobs (they end as Stopped) and waits until they have; -PassThru returns them. */
@Cmdlet(verb = "Stop", noun = "Job", defaultParameterSetName = JobCommandBase.ID_SET,
        supportsShouldProcess = true)
public final class StopJobCommand extends SelectJobCommandBase {
    @Parameter
    private boolean passThru;

    @Override
    protected void processRecord() {
        for (Job job : selectedJobs()) {
            if (!job.isFinished() && !shouldProcess("Remote Command: " + job.command()
                    + ", associated with a job that has an ID of \"" + job.id() + "\".", "Stop")) {
                continue;
            }
            repository().stop(job);
            if (passThru) {
                writeObject(job);
            }
        }
    }
}
