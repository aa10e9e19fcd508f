package org.jposh.interpreter.runtime;

/**
 * A .NET exception as scripts see it ({@code $_.Exception}, {@code [InvalidOperationException]::new("x")}):
 * its type (which {@code catch [T]} matches with the base types), message and inner exception.
 * PowerShell's own exceptions (RuntimeException and the types deriving from it) also carry the error
 * record they stand for, as their ErrorRecord property.
 */
public final class ExceptionValue implements DotNetTyped {
    private final DotNetType type;
    private final String message;
    private final ExceptionValue innerException;
    private ErrorRecord errorRecord;

    public ExceptionValue(DotNetType type, String message, ExceptionValue innerException) {
        this.type = type;
        this.message = message;
        this.innerException = innerException;
    }

    /** The exception PowerShell would raise, named without its namespace ({@code ItemNotFoundException}). */
    public static ExceptionValue of(String typeName, String message) {
        return new ExceptionValue(ExceptionTypes.forName(typeName), message, null);
    }

    /** A .NET exception raised by JPosh's emulation of .NET members. */
    public static ExceptionValue of(DotNetException e) {
        return new ExceptionValue(ExceptionTypes.forName(e.shortTypeName()), e.getMessage(), null);
    }

    @Override
    public DotNetType dotNetType() {
        return type;
    }

    public String message() {
        return message;
    }

    public ExceptionValue innerException() {
        return innerException;
    }

    /** The error record of a PowerShell exception (IContainsErrorRecord), or null. */
    public ErrorRecord errorRecord() {
        return errorRecord;
    }

    void setErrorRecord(ErrorRecord errorRecord) {
        if (this.errorRecord == null && ExceptionTypes.RUNTIME_EXCEPTION.isAssignableFrom(type)) {
            this.errorRecord = errorRecord;
        }
    }

    /** Exception.ToString(): the type and message, then the inner exceptions, as .NET writes it (no stack trace). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(type.fullName()).append(": ").append(message);
        if (innerException != null) {
            sb.append(" ---> ").append(innerException).append("\n   --- End of inner exception stack trace ---");
        }
        return sb.toString();
    }
}
