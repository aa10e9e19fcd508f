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
        STOPPED
    }

    private final transient ErrorRecord errorRecord;
    private final Severity severity;

    public PoshException(ErrorRecord errorRecord, Node location) {
        this(errorRecord, location, Severity.STATEMENT);
    }

    public PoshException(ErrorRecord errorRecord, Node location, Severity severity) {
        super(location);
        this.errorRecord = errorRecord;
        this.severity = severity;
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
}
