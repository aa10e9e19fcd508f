package org.jposh.remoting.commands;

import java.util.List;
import java.util.UUID;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNull;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;

/**
 * Remove-PSSession: closes sessions (given, piped, or selected by id, name, instance id or computer
 * name) and removes them from the runspace. A broken session is removed without a close.
 */
@Cmdlet(verb = "Remove", noun = "PSSession", defaultParameterSetName = "Id", supportsShouldProcess = true)
public final class RemovePSSessionCommand extends PSRemotingCmdlet {    

        @Parameter(parameterSetName = "InstanceId", mandatory = true, valueFromPipelineByPropertyName = true)
        @ValidateNotNull
        private UUID[] instanceId;

        @Parameter(parameterSetName = "Id", position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
        @ValidateNotNull
        private int[] id;

        @Parameter(parameterSetName = "Name", mandatory = true, valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private String[] name;

        @Parameter(parameterSetName = "ComputerName", position = 0, mandatory = true,
                valueFromPipelineByPropertyName = true)
        @Alias("Cn")
        @ValidateNotNullOrEmpty
        private String[] computerName;

        @Parameter(parameterSetName = "ContainerId", mandatory = true, valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private String[] containerId;

        @Parameter(parameterSetName = "VMId", mandatory = true, valueFromPipelineByPropertyName = true)
        @Alias("VMGuid")
        @ValidateNotNullOrEmpty
        private UUID[] VMId;

        @Parameter(parameterSetName = "VMName", mandatory = true, valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private String[] VMName;

        @Parameter(parameterSetName = "Session", position = 0, mandatory = true, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        private PSSession[] session;
    
    @Override
    protected void processRecord() {
        List<PSSession> sessions = switch (parameterSetName()) {
            case "Session" -> List.of(session);
            case "Id" -> select(null, id, null, null);
            case "Name" -> select(name, null, null, null);
            case "InstanceId" -> select(null, null, instanceId, null);
            case "ComputerName" -> select(null, null, null, computerName);
            default -> throw notSupportedParameterSet();
        };
        for (PSSession s : sessions) {
            if (shouldProcess(s.computerName(), "Remove")) {
                remove(s);
            }
        }
    }
}
