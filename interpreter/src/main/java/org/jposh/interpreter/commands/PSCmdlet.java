package org.jposh.interpreter.commands;

import com.oracle.truffle.api.TruffleSafepoint;
import java.util.List;
import java.util.Map;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.Runspace;
import org.jposh.interpreter.host.HostException;
import org.jposh.interpreter.host.PSHost;
import org.jposh.interpreter.host.ProgressRecord;
import org.jposh.interpreter.runtime.CommandOutputPipe;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ExceptionTypes;
import org.jposh.interpreter.runtime.InformationRecord;
import org.jposh.interpreter.runtime.InformationalRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.Streams;

/**
 * The base of cmdlets written in Java. The binder sets the annotated parameter fields, then the
 * pipeline calls {@link #beginProcessing}, {@link #processRecord} once per input object (once with
 * no input for the first command of a pipeline) and {@link #endProcessing}.
 */
public abstract class PSCmdlet {
    private PoshContext context;
    private ParameterBinder binder;
    private CommandMetadata metadata;
    private Extent extent;
    private SessionStateScope scope;
    private Pipe output;
    private Pipe rawOutput;
    private Streams streams;
    /** Whether the command has stream redirections of its own ({@code 2>$null}, {@code 2>&1}). */
    private boolean redirected;
    private StreamPreferences preferences;
    private CommandProcessorBase processor;
    private ShouldProcessRuntime shouldProcess;

    final void setContext(PoshContext context, SessionStateScope scope, ParameterBinder binder,
                          CommandMetadata metadata, Extent extent) {
        this.context = context;
        this.scope = scope;
        this.binder = binder;
        this.metadata = metadata;
        this.extent = extent;
        this.streams = context.streams();
    }

    /**
     * After binding: what the common parameters and preference variables ask of the streams; {@code warningsContinue}
     * when the user answered Yes to All to a warning of the binder, which holds for the command's own warnings.
     */
    final void setUpStreams(boolean warningsContinue) {
        preferences = new StreamPreferences(commonParameters(), scope);
        if (warningsContinue) {
            preferences.continueAll("WarningPreference");
        }
    }

    final void setProcessor(CommandProcessorBase processor) {
        this.processor = processor;
    }

    final void setOutput(Pipe output) {
        // the commands downstream run with the pipeline's streams, not this command's redirections
        Streams pipelineStreams = context.streams();
        this.rawOutput = !redirected ? output : value -> {
            Streams own = context.streams();
            context.setStreams(pipelineStreams);
            try {
                output.write(value);
            } finally {
                context.setStreams(own);
            }
        };
        this.output = preferences.output(rawOutput);
    }

    final void setErrorOutput(Pipe errorOutput) {
        this.streams = streams.with(2, errorOutput);
    }

    final void redirectStream(int stream, Pipe pipe) {
        this.streams = streams.with(stream, pipe);
        redirected = true;
    }

    /** Merged records go to the output as it is when they are written, bypassing -OutVariable as in pwsh. */
    final void mergeStreamIntoOutput(int stream) {
        this.streams = streams.with(stream, value -> rawOutput.write(value));
        redirected = true;
    }

    /**
     * Puts the command's redirections in force for the script blocks it runs during a step (begin, process, end),
     * as they are for its own records: {@code % { Write-Error x } 2>$null} hides the error. Returns the streams to
     * put back with {@link #exitRedirections}, or null when the command has no redirections.
     */
    final Streams enterRedirections() {
        if (!redirected) {
            return null;
        }
        Streams previous = context.streams();
        context.setStreams(streams);
        return previous;
    }

    final void exitRedirections(Streams previous) {
        if (previous != null) {
            context.setStreams(previous);
        }
    }

    /** The host the session runs in, for cmdlets that talk to the user directly. */
    protected final PSHost host() {
        return context.host();
    }

    /**
     * A new runspace inside this session (Start-Job): its own session state, the same access as this
     * one, non-interactive, its host writing to {@code hostOutput}; it runs on a thread of its own
     * ({@link Runspace#newThread}).
     *
     * @throws IllegalStateException when the host does not allow this session to create threads
     */
    protected final Runspace openChildRunspace(java.io.OutputStream hostOutput) {
        return Runspace.openChild(context, hostOutput);
    }

