package org.jposh.remoting.commands;

import java.net.URI;
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
import org.jposh.interpreter.host.HostSupportsInteractiveSession;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * Enter-PSSession: makes the console run what the user types in a session until {@code exit} or
 * Exit-PSSession, by pushing the session onto the host ({@link HostSupportsInteractiveSession}). The
 * session is given (-Session), found in this runspace's sessions (-Id, -Name, -InstanceId), or opened
 * over SSH (-HostName...), and then closed when the console leaves it. The WS-Management, Hyper-V and
 * container sets bind and then fail with a not-supported error, as New-PSSession's do. A host without
 * a console (a script run with -c or -File) gets pwsh's HostDoesNotSupportPushRunspace error.
 */
@Cmdlet(verb = "Enter", noun = "PSSession", defaultParameterSetName = "ComputerName")
public final class EnterPSSessionCommand extends PSRemotingCmdlet {

        @Parameter(parameterSetName = "Session", position = 0, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private PSSession session;

        @Parameter(parameterSetName = "ComputerName", position = 0, mandatory = true, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        @Alias("Cn")
        @ValidateNotNullOrEmpty
        private String computerName;

        @Parameter(parameterSetName = "VMId", position = 0, mandatory = true, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        @Alias("VMGuid")
        @ValidateNotNullOrEmpty
        private UUID VMId;

        @Parameter(parameterSetName = "VMName", position = 0, mandatory = true, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private String VMName;

        @Parameter(parameterSetName = "ComputerName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMId", position = 1, mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMName", position = 1, mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "Uri", valueFromPipelineByPropertyName = true)
        @TransformArgument(CredentialTransformation.class)
        private PSCredential credential;

        @Parameter(parameterSetName = "ContainerId", position = 0, mandatory = true, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private String containerId;

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

        @Parameter(parameterSetName = "Uri", position = 1, valueFromPipelineByPropertyName = true)
        @Alias({"URI", "CU"})
        @ValidateNotNullOrEmpty
        private URI connectionUri;

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

        @Parameter(parameterSetName = "SSHHost", position = 0, mandatory = true, valueFromPipeline = true)
        @ValidateNotNullOrEmpty
        private String hostName;

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

        @Parameter(parameterSetName = "SSHHost")
        @ValidateNotNullOrEmpty
        private Map<?, ?> options;

        @Parameter(parameterSetName = "InstanceId", valueFromPipelineByPropertyName = true)
        @ValidateNotNull
        private UUID instanceId;

        @Parameter(parameterSetName = "Id", position = 0, valueFromPipelineByPropertyName = true)
        @ValidateNotNull
        private int id;

        @Parameter(parameterSetName = "Name", valueFromPipelineByPropertyName = true)
        private String name;

        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "Uri")
        private boolean enableNetworkAccess;

        @Parameter(parameterSetName = "ComputerName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMId", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "Uri", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ContainerId", valueFromPipelineByPropertyName = true)
        private String configurationName;

    @Override
    protected void processRecord() {
        if (!(host() instanceof HostSupportsInteractiveSession console)) {
            writeError(hostDoesNotSupportPushRunspace());
            return;
        }
        PSSession target;
        boolean opened = false;
        try {
            target = switch (parameterSetName()) {
                case "Session" -> session;
                case "Id" -> first(select(null, new int[]{id}, null, null));
                case "Name" -> named(select(new String[]{name}, null, null, null));
                case "InstanceId" -> first(select(null, null, new UUID[]{instanceId}, null));
                case "SSHHost" -> {
                    opened = true;
                    List<PSSession> sessions = open(SshTargets.fromHostNames(new String[]{hostName}, userName,
                            keyFilePath, port, subsystem, connectingTimeout, options, sessionState()), null);
                    yield sessions.isEmpty() ? null : sessions.getFirst();
                }
                default -> throw notSupportedParameterSet();
            };
        } catch (PSRuntimeException e) {
            throw argumentError(e);
        }
        if (target == null) {
            return;
        }
        if (target.state() != RunspaceState.Opened) {
            writeError(notOpen(target));
            return;
        }
        console.pushRunspace(new PSSessionRunspace(target, opened, console, host().ui(), () -> remove(target)));
    }

    /** The session found (ids are unique; the error for none is written already). */
    private static PSSession first(List<PSSession> found) {
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The one session a name found (a name with wildcards may find several). */
    private PSSession named(List<PSSession> found) {
        if (found.size() > 1) {
            writeError(errorRecord("Multiple matches found for name " + name + ".",
                    "RemoteRunspaceHasMultipleMatchesForSpecifiedName", ErrorCategory.InvalidArgument, name,
                    "ArgumentException"));
            return null;
        }
        return first(found);
    }

    /** pwsh's error for a session that is broken or closed: with its name and where to find it for -Session. */
    private ErrorRecord notOpen(PSSession target) {
        String message = parameterSetName().equals("Session")
                ? "Cannot enter session " + target.name() + " because it is not in the disconnected state or is not "
                        + "available for connection. Retrieve the remote session using Get-PSSession -ComputerName "
                        + target.computerName() + " -InstanceId " + target.instanceId() + "."
                : "Session must be open.";
        return errorRecord(message, "PushedRunspaceMustBeOpen", ErrorCategory.InvalidArgument, null,
                "ArgumentException");
    }
}
