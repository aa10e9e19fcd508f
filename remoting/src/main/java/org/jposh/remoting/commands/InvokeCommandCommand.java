package org.jposh.remoting.commands;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jposh.grammar.ParseException;
import org.jposh.grammar.ScriptParser;
import org.jposh.grammar.ast.AstSearcher;
import org.jposh.grammar.ast.CommandAst;
import org.jposh.grammar.ast.PipelineAst;
import org.jposh.grammar.ast.ScriptBlockAst;
import org.jposh.grammar.ast.ScriptSource;
import org.jposh.grammar.ast.VariableExpressionAst;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandDiscovery;
import org.jposh.interpreter.commands.CommandProcessorBase;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.ValidateNotNull;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.commands.ValidateSet;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.Hashtable;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PipelineStoppedException;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.UsingExpressions;
import org.jposh.remoting.bridge.PsObjectBridge;
import org.jposh.remoting.psrp.messages.CommandData;
import org.jposh.remoting.psrp.messages.CommandParameter;
import org.jposh.remoting.psrp.messages.HostMethodId;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.PowerShellData;
import org.jposh.remoting.ssh.SshConnectionInfo;
import org.jposh.stdlib.jobs.Job;

/**
 * Invoke-Command: runs a script block here (InProcess) or in sessions: given ones, or temporary ones
 * opened for -HostName / -SSHConnection and closed at the end. The block travels as text, as pwsh
 * sends it: -ArgumentList as its positional arguments, {@code $using:} values as the {@code --%}
 * dictionary, pipeline input as its input ({@code $input}). Output objects come back deserialized
 * with PSComputerName, RunspaceId and PSShowComputerName; remote errors are written as errors,
 * warnings as warnings, Write-Host text to the host. Several sessions run at once, at most
 * -ThrottleLimit (pwsh's default 32). Stopping the command (Ctrl+C) stops the remote pipelines.
 * -AsJob returns a RemoteJob at once ({@link RemoteJob}); -InDisconnectedSession and -RemoteDebug bind
 * but are refused.
 */
@Cmdlet(verb = "Invoke", noun = "Command", defaultParameterSetName = "InProcess")
public final class InvokeCommandCommand extends PSRemotingCmdlet {    

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
        private Map<?, ?>[] SSHConnection;

        @Parameter(parameterSetName = "SSHHost")
        @Parameter(parameterSetName = "FilePathSSHHost")
        @ValidateNotNullOrEmpty
        private Map<?, ?> options;

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
        private ScriptBlock scriptBlock;

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
    
    /** pwsh's default number of sessions a command runs in at once. */
    private static final int DEFAULT_THROTTLE_LIMIT = 32;

    private CommandProcessorBase local;
    private RemoteInvocation remote;
    private List<PSSession> temporary = List.of();
    /** -AsJob: where the job runs, and the pipeline input it will send. */
    private RemoteJob.Targets jobTargets;
    private final List<Object> jobInput = new ArrayList<>();

    @Override
    protected void beginProcessing() {
        if (inDisconnectedSession || remoteDebug) {
            throw throwTerminatingError(errorRecord((inDisconnectedSession ? "-InDisconnectedSession"
                    : "-RemoteDebug") + " is not supported by JPosh yet.",
                    "RemotingNotSupported", ErrorCategory.NotImplemented, null, "PSNotSupportedException"));
        }
        List<PSSession> sessions = null;
        List<SshConnectionInfo> hosts = null;
        try {
            switch (parameterSetName()) {
                case "InProcess" -> { }
                case "Session", "FilePathRunspace" -> sessions = Arrays.asList(session);
                case "SSHHost", "FilePathSSHHost" -> hosts = SshTargets.fromHostNames(hostName, userName, keyFilePath,
                        port, subsystem, connectingTimeout, options, sessionState());
                case "SSHHostHashParam", "FilePathSSHHostHash" -> hosts = SshTargets.fromHashtables(SSHConnection,
                        sessionState());
                default -> throw notSupportedParameterSet();
            }
        } catch (PSRuntimeException e) {
            throw argumentError(e);
        }
        if (asJob) {
            if (hosts != null) {
                checkNetworkAccess();
            }
            jobTargets = new RemoteJob.Targets(sessions, hosts, PSSessionRepository.of(sessionState()),
                    SessionOpener.preference(sessionState()));
            return;
        }
        if (hosts != null) {
            sessions = temporary = open(hosts, null);
        }
        if (sessions == null) {
            startLocal();
        } else if (!sessions.isEmpty()) {
            startRemote(sessions);
        }
    }