    /**
     * The session the command runs in ($ExecutionContext.SessionState): its current location, location
     * stacks, variables and commands.
     */
    protected final SessionState sessionState() {
        return context.sessionState();
    }

    /** The parameter set the arguments selected ($PSCmdlet.ParameterSetName). */
    protected final String parameterSetName() {
        return binder.parameterSetName();
    }

    /** The command and its place in the pipeline ($MyInvocation): whether input is coming, for instance. */
    protected final InvocationInfo myInvocation() {
        return binder.invocation();
    }

    /**
     * Where the command was invoked: the position of errors it reports on behalf of the commands a script
     * cmdlet of pwsh would call (New-Item inside Expand-Archive), which name themselves.
     */
    protected final Extent invocationExtent() {
        return extent;
    }

    /** The parameters given and their values ($PSBoundParameters). */
    protected final Map<String, Object> boundParameters() {
        return binder.boundParameters();
    }

    /** -Verbose, -ErrorAction, -WhatIf and the other common parameters, null where not given. */
    protected final CommonParameters commonParameters() {
        return binder.commonParameters();
    }

    /** -IncludeTotalCount, -Skip and -First, for cmdlets declaring {@code supportsPaging}. */
    protected final PagingParameters pagingParameters() {
        return binder.pagingParameters();
    }

    /**
     * ShouldProcess: whether the command may change {@code target}. With -WhatIf, or $WhatIfPreference
     * set in the command's scope, it prints pwsh's "What if: Performing the operation ... on target ..."
     * on the host and answers false, so nothing changes; when the command's ConfirmImpact reaches
     * $ConfirmPreference (or -Confirm was given) it asks the user through the host. {@code action} is
     * what the change is called ("Remove File"); pwsh uses the command's name when a command gives none.
     * A host that cannot ask (non-interactive) stops the command with pwsh's error.
     */
    protected final boolean shouldProcess(String target, String action) {
        try {
            return shouldProcessRuntime().shouldProcess(ShouldProcessRuntime.operationDescription(target, action),
                    null, null);
        } catch (HostException e) {
            throw throwTerminatingError(errorRecord(e, null));
        }
    }

    /**
     * ShouldContinue: asks {@code query} under {@code caption} ("Confirm" when null) whatever -Confirm and
     * the preferences say, offering Yes to All and No to All, which {@code toAll} (yes-to-all, no-to-all)
     * remembers for the caller's next questions. A host that cannot ask stops the command with pwsh's error.
     */
    protected final boolean shouldContinue(String query, String caption, boolean[] toAll) {
        try {
            return shouldProcessRuntime().shouldContinue(query, caption, false, toAll);
        } catch (HostException e) {
            throw throwTerminatingError(errorRecord(e, null));
        }
    }

    /** {@link #shouldProcess(String, String)} with the command's name as the action. */
    protected final boolean shouldProcess(String target) {
        return shouldProcess(target, metadata.name());
    }

    private ShouldProcessRuntime shouldProcessRuntime() {
        if (shouldProcess == null) {
            shouldProcess = new ShouldProcessRuntime(metadata, commonParameters(), scope, host().ui(),
                    context.internalHost(), this::writeVerbose);
        }
        return shouldProcess;
    }

    protected void beginProcessing() {
    }

    protected void processRecord() {
    }

    protected void endProcessing() {
    }

    /**
     * Called instead of endProcessing when the pipeline ends before this command has (Ctrl+C, Stop-Job,
     * a terminating error elsewhere in the pipeline, a command downstream that wants no more input):
     * a command that started work of its own (threads, runspaces) stops it here (pwsh's StopProcessing).
     */
    protected void stopProcessing() {
    }

    final void stop() {
        stopProcessing();
    }

    /**
     * The pipe this command's output goes to, for the script blocks it runs: writing there is writeObject,
     * and the errors those blocks record reach the -ErrorVariable lists of the commands this one writes
     * into, as in pwsh, where such script blocks share the command's output pipe.
     */
    protected final Pipe output() {
        return output;
    }

    /** Writes one object to the pipeline. */
    protected final void writeObject(Object value) {
        output.write(value);
    }

