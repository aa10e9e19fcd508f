package org.jposh.interpreter.runtime;

/**
 * A value that cannot be converted to the type asked for; the error id is PowerShell's. As in pwsh, the
 * error's exception is a RuntimeException around the PSInvalidCastException, which catch also matches.
 */
public final class PSInvalidCastException extends PSRuntimeException {
    public PSInvalidCastException(String errorId, String message) {
        super(errorId, ErrorCategory.InvalidArgument, message);
        withInnerException(ExceptionValue.of("PSInvalidCastException", message));
    }
}
