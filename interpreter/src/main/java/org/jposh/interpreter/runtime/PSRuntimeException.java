package org.jposh.interpreter.runtime;

import org.jposh.grammar.ast.Extent;

/**
 * An error raised by runtime code that has no node at hand; the node that called it turns it into a
 * positioned {@link PoshException} with {@link #toErrorRecord}.
 */
public class PSRuntimeException extends RuntimeException {
    private final String errorId;
    private final ErrorCategory category;
    private final String exceptionTypeName;
    private ExceptionValue innerException;
    private Object targetObject;

    public PSRuntimeException(String errorId, ErrorCategory category, String message) {
        this(errorId, category, message, "RuntimeException");
    }

    /** @param exceptionTypeName the .NET exception type PowerShell would report, shown as the reason in CategoryInfo */
    protected PSRuntimeException(String errorId, ErrorCategory category, String message, String exceptionTypeName) {
        super(message, null, false, false);
        this.errorId = errorId;
        this.category = category;
        this.exceptionTypeName = exceptionTypeName;
    }

    /** pwsh's SetValueException: a property that exists refused the value. */
    public static PSRuntimeException setValueException(String errorId, String message) {
        return new PSRuntimeException(errorId, ErrorCategory.NotSpecified, message, "SetValueException");
    }

    /**
     * A .NET exception that escapes an operator (not a method call): pwsh reports it as OperationStopped
     * with the exception's full type name as the error id.
     */
    public static PSRuntimeException fromDotNetException(DotNetException e) {
        return new PSRuntimeException(e.typeName(), ErrorCategory.OperationStopped, e.getMessage(),
                e.shortTypeName());
    }

    /**
     * The .NET exception PowerShell's exception wraps, which {@code catch} also matches: a division by
     * zero is a RuntimeException around a DivideByZeroException.
     */
    public PSRuntimeException withInnerException(ExceptionValue inner) {
        this.innerException = inner;
        return this;
    }

    /** The object the error is about, shown in CategoryInfo: the format string of a failed {@code -f}. */
    public PSRuntimeException withTargetObject(Object target) {
        this.targetObject = target;
        return this;
    }

    public String errorId() {
        return errorId;
    }

    public ErrorCategory category() {
        return category;
    }

    public String exceptionTypeName() {
        return exceptionTypeName;
    }

    public ErrorRecord toErrorRecord(Extent extent) {
        ErrorRecord record = new ErrorRecord(new ExceptionValue(ExceptionTypes.forName(exceptionTypeName),
                getMessage(), innerException), errorId, category, targetObject);
        record.setExtentIfAbsent(extent);
        return record;
    }
}
