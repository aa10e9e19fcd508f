package org.jposh.remoting.commands;

import java.net.URI;
import java.util.UUID;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.ValidateNotNull;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateRange;

/**
 * Get-PSSession: the sessions of this runspace, all or by name (wildcards), id, instance id or computer
 * name, optionally only those in a state. pwsh's -ComputerName and -ConnectionUri sets ask a
 * WS-Management server for its disconnected sessions; JPosh has no WS-Management yet, so -ComputerName
 * selects this runspace's sessions by computer name (wildcards), and the other remote sets fail with a
 * not-supported error.
 */
@Cmdlet(verb = "Get", noun = "PSSession", defaultParameterSetName = "Name")
public final class GetPSSessionCommand extends PSRemotingCmdlet {    

        @Parameter(parameterSetName = "ComputerInstanceId", mandatory = true)
        @Parameter(parameterSetName = "ConnectionUriInstanceId", mandatory = true)
        @Parameter(parameterSetName = "InstanceId", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ContainerIdInstanceId", mandatory = true)
        @Parameter(parameterSetName = "VMIdInstanceId", mandatory = true)
        @Parameter(parameterSetName = "VMNameInstanceId", mandatory = true)
        @ValidateNotNull
        private UUID[] instanceId;

        @Parameter(parameterSetName = "Id", position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
        @ValidateNotNull
        private int[] id;

        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "ConnectionUri")
        @Parameter(parameterSetName = "Name", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ContainerId")
        @Parameter(parameterSetName = "VMId")
        @Parameter(parameterSetName = "VMName")
        @ValidateNotNullOrEmpty
        private String[] name;

        @Parameter(parameterSetName = "ComputerInstanceId", position = 0, mandatory = true,
                valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ComputerName", position = 0, mandatory = true,
                valueFromPipelineByPropertyName = true)
        @Alias("Cn")
        @ValidateNotNullOrEmpty
        private String[] computerName;

        @Parameter(parameterSetName = "ContainerIdInstanceId", mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ContainerId", mandatory = true, valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private String[] containerId;

        @Parameter(parameterSetName = "VMIdInstanceId", mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMId", mandatory = true, valueFromPipelineByPropertyName = true)
        @Alias("VMGuid")
        @ValidateNotNullOrEmpty
        private UUID[] VMId;

        @Parameter(parameterSetName = "VMNameInstanceId", mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMName", mandatory = true, valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private String[] VMName;

        @Parameter(parameterSetName = "ComputerInstanceId", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ComputerName", valueFromPipelineByPropertyName = true)
        private String applicationName;

        @Parameter(parameterSetName = "ConnectionUriInstanceId", position = 0, mandatory = true,
                valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ConnectionUri", position = 0, mandatory = true,
                valueFromPipelineByPropertyName = true)
        @Alias({"URI", "CU"})
        @ValidateNotNullOrEmpty
        private URI[] connectionUri;

        @Parameter(parameterSetName = "ComputerInstanceId", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ConnectionUriInstanceId", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ContainerIdInstanceId", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMIdInstanceId", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMNameInstanceId", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ComputerName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ConnectionUri", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ContainerId", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMId", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMName", valueFromPipelineByPropertyName = true)
        private String configurationName;

        @Parameter(parameterSetName = "ConnectionUriInstanceId")
        @Parameter(parameterSetName = "ConnectionUri")
        private boolean allowRedirection;

        @Parameter(parameterSetName = "ComputerInstanceId")
        @Parameter(parameterSetName = "ConnectionUriInstanceId")
        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "ConnectionUri")
        @TransformArgument(CredentialTransformation.class)
        private PSCredential credential;

        @Parameter(parameterSetName = "ComputerInstanceId")
        @Parameter(parameterSetName = "ConnectionUriInstanceId")
        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "ConnectionUri")
        private AuthenticationMechanism authentication;

        @Parameter(parameterSetName = "ComputerInstanceId")
        @Parameter(parameterSetName = "ConnectionUriInstanceId")
        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "ConnectionUri")
        private String certificateThumbprint;

        @Parameter(parameterSetName = "ComputerInstanceId")
        @Parameter(parameterSetName = "ComputerName")
        @ValidateRange(min = 1, max = 65535)
        private int port;

        @Parameter(parameterSetName = "ComputerInstanceId")
        @Parameter(parameterSetName = "ComputerName")
        private boolean useSSL;

        @Parameter(parameterSetName = "ComputerInstanceId")
        @Parameter(parameterSetName = "ConnectionUriInstanceId")
        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "ConnectionUri")
        private int throttleLimit;

        @Parameter(parameterSetName = "ComputerInstanceId")
        @Parameter(parameterSetName = "ConnectionUriInstanceId")
        @Parameter(parameterSetName = "ContainerIdInstanceId")
        @Parameter(parameterSetName = "VMIdInstanceId")
        @Parameter(parameterSetName = "VMNameInstanceId")
        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "ConnectionUri")
        @Parameter(parameterSetName = "ContainerId")
        @Parameter(parameterSetName = "VMId")
        @Parameter(parameterSetName = "VMName")
        private SessionFilterState state;

        @Parameter(parameterSetName = "ComputerInstanceId")
        @Parameter(parameterSetName = "ConnectionUriInstanceId")
        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "ConnectionUri")
        private PSSessionOption sessionOption;
    
    @Override
    protected void endProcessing() {
        switch (parameterSetName()) {
            case "Name", "Id", "InstanceId", "ComputerName" -> {
            }
            default -> throw notSupportedParameterSet();
        }
        String[] computers = parameterSetName().equals("ComputerName") ? computerName : null;
        for (PSSession session : select(name, id, instanceId, computers)) {
            if (state == null || state == SessionFilterState.All || state.name().equals(session.state().name())) {
                writeObject(session);
            }
        }
    }
}
