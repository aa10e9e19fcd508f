package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/**
 * A terminating PowerShell error, carrying its ErrorRecord up to the nearest handler. How far it goes
 * depends on its {@link Severity}: see StatementListNode, which decides it as pwsh's
 * ExceptionHandlingOps.CheckActionPreference does.
 */
public final class PoshException extends AbstractTruffleException {
    /** How an error was raised, which decides whether the statement list that sees it goes on. */
    public enum Severity {
        /** A runtime error, a binding error, a cmdlet's ThrowTerminatingError: ends its statement. */
        STATEMENT,
        /** {@code throw}: ends the script unless caught, or unless $ErrorActionPreference says to go on. */
        THROWN,
        /** An error under ActionPreference Stop, or left by a trap's {@code break}: ends the script unless caught. */
        STOPPED,
        /**
         * An advanced function's {@code $PSCmdlet.ThrowTerminatingError}: stops the function, whatever statement of
         * it raised it, and ends the statement its pipeline is part of (pwsh's PipelineStoppedException, after which
         * the pipeline raises the recorded error); see {@link #leavingCommand}.
         */
        COMMAND_STOPPED
    }

    private final transient ErrorRecord errorRecord;
    private final Severity severity;
    private final transient DotNetType wrapper;

    public PoshException(ErrorRecord errorRecord, Node location) {
        this(errorRecord, location, Severity.STATEMENT);
    }

    public PoshException(ErrorRecord errorRecord, Node location, Severity severity) {
        this(errorRecord, location, severity, null);
    }

    /**
     * @param wrapper the exception pwsh throws around the record's when the error leaves a command, which
     *     catch clauses and traps also match: ActionPreferenceStopException for an error written under
     *     -ErrorAction Stop, CmdletInvocationException for one a cmdlet ended with; null when none
     */
    public PoshException(ErrorRecord errorRecord, Node location, Severity severity, DotNetType wrapper) {
        super(location);
        this.errorRecord = errorRecord;
        this.severity = severity;
        this.wrapper = wrapper;
    }

    /** The ActionPreferenceStopException an error written under ActionPreference Stop raises. */
    public static PoshException preferenceStop(ErrorRecord errorRecord) {
        return new PoshException(errorRecord, null, Severity.STOPPED, ExceptionTypes.ACTION_PREFERENCE_STOP_EXCEPTION);
    }

    /**
     * The error as it leaves a cmdlet (pwsh's CommandProcessorBase.ManageInvocationException): wrapped in a
     * CmdletInvocationException, unless already wrapped or raised by {@code throw}.
     */
    public PoshException leavingCmdlet() {
        if (wrapper != null || severity == Severity.THROWN) {
            return this;
        }
        return new PoshException(errorRecord, getLocation(), severity, ExceptionTypes.CMDLET_INVOCATION_EXCEPTION);
    }

    /** A {@link Severity#COMMAND_STOPPED} error as it leaves its command: the error of the statement running it. */
    public PoshException leavingCommand() {
        return new PoshException(errorRecord, getLocation(), Severity.STATEMENT, ExceptionTypes.CMDLET_INVOCATION_EXCEPTION);
    }

    /**
     * The exception as .NET code sees it thrown ([powershell]'s Invoke): the wrapper pwsh throws around the record's
     * (ActionPreferenceStopException, CmdletInvocationException), carrying the record; else the record's own.
     */
    @TruffleBoundary
    public ExceptionValue thrownException() {
        if (wrapper == null) {
            return errorRecord.exception();
        }
        ExceptionValue wrapped = new ExceptionValue(wrapper, errorRecord.exception().message(), errorRecord.exception());
        wrapped.setErrorRecord(errorRecord);
        return wrapped;
    }

    /** The record's message, made only when asked for: compiled code raises these without formatting text. */
    @Override
    @TruffleBoundary
    public String getMessage() {
        return errorRecord.toString();
    }

    public ErrorRecord errorRecord() {
        return errorRecord;
    }

    public Severity severity() {
        return severity;
    }

    public DotNetType wrapper() {
        return wrapper;
    }
}