    /** Writes an object to the pipeline, unrolling it one level first when {@code enumerateCollection} is set. */
    protected final void writeObject(Object value, boolean enumerateCollection) {
        if (enumerateCollection) {
            LanguagePrimitives.writeEnumerated(output, value);
        } else {
            output.write(value);
        }
    }

    /**
     * Writes a non-terminating error, as -ErrorAction or $ErrorActionPreference say: Continue writes it
     * to the error stream and records it in $Error and -ErrorVariable; SilentlyContinue only records it;
     * Ignore drops it; Stop makes it a terminating error that ends the script unless caught; Inquire asks
     * the user first, with the error's message.
     */
    protected final void writeError(ErrorRecord error) {
        error.setInvocationIfAbsent(metadata.name(), extent);
        processor.failPipeline(context);
        ActionPreference preference = preferences.error();
        if (preference == ActionPreference.Ignore) {
            return;
        }
        if (preference == ActionPreference.Stop) {
            throw PoshException.preferenceStop(error);
        }
        if (preference == ActionPreference.Inquire) {
            inquire("ErrorActionPreference", error.toString());
        }
        context.sessionState().recordError(error);
        preferences.recordError(error);
        CommandOutputPipe.recordError(output, error);
        if (preference != ActionPreference.SilentlyContinue) {
            streams.error().write(error);
        }
    }

    /**
     * Runs script text in the session as a nested pipeline, its output written as this command's
     * output (what Invoke-History does with a command line).
     *
     * @throws org.jposh.interpreter.runtime.PoshParseError when the text does not parse
     */
    protected final void invokeScript(String script, String name) {
        context.invokeScript(script, name, output);
    }

    /** Writes a warning, as -WarningAction or $WarningPreference say; -WarningVariable keeps it. */
    protected final void writeWarning(String message) {
        writeInformational(new InformationalRecord(InformationalRecord.Kind.WARNING, message),
                preferences.warning(), "WarningPreference", streams.warning());
    }

    /** Writes a verbose message, shown when -Verbose or $VerbosePreference ask for it. */
    protected final void writeVerbose(String message) {
        writeInformational(new InformationalRecord(InformationalRecord.Kind.VERBOSE, message),
                preferences.verbose(), "VerbosePreference", streams.verbose());
    }

    /** Writes a debug message, shown when -Debug or $DebugPreference ask for it. */
    protected final void writeDebug(String message) {
        writeInformational(new InformationalRecord(InformationalRecord.Kind.DEBUG, message),
                preferences.debug(), "DebugPreference", streams.debug());
    }

    /** Writes a warning, verbose or debug record to its stream (a record a job or a remote command produced). */
    protected final void writeInformational(InformationalRecord record) {
        switch (record.kind()) {
            case WARNING -> writeWarning(record.message());
            case VERBOSE -> writeVerbose(record.message());
            case DEBUG -> writeDebug(record.message());
        }
    }

    /**
     * As pwsh: written under Continue, Stop (which then stops) and Inquire (which then asks), kept in
     * -WarningVariable whatever the action.
     */
    private void writeInformational(InformationalRecord record, ActionPreference preference, String variable,
                                    Pipe stream) {
        if (written(preference)) {
            stream.write(record);
        }
        if (record.kind() == InformationalRecord.Kind.WARNING) {
            preferences.recordWarning(record);
        }
        if (preference == ActionPreference.Stop) {
            throw preferenceStop(variable, record.message());
        }
        if (preference == ActionPreference.Inquire) {
            inquire(variable, null);
        }
    }

    /** pwsh's WriteHelper_ShouldWrite: whether a warning, verbose, debug or progress record is shown. */
    static boolean written(ActionPreference preference) {
        return preference == ActionPreference.Continue || preference == ActionPreference.Stop
                || preference == ActionPreference.Inquire;
    }

    /**
     * Writes to the information stream, as -InformationAction or $InformationPreference say: the host
     * shows it under Continue only (pwsh's host does not under Inquire either, which asks after it), but
     * a redirection of the stream (6>&1) receives it unless Ignore.
     */
    protected final void writeInformation(InformationRecord record) {
        ActionPreference preference = preferences.information();
        if (preference == ActionPreference.Ignore) {
            return;
        }
        preferences.recordInformation(record);
        if (preference == ActionPreference.Continue || streams.information() != context.hostStreams().information()) {
            streams.information().write(record);
        }
        actOnInformation(preference, record.toString());
    }

