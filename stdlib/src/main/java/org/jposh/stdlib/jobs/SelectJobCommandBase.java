package org.jposh.stdlib.jobs;

import java.util.List;
import java.util.UUID;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;

/**
 * The job cmdlets that act on given jobs (Receive-Job, Wait-Job, Stop-Job, Remove-Job): job objects
 * from the pipeline, or Ids, names, instance ids or a state.
 */
abstract class SelectJobCommandBase extends JobCommandBase {
    @Parameter(position = 0, mandatory = true, parameterSetName = JOB_SET, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private Job[] job;

    @Parameter(position = 0, mandatory = true, parameterSetName = ID_SET, valueFromPipelineByPropertyName = true)
    private int[] id;

    @Parameter(position = 0, mandatory = true, parameterSetName = NAME_SET, valueFromPipelineByPropertyName = true)
    @ValidateNotNullOrEmpty
    private String[] name;

    @Parameter(position = 0, mandatory = true, parameterSetName = INSTANCE_ID_SET,
            valueFromPipelineByPropertyName = true)
    @ValidateNotNullOrEmpty
    private UUID[] instanceId;

    @Parameter(mandatory = true, parameterSetName = STATE_SET, valueFromPipelineByPropertyName = true)
    private Object state;

    /** The jobs this record names (errors written for those that do not exist). */
    final List<Job> selectedJobs() {
        return switch (parameterSetName()) {
            case ID_SET -> jobsById(id);
            case NAME_SET -> jobsByName(name);
            case INSTANCE_ID_SET -> jobsByInstanceId(instanceId);
            case STATE_SET -> jobsByState(state);
            default -> List.of(job);
        };
    }
}