    @Override
    protected void processRecord() {
        boolean hasInput = myInvocation().expectingInput();
        if (local != null && hasInput) {
            local.process(inputObject);
        } else if (jobTargets != null && hasInput) {
            jobInput.add(inputObject);
        } else if (remote != null) {
            if (hasInput) {
                remote.input(inputObject);
            }
            remote.drain(this::write);
        }
    }

    @Override
    protected void endProcessing() {
        if (local != null) {
            if (!myInvocation().expectingInput()) {
                local.processWithoutInput();
            }
            local.end();
            return;
        }
        if (jobTargets != null) {
            startJob();
            return;
        }
        try {
            if (remote != null) {
                if (myInvocation().expectingInput()) {
                    remote.endInput();
                }
                awaitRemote();
            }
        } finally {
            for (PSSession s : temporary) {
                remove(s);
            }
        }
    }

    /**
     * -AsJob: a RemoteJob with a child job per computer, returned at once. The pipeline input, which
     * pwsh streams to the job, is collected first and sent when the job starts.
     */
    private void startJob() {
        ScriptBlock block = remoteBlock();
        Function<PSSession, PowerShellData> commands = remoteCommands(block);
        Job job = Job.addWithChildren(sessionState(), jobName, Job.Type.REMOTE, Job.Type.REMOTE_CHILD,
                block.toString(), jobTargets.locations());
        writeObject(RemoteJob.start(job, new RemoteJob.Invocation(commands,
                myInvocation().expectingInput() ? jobInput : null, throttleLimit(), !hideComputerName), jobTargets));
    }