    /**
     * Write-Host's text, which pwsh writes as an information record tagged PSHOST: {@code show} puts it on the
     * host under every information action but Ignore, unless the information stream is redirected
     * ({@code 6>&1}, {@code *>&1}, {@code 6> file}), where the record goes instead; then, as after any information
     * record, Stop stops the command and Inquire asks.
     */
    protected final void writeHostInformation(String message, Runnable show) {
        ActionPreference preference = preferences.information();
        if (preference == ActionPreference.Ignore) {
            return;
        }
        if (streams.information() != context.invocationStreams().information()) {
            streams.information().write(new InformationRecord(message, metadata.name(), List.of("PSHOST")));
        } else {
            show.run();
        }
        actOnInformation(preference, message);
    }

    /** pwsh's WriteHelper for an information record once written. */
    private void actOnInformation(ActionPreference preference, String message) {
        if (preference == ActionPreference.Stop) {
            throw preferenceStop("InformationPreference", message);
        }
        if (preference == ActionPreference.Inquire) {
            inquire("InformationPreference", null);
        }
    }

    /**
     * Writes a progress record to the host's progress display (Write-Progress, and the records a job or
     * a remote command produced), as -ProgressAction or $ProgressPreference say: shown under Continue, Stop
     * (which then stops the command) and Inquire (which then asks), as pwsh's WriteProgress.
     */
    protected final void writeProgress(long sourceId, ProgressRecord record) {
        ActionPreference preference = preferences.progress();
        if (written(preference)) {
            host().ui().writeProgress(sourceId, record);
        }
        if (preference == ActionPreference.Stop) {
            throw preferenceStop("ProgressPreference", record.activity());
        }
        if (preference == ActionPreference.Inquire) {
            inquire("ProgressPreference", null);
        }
    }

    /** The stream action Inquire (see {@link #askToContinue}); Yes to All stops asking for the rest of the command. */
    private void inquire(String variable, String message) {
        if (askToContinue(context, metadata, extent, message)) {
            preferences.continueAll(variable);
        }
    }

    /**
     * The stream action Inquire of {@code command}: Yes goes on, Yes to All too without asking again, Halt Command
     * stops the command, Suspend runs a nested prompt and asks again; a host that cannot ask stops the command with
     * its error.
     *
     * @return whether the user answered Yes to All
     */
    static boolean askToContinue(PoshContext context, CommandMetadata command, Extent extent, String message) {
        Inquiry.ContinueStatus answer;
        try {
            answer = new Inquiry(context.host().ui(), context.internalHost()).continueAfter(message);
        } catch (HostException e) {
            throw new PoshException(errorRecord(command, extent, e.getMessage(), e.errorId(), e.category(), null,
                    e.exceptionTypeName()), null);
        }
        if (answer == Inquiry.ContinueStatus.HALT) {
            throw actionPreferenceStop(command, extent, Inquiry.HALT_MESSAGE);
        }
        return answer == Inquiry.ContinueStatus.YES_TO_ALL;
    }

    private PoshException preferenceStop(String variable, String message) {
        return preferenceStop(metadata, extent, variable, message);
    }

    /** The ActionPreferenceStopException a stream of {@code command} under preference Stop raises. */
    static PoshException preferenceStop(CommandMetadata command, Extent extent, String variable, String message) {
        return actionPreferenceStop(command, extent, "The running command stopped because the preference variable \""
                + variable + "\" or common parameter is set to Stop: " + message);
    }

    /**
     * pwsh's ActionPreferenceStopException, which stops a command (a stream's Stop, the answer Halt Command) and
     * carries its invocation: the command's name, and its type in the error id.
     */
    static PoshException actionPreferenceStop(CommandMetadata command, Extent extent, String message) {
        ErrorRecord error = new ErrorRecord(message, "ActionPreferenceStop," + command.implementingTypeName(),
                ErrorCategory.OperationStopped, null, command.name(),
                ExceptionTypes.ACTION_PREFERENCE_STOP_EXCEPTION.fullName(), extent);
        return new PoshException(error, null, PoshException.Severity.STOPPED);
    }

