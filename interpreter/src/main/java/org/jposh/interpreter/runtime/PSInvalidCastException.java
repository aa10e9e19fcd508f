package org.jposh.interpreter.runtime;

/** A value that cannot be converted to the type asked for; the error id is PowerShell's. */
public final class PSInvalidCastException extends PSRuntimeException {
    public PSInvalidCastException(String errorId, String message) {
        super(errorId, ErrorCategory.InvalidArgument, message);
    }
}
