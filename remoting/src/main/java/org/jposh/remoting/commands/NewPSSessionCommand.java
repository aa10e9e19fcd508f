package org.jposh.remoting.commands;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.ValidateNotNull;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.commands.ValidateSet;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.remoting.ssh.SshConnectionInfo;

/**
 * New-PSSession: opens sessions and keeps them in the runspace for Invoke-Command, Enter-PSSession,
 * Get-PSSession and Remove-PSSession. The parameters are pwsh's, set by set; SSH (-HostName,
 * -SSHConnection) and copies of existing sessions (-Session) are what JPosh connects with. The
 * WS-Management, Hyper-V and container sets bind and then fail with a not-supported error.
 */
@Cmdlet(verb = "New", noun = "PSSession", defaultParameterSetName = "ComputerName")
public final class NewPSSessionCommand extends PSRemotingCmdlet {    

        @Parameter(parameterSetName = "Session", position = 0, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private PSSession[] session;

        @Parameter(parameterSetName = "ComputerName", position = 0, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        @Alias("Cn")
        @ValidateNotNullOrEmpty
        private String[] computerName;

        @Parameter(parameterSetName = "VMId", position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
        @Alias("VMGuid")
        @ValidateNotNullOrEmpty
        private UUID[] VMId;

        @Parameter(parameterSetName = "VMName", mandatory = true, valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private String[] VMName;

        @Parameter(parameterSetName = "ComputerName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMId", mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMName", mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "Uri", valueFromPipelineByPropertyName = true)
        @TransformArgument(CredentialTransformation.class)
        private PSCredential credential;

        @Parameter(parameterSetName = "ContainerId", mandatory = true, valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private String[] containerId;

        @Parameter(parameterSetName = "ContainerId")
        private boolean runAsAdministrator;

        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "SSHHost")
        @ValidateRange(min = 1, max = 65535)
        private int port;

        @Parameter(parameterSetName = "ComputerName")
        private boolean useSSL;

        @Parameter(parameterSetName = "ComputerName", valueFromPipelineByPropertyName = true)
        private String applicationName;

        @Parameter(parameterSetName = "Session")
        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "VMId")
        @Parameter(parameterSetName = "VMName")
        @Parameter(parameterSetName = "Uri")
        @Parameter(parameterSetName = "ContainerId")
        private int throttleLimit;

        @Parameter(parameterSetName = "Uri", position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
        @Alias({"URI", "CU"})
        @ValidateNotNullOrEmpty
        private URI[] connectionUri;

        @Parameter(parameterSetName = "Uri")
        private boolean allowRedirection;

        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "Uri")
        @ValidateNotNull
        private PSSessionOption sessionOption;

        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "Uri")
        private AuthenticationMechanism authentication;

        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "Uri")
        private String certificateThumbprint;

        @Parameter(parameterSetName = "SSHHost", position = 0, mandatory = true)
        @ValidateNotNullOrEmpty
        private String[] hostName;

        @Parameter(parameterSetName = "SSHHost")
        @ValidateNotNullOrEmpty
        private String userName;

        @Parameter(parameterSetName = "SSHHost")
        @Alias("IdentityFilePath")
        @ValidateNotNullOrEmpty
        private String keyFilePath;

        @Parameter(parameterSetName = "SSHHost", valueFromPipelineByPropertyName = true)
        private String subsystem;

        @Parameter(parameterSetName = "SSHHost")
        private int connectingTimeout;

        @Parameter(parameterSetName = "SSHHost")
        @ValidateSet("true")
        private boolean SSHTransport;

        @Parameter(parameterSetName = "SSHHostHashParam", mandatory = true)
        @ValidateNotNullOrEmpty
        private Map<?, ?>[] SSHConnection;

        @Parameter(parameterSetName = "SSHHost")
        @ValidateNotNullOrEmpty
        private Map<?, ?> options;

        @Parameter
        private String[] name;

        @Parameter(parameterSetName = "Session")
        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "Uri")
        private boolean enableNetworkAccess;

        @Parameter(parameterSetName = "ComputerName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMId", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "Uri", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ContainerId", valueFromPipelineByPropertyName = true)
        private String configurationName;

        @Parameter(parameterSetName = "UseWindowsPowerShellParameterSet", mandatory = true)
        private boolean useWindowsPowerShell;
    
    @Override
    protected void processRecord() {
        List<SshConnectionInfo> targets;
        try {
            targets = switch (parameterSetName()) {
                case "SSHHost" -> SshTargets.fromHostNames(hostName, userName, keyFilePath, port, subsystem,
                        connectingTimeout, options, sessionState());
                case "SSHHostHashParam" -> SshTargets.fromHashtables(SSHConnection, sessionState());
                case "Session" -> copies();
                default -> throw notSupportedParameterSet();
            };
        } catch (PSRuntimeException e) {
            throw argumentError(e);
        }
        for (PSSession opened : open(targets, name)) {
            writeObject(opened);
        }
    }

    private List<SshConnectionInfo> copies() {
        List<SshConnectionInfo> targets = new ArrayList<>(session.length);
        for (PSSession s : session) {
            targets.add(s.target());
        }
        return targets;
    }
}