    /**
     * An error record of this command: the id becomes {@code <errorId>,<cmdlet type>} and the record
     * carries the command's name and position, as PowerShell's cmdlet errors do.
     *
     * @param exceptionType the .NET exception type pwsh would report, shown as the reason
     */
    protected final ErrorRecord errorRecord(String message, String errorId, ErrorCategory category, Object target,
                                            String exceptionType) {
        return errorRecord(metadata, extent, message, errorId, category, target, exceptionType);
    }

    private static ErrorRecord errorRecord(CommandMetadata command, Extent extent, String message, String errorId,
                                           ErrorCategory category, Object target, String exceptionType) {
        return new ErrorRecord(message, errorId + "," + command.implementingTypeName(), category, target,
                command.name(), exceptionType, extent);
    }

    /** The error record of this command for a runtime error its work raised. */
    protected final ErrorRecord errorRecord(PSRuntimeException error, Object target) {
        return errorRecord(error.getMessage(), error.errorId(), error.category(), target, error.exceptionTypeName());
    }

    /**
     * Stops the command and its pipeline with an error (pwsh's ThrowTerminatingError). It never returns;
     * the return type lets callers write {@code throw throwTerminatingError(...)} where Java wants one.
     */
    protected final PoshException throwTerminatingError(ErrorRecord error) {
        throw new PoshException(error, null);
    }

    /**
     * Stops the command with FileSystemAccessDenied when the host denies file access: for cmdlets that
     * open files only for some parameters (Select-String -Path, Tee-Object -FilePath); the others are
     * marked {@link UsesFileSystem} and checked before they run.
     */
    protected final void checkFileSystemAccess() {
        CommandProcessor.checkFileSystemAccess(context, metadata.name(), extent);
    }

    /**
     * Stops the command with ProcessAccessDenied unless the host allows this session to create processes
     * (Context.Builder.allowCreateProcess), the policy JPosh also applies to listing and stopping the
     * machine's processes (Get-Process, Stop-Process).
     */
    protected final void checkProcessAccess() {
        if (!context.env().isCreateProcessAllowed()) {
            throw HostPolicy.denied("The command '" + metadata.name() + "' cannot access the processes of the "
                    + "machine: the host does not allow process access in this session.", "ProcessAccessDenied",
                    metadata.name(), metadata.name(), extent);
        }
    }

    /**
     * Stops the command with ThreadCreationDenied unless the host allows this session to create threads
     * (Context.Builder.allowCreateThread): for commands that run script blocks in runspaces of their own
     * (ForEach-Object -Parallel).
     */
    protected final void checkThreadAccess() {
        if (!context.env().isCreateThreadAllowed()) {
            throw HostPolicy.denied("The command '" + metadata.name() + "' cannot run script blocks in parallel: "
                    + "the host does not allow this session to create threads.", "ThreadCreationDenied",
                    metadata.name(), metadata.name(), extent);
        }
    }

    /**
     * Stops the command with NetworkAccessDenied when the host denies the session network access (the
     * polyglot context's socket IO policy): for commands that connect to other machines (New-PSSession).
     */
    protected final void checkNetworkAccess() {
        if (!context.env().isSocketIOAllowed()) {
            throw HostPolicy.denied("The command '" + metadata.name() + "' cannot connect to other computers: the "
                    + "host does not allow network access in this session.", "NetworkAccessDenied", metadata.name(),
                    metadata.name(), extent);
        }
    }

    /**
     * Tells the pipeline that this command wants no more input (Select-Object -First has its objects):
     * the commands upstream and the expression feeding the pipeline stop at once, and this command and
     * those after it go on to end normally. It never returns.
     */
    protected final StopUpstreamCommandsException stopUpstreamCommands() {
        throw new StopUpstreamCommandsException(processor);
    }

    /**
     * Lets the session stop or interrupt the command: long loops in Java code (recursive listings,
     * copies) call this between items. Truffle delivers cancellation, interruption and other
     * thread-local actions at safepoints, and Java loops behind a boundary have none unless they poll.
     */
    protected final void checkStopping() {
        TruffleSafepoint.poll(null);
    }
}
