package org.jposh.interpreter.runtime;

/**
 * A .NET method that threw: {@code Exception calling "X" with "n" argument(s): "..."}; the error id
 * is the .NET exception's type name, as in pwsh.
 */
public final class MethodInvocationException extends PSRuntimeException {
    public MethodInvocationException(String methodName, int argumentCount, DotNetException cause) {
        super(cause.shortTypeName(), ErrorCategory.NotSpecified, "Exception calling \"" + methodName + "\" with \""
                + argumentCount + "\" argument(s): \"" + cause.getMessage() + "\"", "MethodInvocationException");
        withInnerException(ExceptionValue.of(cause));
    }
}
