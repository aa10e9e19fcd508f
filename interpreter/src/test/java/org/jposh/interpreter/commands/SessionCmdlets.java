package org.jposh.interpreter.commands;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.jposh.interpreter.commands.BinderTestSupport.TestScriptBlock;
import org.jposh.interpreter.commands.SessionTypes.AuthenticationMechanism;
import org.jposh.interpreter.commands.SessionTypes.CimInstance;
import org.jposh.interpreter.commands.SessionTypes.CimSession;
import org.jposh.interpreter.commands.SessionTypes.CimSessionOptions;
import org.jposh.interpreter.commands.SessionTypes.CredentialTransformation;
import org.jposh.interpreter.commands.SessionTypes.OutTarget;
import org.jposh.interpreter.commands.SessionTypes.OutputBufferingMode;
import org.jposh.interpreter.commands.SessionTypes.PSCredential;
import org.jposh.interpreter.commands.SessionTypes.PSSession;
import org.jposh.interpreter.commands.SessionTypes.PSSessionOption;
import org.jposh.interpreter.commands.SessionTypes.PasswordAuthenticationMechanism;
import org.jposh.interpreter.commands.SessionTypes.ProxyAccessType;
import org.jposh.interpreter.commands.SessionTypes.SessionFilterState;

/**
 * The session cmdlets with exactly the parameter metadata /work/shared/spec/paramsets.md lists (the
 * Windows lists, as JPosh has them everywhere). Only the metadata matters here: the cmdlets do nothing.
 * PSObject parameters are Object (the runtime has no PSObject yet); [hashtable] is Map.
 */
@SuppressWarnings({"unused", "rawtypes"})
final class SessionCmdlets {
    private SessionCmdlets() {
    }

    @Cmdlet(verb = "New", noun = "PSSession", defaultParameterSetName = "ComputerName")
    static final class NewPSSessionCommand extends PSCmdlet {
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
        private Map[] SSHConnection;

        @Parameter(parameterSetName = "SSHHost")
        @ValidateNotNullOrEmpty
        private Map options;

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
    }

    @Cmdlet(verb = "Enter", noun = "PSSession", defaultParameterSetName = "ComputerName")
    static final class EnterPSSessionCommand extends PSCmdlet {
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
        private Map options;

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
    }

    @Cmdlet(verb = "Exit", noun = "PSSession")
    static final class ExitPSSessionCommand extends PSCmdlet {
    }

    @Cmdlet(verb = "Get", noun = "PSSession", defaultParameterSetName = "Name")
    static final class GetPSSessionCommand extends PSCmdlet {
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
    }

    @Cmdlet(verb = "Remove", noun = "PSSession", defaultParameterSetName = "Id", supportsShouldProcess = true)
    static final class RemovePSSessionCommand extends PSCmdlet {
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
    }

    @Cmdlet(verb = "Invoke", noun = "Command", defaultParameterSetName = "InProcess")
    static final class InvokeCommandCommand extends PSCmdlet {
        @Parameter(parameterSetName = "Session", position = 0)
        @Parameter(parameterSetName = "FilePathRunspace", position = 0)
        @ValidateNotNullOrEmpty
        private PSSession[] session;

        @Parameter(parameterSetName = "ComputerName", position = 0)
        @Parameter(parameterSetName = "FilePathComputerName", position = 0)
        @Alias("Cn")
        @ValidateNotNullOrEmpty
        private String[] computerName;

        @Parameter(parameterSetName = "VMId", position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "FilePathVMId", position = 0, mandatory = true,
                valueFromPipelineByPropertyName = true)
        @Alias("VMGuid")
        @ValidateNotNullOrEmpty
        private UUID[] VMId;

