package org.jposh.stdlib.jobs;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;

/** Get-Job: the session's jobs, all of them or those with the given Ids, names, instance ids or state. */
@Cmdlet(verb = "Get", noun = "Job", defaultParameterSetName = JobCommandBase.ID_SET)
public final class GetJobCommand extends JobCommandBase {
    @Parameter(position = 0, parameterSetName = ID_SET, valueFromPipelineByPropertyName = true)
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

    @Override
    protected void processRecord() {
        List<Job> jobs = switch (parameterSetName()) {
            case NAME_SET -> jobsByName(name);
            case INSTANCE_ID_SET -> jobsByInstanceId(instanceId);
            case STATE_SET -> jobsByState(state);
            default -> id == null ? repository().jobs() : jobsById(id);
        };
        jobs.stream().sorted(Comparator.comparingInt(Job::id)).forEach(this::writeObject);
    }
}
