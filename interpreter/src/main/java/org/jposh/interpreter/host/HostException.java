package org.jposh.interpreter.host;

import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ExceptionValue;
import org.jposh.interpreter.runtime.MethodInvocationException;
import org.jposh.interpreter.runtime.PSRuntimeException;

/** A host cannot do what a command asked of it, such as reading input in a non-interactive session. */
public final class HostException extends PSRuntimeException {
    private HostException(String errorId, ErrorCategory category, String message, String exceptionTypeName) {
        super(errorId, category, message, exceptionTypeName);
    }

    /** An error the host of another session raised (a remoting client answering a host call). */
    public static HostException of(String errorId, ErrorCategory category, String message, String exceptionTypeName) {
        return new HostException(errorId, category, message, exceptionTypeName);
    }

    /** pwsh's HostFunctionNotImplemented: the host has no user interface to prompt with. */
    public static HostException notImplemented() {
        return new HostException("HostFunctionNotImplemented", ErrorCategory.NotImplemented,
                "A command that prompts the user failed because the host program or the command type does not support "
                + "user interaction. Try a host program that supports user interaction, such as the PowerShell Console, "
                + "and remove prompt-related commands from command types that do not support user interaction.",
                "HostException");
    }

    /** pwsh's PSNotSupportedException, from a host that lacks what was asked of it (a nested prompt). */
    public static HostException notSupported() {
        return new HostException("NotSupported", ErrorCategory.NotImplemented, "Specified method is not supported.",
                "PSNotSupportedException");
    }

    /** A bad argument to a host method (pwsh's PSArgumentException). */
    public static HostException invalidArgument(String message) {
        return new HostException("Argument", ErrorCategory.InvalidArgument, message, "PSArgumentException");
    }

    /** pwsh's ReadFailsOnNonInteractiveFlag, from a host that has no user to ask. */
    public static HostException nonInteractive() {
        return new HostException("InvalidOperation", ErrorCategory.InvalidOperation,
                "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                "PSInvalidOperationException");
    }

    /** The input ended while the host was asking (pwsh's PromptingException for a prompt broken off). */
    public static HostException promptCanceled(String errorId) {
        return new HostException(errorId, ErrorCategory.OperationStopped, "The prompt was canceled.",
                "PromptingException");
    }

    /** This error as a script's call of the host method {@code method} reports it: a MethodInvocationException around it. */
    public MethodInvocationException inMethodCall(String method, int argumentCount) {
        return new MethodInvocationException(method, argumentCount, ExceptionValue.of(exceptionTypeName(), getMessage()));
    }
}