        @Parameter(parameterSetName = "VMName", mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "FilePathVMName", mandatory = true, valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private String[] VMName;

        @Parameter(parameterSetName = "ComputerName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "FilePathComputerName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMId", mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "FilePathVMId", mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMName", mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "FilePathVMName", mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "Uri", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "FilePathUri", valueFromPipelineByPropertyName = true)
        @TransformArgument(CredentialTransformation.class)
        private PSCredential credential;

        @Parameter(parameterSetName = "ContainerId", mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "FilePathContainerId", mandatory = true, valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private String[] containerId;

        @Parameter(parameterSetName = "ContainerId")
        @Parameter(parameterSetName = "FilePathContainerId")
        private boolean runAsAdministrator;

        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "FilePathComputerName")
        @Parameter(parameterSetName = "SSHHost")
        @ValidateRange(min = 1, max = 65535)
        private int port;

        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "FilePathComputerName")
        private boolean useSSL;

        @Parameter(parameterSetName = "ComputerName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "FilePathComputerName", valueFromPipelineByPropertyName = true)
        private String applicationName;

        @Parameter(parameterSetName = "Session")
        @Parameter(parameterSetName = "FilePathRunspace")
        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "FilePathComputerName")
        @Parameter(parameterSetName = "VMId")
        @Parameter(parameterSetName = "FilePathVMId")
        @Parameter(parameterSetName = "VMName")
        @Parameter(parameterSetName = "FilePathVMName")
        @Parameter(parameterSetName = "Uri")
        @Parameter(parameterSetName = "FilePathUri")
        @Parameter(parameterSetName = "ContainerId")
        @Parameter(parameterSetName = "FilePathContainerId")
        private int throttleLimit;

        @Parameter(parameterSetName = "Uri", position = 0)
        @Parameter(parameterSetName = "FilePathUri", position = 0)
        @Alias({"URI", "CU"})
        @ValidateNotNullOrEmpty
        private URI[] connectionUri;

