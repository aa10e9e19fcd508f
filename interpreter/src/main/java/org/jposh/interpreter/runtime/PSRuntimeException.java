package org.jposh.interpreter.runtime;

import org.jposh.grammar.ast.Extent;

/**
 * An error raised by runtime code that has no node at hand; the node that called it turns it into a
 * positioned {@link PoshException} with {@link #toErrorRecord}.
 */
public class PSRuntimeException extends RuntimeException {
    private final String errorId;
    private final ErrorCategory category;

    public PSRuntimeException(String errorId, ErrorCategory category, String message) {
        super(message, null, false, false);
        this.errorId = errorId;
        this.category = category;
    }

    public String errorId() {
        return errorId;
    }

    public ErrorCategory category() {
        return category;
    }

    /** The .NET exception type PowerShell would report, shown as the reason in CategoryInfo. */
    public String exceptionTypeName() {
        return "RuntimeException";
    }

    public ErrorRecord toErrorRecord(Extent extent) {
        return new ErrorRecord(getMessage(), errorId, category, null, null, exceptionTypeName(), extent);
    }
}
