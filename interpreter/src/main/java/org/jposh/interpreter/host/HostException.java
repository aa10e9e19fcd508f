package org.jposh.interpreter.host;

import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSRuntimeException;

/** A host cannot do what a command asked of it, such as reading input in a non-interactive session. */
public final class HostException extends PSRuntimeException {
    private HostException(String errorId, ErrorCategory category, String message, String exceptionTypeName) {
        super(errorId, category, message, exceptionTypeName);
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
}