        @Parameter(parameterSetName = "Uri")
        @Parameter(parameterSetName = "FilePathUri")
        private boolean allowRedirection;

        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "FilePathComputerName")
        @Parameter(parameterSetName = "Uri")
        @Parameter(parameterSetName = "FilePathUri")
        private PSSessionOption sessionOption;

        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "FilePathComputerName")
        @Parameter(parameterSetName = "Uri")
        @Parameter(parameterSetName = "FilePathUri")
        private AuthenticationMechanism authentication;

        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "Uri")
        private String certificateThumbprint;

        @Parameter(parameterSetName = "SSHHost", mandatory = true)
        @Parameter(parameterSetName = "FilePathSSHHost", mandatory = true)
        @ValidateNotNullOrEmpty
        private String[] hostName;

        @Parameter(parameterSetName = "SSHHost")
        @Parameter(parameterSetName = "FilePathSSHHost")
        @ValidateNotNullOrEmpty
        private String userName;

        @Parameter(parameterSetName = "SSHHost")
        @Parameter(parameterSetName = "FilePathSSHHost")
        @Alias("IdentityFilePath")
        @ValidateNotNullOrEmpty
        private String keyFilePath;

        @Parameter(parameterSetName = "SSHHost")
        @Parameter(parameterSetName = "FilePathSSHHost")
        private String subsystem;

        @Parameter(parameterSetName = "SSHHost")
        @Parameter(parameterSetName = "FilePathSSHHost")
        private int connectingTimeout;

        @Parameter(parameterSetName = "SSHHost")
        @Parameter(parameterSetName = "FilePathSSHHost")
        @ValidateSet("true")
        private boolean SSHTransport;

        @Parameter(parameterSetName = "SSHHostHashParam", mandatory = true)
        @Parameter(parameterSetName = "FilePathSSHHostHash", mandatory = true)
        @ValidateNotNullOrEmpty
        private Map[] SSHConnection;

        @Parameter(parameterSetName = "SSHHost")
        @Parameter(parameterSetName = "FilePathSSHHost")
        @ValidateNotNullOrEmpty
        private Map options;

        @Parameter(valueFromPipeline = true)
        private Object inputObject;

        @Parameter(parameterSetName = "FilePathRunspace", position = 1, mandatory = true)
        @Parameter(parameterSetName = "FilePathComputerName", position = 1, mandatory = true)
        @Parameter(parameterSetName = "FilePathVMId", position = 1, mandatory = true)
        @Parameter(parameterSetName = "FilePathVMName", position = 1, mandatory = true)
        @Parameter(parameterSetName = "FilePathUri", position = 1, mandatory = true)
        @Parameter(parameterSetName = "FilePathContainerId", position = 1, mandatory = true)
        @Parameter(parameterSetName = "FilePathSSHHost", mandatory = true)
        @Parameter(parameterSetName = "FilePathSSHHostHash", mandatory = true)
        @Alias("PSPath")
        @ValidateNotNull
        private String filePath;

        @Parameter
        @Alias("Args")
        private Object[] argumentList;

        @Parameter(parameterSetName = "ComputerName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "FilePathComputerName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMId", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "FilePathVMId", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "VMName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "FilePathVMName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "Uri", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "FilePathUri", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ContainerId", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "FilePathContainerId", valueFromPipelineByPropertyName = true)
        private String configurationName;

        @Parameter(parameterSetName = "Session", position = 1, mandatory = true)
        @Parameter(parameterSetName = "ComputerName", position = 1, mandatory = true)
        @Parameter(parameterSetName = "VMId", position = 1, mandatory = true)
        @Parameter(parameterSetName = "VMName", position = 1, mandatory = true)
        @Parameter(parameterSetName = "Uri", position = 1, mandatory = true)
        @Parameter(parameterSetName = "ContainerId", position = 1, mandatory = true)
        @Parameter(parameterSetName = "SSHHost", position = 1, mandatory = true)
        @Parameter(parameterSetName = "SSHHostHashParam", position = 1, mandatory = true)
        @Parameter(parameterSetName = "InProcess", position = 0, mandatory = true)
        @Alias("Command")
        @ValidateNotNull
        private TestScriptBlock scriptBlock;

        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "FilePathComputerName")
        @Parameter(parameterSetName = "Uri")
        @Parameter(parameterSetName = "FilePathUri")
        private boolean enableNetworkAccess;

        @Parameter(parameterSetName = "Session")
        @Parameter(parameterSetName = "FilePathRunspace")
        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "FilePathComputerName")
        @Parameter(parameterSetName = "VMId")
        @Parameter(parameterSetName = "FilePathVMId")
        @Parameter(parameterSetName = "VMName")
        @Parameter(parameterSetName = "FilePathVMName")
        @Parameter(parameterSetName = "Uri")
        @Parameter(parameterSetName = "FilePathUri")
        @Parameter(parameterSetName = "ContainerId")
        @Parameter(parameterSetName = "FilePathContainerId")
        @Parameter(parameterSetName = "SSHHost")
        @Parameter(parameterSetName = "FilePathSSHHost")
        @Parameter(parameterSetName = "SSHHostHashParam")
        @Parameter(parameterSetName = "FilePathSSHHostHash")
        private boolean asJob;

        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "FilePathComputerName")
        @Parameter(parameterSetName = "Uri")
        @Parameter(parameterSetName = "FilePathUri")
        @Alias("Disconnected")
        private boolean inDisconnectedSession;

        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "FilePathComputerName")
        @ValidateNotNullOrEmpty
        private String[] sessionName;

        @Parameter(parameterSetName = "Session")
        @Parameter(parameterSetName = "FilePathRunspace")
        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "FilePathComputerName")
        @Parameter(parameterSetName = "VMId")
        @Parameter(parameterSetName = "FilePathVMId")
        @Parameter(parameterSetName = "VMName")
        @Parameter(parameterSetName = "FilePathVMName")
        @Parameter(parameterSetName = "Uri")
        @Parameter(parameterSetName = "FilePathUri")
        @Parameter(parameterSetName = "ContainerId")
        @Parameter(parameterSetName = "FilePathContainerId")
        @Parameter(parameterSetName = "SSHHost")
        @Parameter(parameterSetName = "FilePathSSHHost")
        @Parameter(parameterSetName = "SSHHostHashParam")
        @Parameter(parameterSetName = "FilePathSSHHostHash")
        @Alias("HCN")
        private boolean hideComputerName;

        @Parameter(parameterSetName = "Session")
        @Parameter(parameterSetName = "FilePathRunspace")
        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "FilePathComputerName")
        @Parameter(parameterSetName = "Uri")
        @Parameter(parameterSetName = "FilePathUri")
        @Parameter(parameterSetName = "ContainerId")
        @Parameter(parameterSetName = "FilePathContainerId")
        @Parameter(parameterSetName = "SSHHost")
        @Parameter(parameterSetName = "SSHHostHashParam")
        private String jobName;

        @Parameter(parameterSetName = "InProcess")
        private boolean noNewScope;

        @Parameter(parameterSetName = "Session")
        @Parameter(parameterSetName = "FilePathRunspace")
        @Parameter(parameterSetName = "ComputerName")
        @Parameter(parameterSetName = "FilePathComputerName")
        @Parameter(parameterSetName = "VMId")
        @Parameter(parameterSetName = "FilePathVMId")
        @Parameter(parameterSetName = "VMName")
        @Parameter(parameterSetName = "FilePathVMName")
        @Parameter(parameterSetName = "Uri")
        @Parameter(parameterSetName = "FilePathUri")
        @Parameter(parameterSetName = "ContainerId")
        @Parameter(parameterSetName = "FilePathContainerId")
        @Parameter(parameterSetName = "SSHHost")
        @Parameter(parameterSetName = "FilePathSSHHost")
        @Parameter(parameterSetName = "SSHHostHashParam")
        @Parameter(parameterSetName = "FilePathSSHHostHash")
        private boolean remoteDebug;
    }

    /** What Disconnect-PSSession inherits: it hides ComputerName by redeclaring it without [Parameter]. */
    abstract static class RunspaceCmdletBase extends PSCmdlet {
        @Parameter(parameterSetName = "ComputerName", position = 0, mandatory = true)
        private String[] computerName;
    }

    @Cmdlet(verb = "Disconnect", noun = "PSSession", defaultParameterSetName = "Session", supportsShouldProcess = true)
    static final class DisconnectPSSessionCommand extends RunspaceCmdletBase {
        private String[] computerName;

        @Parameter(parameterSetName = "InstanceId", mandatory = true, valueFromPipelineByPropertyName = true)
        @ValidateNotNull
        private UUID[] instanceId;

        @Parameter(parameterSetName = "Id", position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
        @ValidateNotNull
        private int[] id;

        @Parameter(parameterSetName = "Name", mandatory = true, valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private String[] name;

        @Parameter(parameterSetName = "Session", position = 0, mandatory = true, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private PSSession[] session;

        @Parameter(parameterSetName = "InstanceId")
        @Parameter(parameterSetName = "Id")
        @Parameter(parameterSetName = "Name")
        @Parameter(parameterSetName = "Session")
        @ValidateRange(min = 0, max = Integer.MAX_VALUE)
        private int idleTimeoutSec;

        @Parameter(parameterSetName = "InstanceId")
        @Parameter(parameterSetName = "Id")
        @Parameter(parameterSetName = "Name")
        @Parameter(parameterSetName = "Session")
        private OutputBufferingMode outputBufferingMode;

        @Parameter(parameterSetName = "InstanceId")
        @Parameter(parameterSetName = "Id")
        @Parameter(parameterSetName = "Name")
        @Parameter(parameterSetName = "Session")
        private int throttleLimit;
    }

    @Cmdlet(verb = "Receive", noun = "PSSession", defaultParameterSetName = "Session", supportsShouldProcess = true)
    static final class ReceivePSSessionCommand extends PSCmdlet {
        @Parameter(parameterSetName = "Session", position = 0, mandatory = true, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private PSSession session;

        @Parameter(parameterSetName = "Id", position = 0, mandatory = true, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        private int id;

        @Parameter(parameterSetName = "ComputerSessionName", position = 0, mandatory = true,
                valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ComputerInstanceId", position = 0, mandatory = true,
                valueFromPipelineByPropertyName = true)
        @Alias("Cn")
        @ValidateNotNullOrEmpty
        private String computerName;

        @Parameter(parameterSetName = "ComputerSessionName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ComputerInstanceId", valueFromPipelineByPropertyName = true)
        private String applicationName;

        @Parameter(parameterSetName = "ComputerSessionName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ComputerInstanceId", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ConnectionUriSessionName", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ConnectionUriInstanceId", valueFromPipelineByPropertyName = true)
        private String configurationName;

        @Parameter(parameterSetName = "ConnectionUriSessionName", position = 0, mandatory = true,
                valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ConnectionUriInstanceId", position = 0, mandatory = true,
                valueFromPipelineByPropertyName = true)
        @Alias({"URI", "CU"})
        @ValidateNotNullOrEmpty
        private URI connectionUri;

        @Parameter(parameterSetName = "ConnectionUriSessionName")
        @Parameter(parameterSetName = "ConnectionUriInstanceId")
        private boolean allowRedirection;

        @Parameter(parameterSetName = "ComputerInstanceId", mandatory = true)
        @Parameter(parameterSetName = "ConnectionUriInstanceId", mandatory = true)
        @Parameter(parameterSetName = "InstanceId", position = 0, mandatory = true, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private UUID instanceId;

        @Parameter(parameterSetName = "ComputerSessionName", mandatory = true)
        @Parameter(parameterSetName = "ConnectionUriSessionName", mandatory = true)
        @Parameter(parameterSetName = "SessionName", position = 0, mandatory = true, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        @ValidateNotNullOrEmpty
        private String name;

        @Parameter(parameterSetName = "Session")
        @Parameter(parameterSetName = "Id")
        @Parameter(parameterSetName = "ComputerSessionName")
        @Parameter(parameterSetName = "ComputerInstanceId")
        @Parameter(parameterSetName = "ConnectionUriSessionName")
        @Parameter(parameterSetName = "ConnectionUriInstanceId")
        @Parameter(parameterSetName = "InstanceId")
        @Parameter(parameterSetName = "SessionName")
        private OutTarget outTarget;

        @Parameter(parameterSetName = "Session")
        @Parameter(parameterSetName = "Id")
        @Parameter(parameterSetName = "ComputerSessionName")
        @Parameter(parameterSetName = "ComputerInstanceId")
        @Parameter(parameterSetName = "ConnectionUriSessionName")
        @Parameter(parameterSetName = "ConnectionUriInstanceId")
        @Parameter(parameterSetName = "InstanceId")
        @Parameter(parameterSetName = "SessionName")
        @ValidateNotNullOrEmpty
        private String jobName;

        @Parameter(parameterSetName = "ComputerSessionName")
        @Parameter(parameterSetName = "ComputerInstanceId")
        @Parameter(parameterSetName = "ConnectionUriSessionName")
        @Parameter(parameterSetName = "ConnectionUriInstanceId")
        @TransformArgument(CredentialTransformation.class)
        private PSCredential credential;

        @Parameter(parameterSetName = "ComputerSessionName")
        @Parameter(parameterSetName = "ComputerInstanceId")
        @Parameter(parameterSetName = "ConnectionUriSessionName")
        @Parameter(parameterSetName = "ConnectionUriInstanceId")
        private AuthenticationMechanism authentication;

        @Parameter(parameterSetName = "ComputerSessionName")
        @Parameter(parameterSetName = "ComputerInstanceId")
        @Parameter(parameterSetName = "ConnectionUriSessionName")
        @Parameter(parameterSetName = "ConnectionUriInstanceId")
        private String certificateThumbprint;

        @Parameter(parameterSetName = "ComputerSessionName")
        @Parameter(parameterSetName = "ComputerInstanceId")
        @ValidateRange(min = 1, max = 65535)
        private int port;

        @Parameter(parameterSetName = "ComputerSessionName")
        @Parameter(parameterSetName = "ComputerInstanceId")
        private boolean useSSL;

        @Parameter(parameterSetName = "ComputerSessionName")
        @Parameter(parameterSetName = "ComputerInstanceId")
        @Parameter(parameterSetName = "ConnectionUriSessionName")
        @Parameter(parameterSetName = "ConnectionUriInstanceId")
        private PSSessionOption sessionOption;
    }

    /** New-PSSessionOption with the Windows parameter list, which JPosh has on every platform. */
    @Cmdlet(verb = "New", noun = "PSSessionOption")
    static final class NewPSSessionOptionCommand extends PSCmdlet {
        @Parameter
        private int maximumRedirection;

        @Parameter
        private boolean noCompression;

        @Parameter
        private boolean noMachineProfile;

        @Parameter
        @ValidateNotNull
        private String culture;

        @Parameter
        @ValidateNotNull
        private String UICulture;

        @Parameter
        private int maximumReceivedDataSizePerCommand;

        @Parameter
        private int maximumReceivedObjectSize;

        @Parameter
        private OutputBufferingMode outputBufferingMode;

        @Parameter
        @ValidateRange(min = 0, max = Integer.MAX_VALUE)
        private int maxConnectionRetryCount;

        @Parameter
        @ValidateNotNull
        private Map applicationArguments;

        @Parameter
        @Alias("OpenTimeoutMSec")
        @ValidateRange(min = 0, max = Integer.MAX_VALUE)
        private int openTimeout;

        @Parameter
        @Alias("CancelTimeoutMSec")
        @ValidateRange(min = 0, max = Integer.MAX_VALUE)
        private int cancelTimeout;

        @Parameter
        @Alias("IdleTimeoutMSec")
        @ValidateRange(min = -1, max = Integer.MAX_VALUE)
        private int idleTimeout;

        @Parameter
        @ValidateNotNullOrEmpty
        private ProxyAccessType proxyAccessType;

        @Parameter
        private AuthenticationMechanism proxyAuthentication;

        @Parameter
        @ValidateNotNullOrEmpty
        @TransformArgument(CredentialTransformation.class)
        private PSCredential proxyCredential;

        @Parameter
        private boolean skipCACheck;

        @Parameter
        private boolean skipCNCheck;

        @Parameter
        private boolean skipRevocationCheck;

        @Parameter
        @Alias("OperationTimeoutMSec")
        @ValidateRange(min = 0, max = Integer.MAX_VALUE)
        private int operationTimeout;

        @Parameter
        private boolean noEncryption;

        @Parameter
        private boolean useUTF16;

        @Parameter
        private boolean includePortInSPN;
    }

    /** New-PSSessionOption as pwsh declares it on Linux and macOS (everything else is Windows-only there). */
    @Cmdlet(verb = "New", noun = "PSSessionOption", dotNetTypeName = "Microsoft.PowerShell.Commands.NewPSSessionOptionCommand")
    static final class UnixNewPSSessionOptionCommand extends PSCmdlet {
        @Parameter
        private boolean skipCACheck;

        @Parameter
        private boolean skipCNCheck;
    }

    @Cmdlet(verb = "New", noun = "CimSession", defaultParameterSetName = "CredentialParameterSet")
    static final class NewCimSessionCommand extends PSCmdlet {
        @Parameter(parameterSetName = "CredentialParameterSet", valueFromPipelineByPropertyName = true)
        private PasswordAuthenticationMechanism authentication;

        @Parameter(parameterSetName = "CredentialParameterSet", position = 1)
        @TransformArgument(CredentialTransformation.class)
        private PSCredential credential;

        @Parameter(parameterSetName = "CertificateParameterSet", valueFromPipelineByPropertyName = true)
        private String certificateThumbprint;

        @Parameter(position = 0, valueFromPipelineByPropertyName = true)
        @Alias({"CN", "ServerName"})
        @ValidateNotNullOrEmpty
        private String[] computerName;

        @Parameter(valueFromPipelineByPropertyName = true)
        private String name;

        @Parameter(valueFromPipelineByPropertyName = true)
        @Alias("OT")
        private long operationTimeoutSec;

        @Parameter(valueFromPipelineByPropertyName = true)
        private boolean skipTestConnection;

        @Parameter(valueFromPipelineByPropertyName = true)
        private long port;

        @Parameter(valueFromPipelineByPropertyName = true)
        private CimSessionOptions sessionOption;
    }

    @Cmdlet(verb = "Get", noun = "CimInstance", defaultParameterSetName = "ClassNameComputerSet")
    static final class GetCimInstanceCommand extends PSCmdlet {
        @Parameter(parameterSetName = "CimInstanceSessionSet", mandatory = true, valueFromPipeline = true)
        @Parameter(parameterSetName = "QuerySessionSet", mandatory = true, valueFromPipeline = true)
        @Parameter(parameterSetName = "ClassNameSessionSet", mandatory = true, valueFromPipeline = true)
        @Parameter(parameterSetName = "ResourceUriSessionSet", mandatory = true, valueFromPipeline = true)
        private CimSession[] cimSession;

        @Parameter(parameterSetName = "ClassNameSessionSet", position = 0, mandatory = true,
                valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ClassNameComputerSet", position = 0, mandatory = true,
                valueFromPipelineByPropertyName = true)
        private String className;

        @Parameter(parameterSetName = "CimInstanceSessionSet")
        @Parameter(parameterSetName = "QuerySessionSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ResourceUriSessionSet", mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ResourceUriComputerSet", mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "CimInstanceComputerSet")
        @Parameter(parameterSetName = "QueryComputerSet", valueFromPipelineByPropertyName = true)
        private URI resourceUri;

        @Parameter(parameterSetName = "ClassNameComputerSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ResourceUriComputerSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "CimInstanceComputerSet")
        @Parameter(parameterSetName = "QueryComputerSet", valueFromPipelineByPropertyName = true)
        @Alias({"CN", "ServerName"})
        private String[] computerName;

        @Parameter(parameterSetName = "ClassNameSessionSet")
        @Parameter(parameterSetName = "ResourceUriSessionSet")
        @Parameter(parameterSetName = "ClassNameComputerSet")
        @Parameter(parameterSetName = "ResourceUriComputerSet")
        private boolean keyOnly;

        @Parameter(parameterSetName = "QuerySessionSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ClassNameSessionSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ResourceUriSessionSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ClassNameComputerSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ResourceUriComputerSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "QueryComputerSet", valueFromPipelineByPropertyName = true)
        private String namespace;

        @Parameter
        @Alias("OT")
        private long operationTimeoutSec;

        @Parameter(parameterSetName = "CimInstanceSessionSet", position = 0, mandatory = true, valueFromPipeline = true)
        @Parameter(parameterSetName = "CimInstanceComputerSet", position = 0, mandatory = true, valueFromPipeline = true)
        @Alias("CimInstance")
        private CimInstance inputObject;

        @Parameter(parameterSetName = "QuerySessionSet", mandatory = true, valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "QueryComputerSet", mandatory = true, valueFromPipelineByPropertyName = true)
        private String query;

        @Parameter(parameterSetName = "QuerySessionSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ClassNameSessionSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ClassNameComputerSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "QueryComputerSet", valueFromPipelineByPropertyName = true)
        private String queryDialect;

        @Parameter(parameterSetName = "QuerySessionSet")
        @Parameter(parameterSetName = "ClassNameSessionSet")
        @Parameter(parameterSetName = "ResourceUriSessionSet")
        @Parameter(parameterSetName = "ClassNameComputerSet")
        @Parameter(parameterSetName = "ResourceUriComputerSet")
        @Parameter(parameterSetName = "QueryComputerSet")
        private boolean shallow;

        @Parameter(parameterSetName = "ClassNameSessionSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ResourceUriSessionSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ClassNameComputerSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ResourceUriComputerSet", valueFromPipelineByPropertyName = true)
        private String filter;

        @Parameter(parameterSetName = "ClassNameSessionSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ResourceUriSessionSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ClassNameComputerSet", valueFromPipelineByPropertyName = true)
        @Parameter(parameterSetName = "ResourceUriComputerSet", valueFromPipelineByPropertyName = true)
        @Alias("SelectProperties")
        private String[] property;
    }
}
