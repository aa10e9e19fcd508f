package org.jposh.stdlib.jobs;

import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Remove-Job: removes ended jobs from the session; a job still running is an error unless -Force,
 * which stops it first.
 */
@Cmdlet(verb = "Remove", noun = "Job", defaultParameterSetName = JobCommandBase.ID_SET,
        supportsShouldProcess = true)
public final class RemoveJobCommand extends SelectJobCommandBase {
    @Parameter
    @Alias("F")
    private boolean force;

    @Override
    protected void processRecord() {
        for (Job job : selectedJobs()) {
            if (!force && !job.isFinished()) {
                String parameter = switch (parameterSetName()) {
                    case NAME_SET -> "Name";
                    case INSTANCE_ID_SET -> "InstanceId";
                    case STATE_SET -> "State";
                    case JOB_SET -> "Job";
                    default -> "Id";
                };
                writeError(errorRecord("The command cannot remove the job with the job ID " + job.id() + " because "
                        + "the job is not finished. To remove the job, first stop the job, or use the Force "
                        + "parameter. (Parameter '" + parameter + "')", "JobObjectNotFinishedCannotBeRemoved",
                        ErrorCategory.InvalidOperation, job, "ArgumentException"));
                continue;
            }
            if (shouldProcess("Remote Command: " + job.command() + ", associated with the job that has an ID of \""
                    + job.id() + "\".", "Remove")) {
                repository().dispose(job);
            }
        }
    }
}