    private void startLocal() {
        CommandArgument[] arguments = new CommandArgument[argumentList == null ? 0 : argumentList.length];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = CommandArgument.positional(argumentList[i], null);
        }
        local = CommandDiscovery.createProcessor(PoshContext.get(null), scriptBlock, noNewScope, arguments, null, 1,
                myInvocation().expectingInput());
        local.setOutput(this::writeObject);
        local.setErrorOutput(error -> writeError((ErrorRecord) error));
        local.begin();
    }

    private void startRemote(List<PSSession> sessions) {
        remote = new RemoteInvocation(sessions, remoteCommands(remoteBlock()), myInvocation().expectingInput(),
                throttleLimit());
        remote.start(this::write);
    }

    private int throttleLimit() {
        return throttleLimit > 0 ? throttleLimit : DEFAULT_THROTTLE_LIMIT;
    }

    /** The block to run: -ScriptBlock, or the text of -FilePath. */
    private ScriptBlock remoteBlock() {
        return filePath != null ? scriptFile() : scriptBlock;
    }

    /**
     * The block as pwsh sends it to a session: its text (with the input handling when input comes),
     * -ArgumentList as its positional arguments, the values of its {@code $using:} expressions (taken
     * here, now) as the {@code --%} dictionary, serialized for each session with its session key.
     */
    private Function<PSSession, PowerShellData> remoteCommands(ScriptBlock block) {
        Map<String, Object> usingValues;
        try {
            usingValues = UsingExpressions.collect(block, sessionState());
        } catch (PSRuntimeException e) {
            throw throwTerminatingError(errorRecord(e, null));
        }
        List<Object> arguments = argumentList == null ? List.of() : Arrays.asList(argumentList);
        String text = myInvocation().expectingInput() ? withInputHandling(block.toString()) : block.toString();
        return session -> {
            List<CommandParameter> parameters = new ArrayList<>();
            for (Object argument : arguments) {
                parameters.add(new CommandParameter(null, RemoteInvocation.serialize(argument, session)));
            }
            if (!usingValues.isEmpty()) {
                Hashtable dictionary = new Hashtable();
                dictionary.putAll(usingValues);
                parameters.add(new CommandParameter(UsingExpressions.PARAMETER_NAME,
                        RemoteInvocation.serialize(dictionary, session)));
            }
            return PowerShellData.of(List.of(CommandData.of(text, true, parameters)));
        };
    }

    /** -FilePath: the script file's text, run as the block (its $using: expressions included). */
    private ScriptBlock scriptFile() {
        Path file = sessionState().resolveFileSystemPath(filePath);
        try {
            return ScriptBlock.create(Files.readString(file));
        } catch (IOException e) {
            throw throwTerminatingError(errorRecord("Cannot find path '" + file + "' because it does not exist.",
                    "PathNotFound", ErrorCategory.ObjectNotFound, filePath, "ItemNotFoundException"));
        }
    }

    /**
     * pwsh's input handling (ScriptBlockAst.GetWithInputHandlingForInvokeCommand): a block that is one
     * pipeline starting with a command, and that does not read $input itself, gets the input piped into
     * that command ({@code $input | command}), so {@code 1..3 | Invoke-Command $s { Measure-Object }}
     * measures the input.
     */
    private static String withInputHandling(String text) {
        ScriptBlockAst ast;
        try {
            ast = ScriptParser.parse(new ScriptSource(null, text));
        } catch (ParseException e) {
            return text;
        }
        if (ast.beginBlock() != null || ast.processBlock() != null || ast.cleanBlock() != null
                || ast.dynamicParamBlock() != null || ast.endBlock() == null
                || ast.endBlock().statements().size() != 1
                || !(ast.endBlock().statements().getFirst() instanceof PipelineAst pipeline)
                || !(pipeline.pipelineElements().getFirst() instanceof CommandAst)) {
            return text;
        }
        for (VariableExpressionAst variable : AstSearcher.findAll(ast, VariableExpressionAst.class)) {
            if (variable.variablePath().userPath().equalsIgnoreCase("input")) {
                return text;
            }
        }
        String param = ast.paramBlock() == null ? "" : ast.paramBlock().extent().text();
        return param + "$input |" + pipeline.extent().text();
    }

    /** Waits for the remote pipelines; a stop of this pipeline (Ctrl+C) is sent on to them as a PSRP stop. */
    private void awaitRemote() {
        try {
            remote.awaitAll(this::write, this::checkStopping);
        } catch (PipelineStoppedException e) {
            stopRemote();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopRemote();
            throw new PipelineStoppedException();
        }
    }

    private void stopRemote() {
        try {
            remote.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sessions whose remote script ran {@code exit}: closed when their pipeline ends. */
    private final Set<PSSession> exiting = new HashSet<>();

    private void write(RemoteInvocation.Event event) {
        PSSession from = event.session();
        if (event instanceof RemoteInvocation.Output output) {
            writeObject(RemoteInvocation.tagged(RemoteInvocation.deserialize(output.value(), from), from,
                    !hideComputerName));
        } else if (event instanceof RemoteInvocation.Error error) {
            writeError(PsObjectBridge.errorRecord(error.record()));
        } else if (event instanceof RemoteInvocation.Warning warning) {
            writeWarning(warning.message());
        } else if (event instanceof RemoteInvocation.Verbose verbose) {
            // As pwsh's PSStreamObject: what the server sent is written again here, so the caller's
            // $VerbosePreference and Invoke-Command's -Verbose decide too (pwsh does not pass them on).
            writeVerbose(verbose.message());
        } else if (event instanceof RemoteInvocation.Debug debug) {
            writeDebug(debug.message());
        } else if (event instanceof RemoteInvocation.Information information) {
            if (!RemoteInvocation.showHostText(information.record(), host().ui())) {
                writeInformation(RemoteInvocation.informationRecord(information.record()));
            }
        } else if (event instanceof RemoteInvocation.Progress progress) {
            host().ui().writeProgress(0, HostCallRunner.progress(progress.record()));
        } else if (event instanceof RemoteInvocation.HostMethodCall call
                && call.call().method() == HostMethodId.SET_SHOULD_EXIT) {
            exiting.add(from);
        } else if (event instanceof RemoteInvocation.HostMethodCall call) {
            HostCallRunner.answer(call, host().ui());
        } else if (event instanceof RemoteInvocation.Finished finished) {
            if (finished.reason() != null && finished.state() == PSInvocationState.FAILED) {
                writeError(PsObjectBridge.errorRecord(finished.reason()));
            }
            if (exiting.remove(from)) {
                close(from);
            }
        }
    }

    /**
     * pwsh's cmdlet case of SetShouldExit: {@code exit} in the remote script closes the session
     * (ClientMethodExecutor closes the runspace pool), once its pipeline has ended.
     */
    private void close(PSSession session) {
        try {
            SessionOpener.close(session);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineStoppedException();
        }
    }

}
