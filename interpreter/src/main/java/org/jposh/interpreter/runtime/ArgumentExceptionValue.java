package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

/**
 * An exception of .NET's that names what it is about besides its message: ArgumentException and the types deriving
 * from it ({@code ParamName}, which the message ends with as {@code (Parameter 'name')}), FileNotFoundException
 * ({@code FileName}). Scripts make them with .NET's constructors, whose argument orders differ by type
 * ({@code ArgumentException(message, paramName)}, {@code ArgumentNullException(paramName, message)}).
 */
final class ArgumentExceptionValue extends ExceptionValue {
    private final String subject;

    private ArgumentExceptionValue(DotNetType type, String message, String subject) {
        super(type, message, null);
        this.subject = subject;
    }

    /** ArgumentException's constructors and ParamName; {@code paramFirst} for the Null and OutOfRange kinds. */
    static void defineArgument(TypeAdapter.Builder b, String defaultMessage, boolean paramFirst) {
        DotNetType type = b.type();
        b.property("ParamName", STRING, e -> e instanceof ArgumentExceptionValue a ? a.subject : null);
        b.constructor((t, a) -> new ExceptionValue(type, defaultMessage, null));
        if (paramFirst) {
            b.constructor((t, a) -> argument(type, defaultMessage, (String) a[0]), param("paramName", STRING));
            b.constructor((t, a) -> argument(type, (String) a[1], (String) a[0]), param("paramName", STRING),
                    param("message", STRING));
        } else {
            b.constructor((t, a) -> new ExceptionValue(type, (String) a[0], null), param("message", STRING));
            b.constructor((t, a) -> argument(type, (String) a[0], (String) a[1]), param("message", STRING),
                    param("paramName", STRING));
        }
        b.constructor((t, a) -> new ExceptionValue(type, (String) a[0], ExceptionTypes.exception(a[1])),
                param("message", STRING), param("innerException", ExceptionTypes.EXCEPTION));
    }

    /** FileNotFoundException's constructors and FileName. */
    static void defineFileNotFound(TypeAdapter.Builder b) {
        DotNetType type = b.type();
        b.property("FileName", STRING, e -> e instanceof ArgumentExceptionValue a ? a.subject : null);
        b.constructor((t, a) -> new ExceptionValue(type, "Unable to find the specified file.", null));
        b.constructor((t, a) -> new ExceptionValue(type, (String) a[0], null), param("message", STRING));
        b.constructor((t, a) -> new ArgumentExceptionValue(type, (String) a[0], (String) a[1]),
                param("message", STRING), param("fileName", STRING));
        b.constructor((t, a) -> new ExceptionValue(type, (String) a[0], ExceptionTypes.exception(a[1])),
                param("message", STRING), param("innerException", ExceptionTypes.EXCEPTION));
    }

    /** .NET's message of an argument exception: the message, then the parameter it names. */
    private static ExceptionValue argument(DotNetType type, String message, String paramName) {
        String text = paramName == null || paramName.isEmpty() ? message : message + " (Parameter '" + paramName + "')";
        return new ArgumentExceptionValue(type, text, paramName);
    }
}
