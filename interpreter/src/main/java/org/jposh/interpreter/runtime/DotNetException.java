package org.jposh.interpreter.runtime;

/**
 * A .NET exception raised by the members JPosh provides for .NET types (String.Substring,
 * Hashtable.Add...), with .NET's type name and message; method calls turn it into a
 * {@link MethodInvocationException} as pwsh does.
 */
public final class DotNetException extends RuntimeException {
    private final String typeName;
    private final ExceptionValue exception;

    public DotNetException(String typeName, String message) {
        super(message, null, false, false);
        this.typeName = typeName;
        this.exception = null;
    }

    /** A PowerShell exception a .NET member raises with its error record ([scriptblock]::Create's ParseException). */
    public DotNetException(ExceptionValue exception) {
        super(exception.message(), null, false, false);
        this.typeName = exception.dotNetType().fullName();
        this.exception = exception;
    }

    /** The exception with its error record, when the member raised one; null for a plain .NET exception. */
    ExceptionValue exception() {
        return exception;
    }

    /** The full .NET type name, such as {@code System.ArgumentOutOfRangeException}. */
    public String typeName() {
        return typeName;
    }

    /** The type name without namespace: the FullyQualifiedErrorId of the method call's error. */
    public String shortTypeName() {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }

    public static DotNetException argument(String message, String paramName) {
        return new DotNetException("System.ArgumentException", withParameter(message, paramName));
    }

    public static DotNetException argumentNull(String paramName) {
        return new DotNetException("System.ArgumentNullException",
                withParameter("Value cannot be null.", paramName));
    }

    public static DotNetException argumentOutOfRange(String paramName, String message) {
        return new DotNetException("System.ArgumentOutOfRangeException", withParameter(message, paramName));
    }

    public static DotNetException format(String message) {
        return new DotNetException("System.FormatException", message);
    }

    public static DotNetException overflow(String message) {
        return new DotNetException("System.OverflowException", message);
    }

    public static DotNetException arithmetic(String message) {
        return new DotNetException("System.ArithmeticException", message);
    }

    public static DotNetException invalidOperation(String message) {
        return new DotNetException("System.InvalidOperationException", message);
    }

    public static DotNetException notSupported(String message) {
        return new DotNetException("System.NotSupportedException", message);
    }

    public static DotNetException nullReference() {
        return new DotNetException("System.NullReferenceException", "Object reference not set to an instance of an object.");
    }

    public static DotNetException indexOutOfRange() {
        return new DotNetException("System.IndexOutOfRangeException", "Index was outside the bounds of the array.");
    }

    private static String withParameter(String message, String paramName) {
        return paramName == null ? message : message + " (Parameter '" + paramName + "')";
    }
}
