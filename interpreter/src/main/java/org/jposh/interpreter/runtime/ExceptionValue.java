package org.jposh.interpreter.runtime;

/**
 * A .NET exception as scripts see it ({@code $_.Exception}, {@code [InvalidOperationException]::new("x")}):
 * its type (which {@code catch [T]} matches with the base types), message and inner exception.
 * PowerShell's own exceptions (RuntimeException and the types deriving from it) also carry the error
 * record they stand for, as their ErrorRecord property. Exceptions that carry more (the web cmdlets'
 * HttpResponseException and its Response) extend this class.
 */
public class ExceptionValue implements DotNetTyped {
    private final DotNetType type;
    private final String message;
    private final ExceptionValue innerException;
    private ErrorRecord errorRecord;
    private final ScriptObject scriptInstance;

    /** @param message the message, or null for .NET's default one */
    public ExceptionValue(DotNetType type, String message, ExceptionValue innerException) {
        this(type, message, innerException, null);
    }

    private ExceptionValue(DotNetType type, String message, ExceptionValue innerException,
                           ScriptObject scriptInstance) {
        this.type = type;
        this.message = message;
        this.innerException = innerException;
        this.scriptInstance = scriptInstance;
    }

    /**
     * This exception as the base object of an instance of a script class deriving from its type: the
     * same message and inner exception, of the script class's type.
     */
    ExceptionValue derived(ScriptObject instance) {
        return new ExceptionValue(instance.dotNetType(), message, innerException, instance);
    }

    /**
     * The exception as scripts see it ({@code $_.Exception}): the instance of the script class deriving
     * from Exception whose base object this is, with the class's own members, else this.
     */
    public Object value() {
        return scriptInstance != null ? scriptInstance : this;
    }

    /** The exception PowerShell would raise, named without its namespace ({@code ItemNotFoundException}). */
    public static ExceptionValue of(String typeName, String message) {
        return new ExceptionValue(ExceptionTypes.forName(typeName), message, null);
    }

    /** A .NET exception raised by JPosh's emulation of .NET members. */
    public static ExceptionValue of(DotNetException e) {
        if (e.exception() != null) {
            return e.exception();
        }
        return new ExceptionValue(ExceptionTypes.forName(e.shortTypeName()), e.getMessage(), null);
    }

    @Override
    public DotNetType dotNetType() {
        return type;
    }

    /** The message; one made without a message has .NET's default text, which names its type. */
    public String message() {
        return message != null ? message : "Exception of type '" + type.fullName() + "' was thrown.";
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
        StringBuilder sb = new StringBuilder(type.fullName()).append(": ").append(message());
        if (innerException != null) {
            sb.append(" ---> ").append(innerException).append("\n   --- End of inner exception stack trace ---");
        }
        return sb.toString();
    }
}
