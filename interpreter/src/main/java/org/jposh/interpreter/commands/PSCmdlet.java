package org.jposh.interpreter.commands;

import com.oracle.truffle.api.TruffleSafepoint;
import java.util.Map;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.host.PSHost;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.SessionState;

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
    private Pipe output;
    private Pipe errorOutput;
    private CommandProcessorBase processor;

    final void setContext(PoshContext context, ParameterBinder binder, CommandMetadata metadata, Extent extent) {
        this.context = context;
        this.binder = binder;
        this.metadata = metadata;
        this.extent = extent;
    }

    final void setProcessor(CommandProcessorBase processor) {
        this.processor = processor;
    }

    final void setOutput(Pipe output) {
        this.output = output;
    }

    final void setErrorOutput(Pipe errorOutput) {
        this.errorOutput = errorOutput;
    }

    /** The host the session runs in, for cmdlets that talk to the user directly. */
    protected final PSHost host() {
        return context.host();
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

    /** The parameters given and their values ($PSBoundParameters). */
    protected final Map<String, Object> boundParameters() {
        return binder.boundParameters();
    }

    /** -Verbose, -ErrorAction, -WhatIf and the other common parameters, null where not given. */
    protected final CommonParameters commonParameters() {
        return binder.commonParameters();
    }

    protected void beginProcessing() {
    }

    protected void processRecord() {
    }

    protected void endProcessing() {
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

    /** Writes a non-terminating error. */
    protected final void writeError(ErrorRecord error) {
        context.setLastStatementSucceeded(false);
        errorOutput.write(error);
    }

    /** Writes a warning to the host. */
    protected final void writeWarning(String message) {
        context.host().ui().writeWarningLine(message);
    }

    /**
     * An error record of this command: the id becomes {@code <errorId>,<cmdlet type>} and the record
     * carries the command's name and position, as PowerShell's cmdlet errors do.
     *
     * @param exceptionType the .NET exception type pwsh would report, shown as the reason
     */
    protected final ErrorRecord errorRecord(String message, String errorId, ErrorCategory category, Object target,
                                            String exceptionType) {
        return new ErrorRecord(message, errorId + "," + metadata.implementingTypeName(), category, target,
                metadata.name(), exceptionType, extent);
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
