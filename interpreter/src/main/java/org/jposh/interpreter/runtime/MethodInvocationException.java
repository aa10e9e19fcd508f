package org.jposh.interpreter.runtime;

/**
 * A .NET method that threw: {@code Exception calling "X" with "n" argument(s): "..."}; the error id
 * is the .NET exception's type name, as in pwsh.
 */
public final class MethodInvocationException extends PSRuntimeException {
    public MethodInvocationException(String methodName, int argumentCount, DotNetException cause) {
        this(methodName, argumentCount, ExceptionValue.of(cause));
    }

    /** A call that failed with an exception of PowerShell's own (a ParseException, a terminating error's). */
    public MethodInvocationException(String methodName, int argumentCount, ExceptionValue cause) {
        super(cause.dotNetType().name(), ErrorCategory.NotSpecified, "Exception calling \"" + methodName + "\" with \""
                + argumentCount + "\" argument(s): \"" + cause.message() + "\"", "MethodInvocationException");
        withInnerException(cause);
    }
}
