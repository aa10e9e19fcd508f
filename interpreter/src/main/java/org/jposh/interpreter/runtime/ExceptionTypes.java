package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The .NET exception types scripts throw and catch, with their base types, so that
 * {@code catch [System.ArithmeticException]} catches a DivideByZeroException and
 * {@code catch [System.Management.Automation.RuntimeException]} catches what {@code throw "text"} makes.
 * Each has the constructors {@code new()}, {@code new(message)} and {@code new(message, inner)}.
 */
public final class ExceptionTypes {
    private static final String SMA = "System.Management.Automation";
    private static final Map<String, DotNetType> BY_SHORT_NAME = new HashMap<>();

    public static final DotNetType EXCEPTION = define("System", "Exception", CoreTypes.OBJECT);
    public static final DotNetType SYSTEM_EXCEPTION = define("System", "SystemException", EXCEPTION, "System error.");
    public static final DotNetType RUNTIME_EXCEPTION = define(SMA, "RuntimeException", SYSTEM_EXCEPTION);
    public static final DotNetType ACTION_PREFERENCE_STOP_EXCEPTION = define(SMA, "ActionPreferenceStopException",
            RUNTIME_EXCEPTION);
    public static final DotNetType CMDLET_INVOCATION_EXCEPTION = define(SMA, "CmdletInvocationException",
            RUNTIME_EXCEPTION);
    public static final DotNetType SCRIPT_CALL_DEPTH_EXCEPTION = define(SMA, "ScriptCallDepthException",
            SYSTEM_EXCEPTION);
    public static final DotNetType WRITE_ERROR_EXCEPTION = define("Microsoft.PowerShell.Commands",
            "WriteErrorException", SYSTEM_EXCEPTION);

    static {
        DotNetType arithmetic = define("System", "ArithmeticException", SYSTEM_EXCEPTION, "Overflow or underflow in the arithmetic operation.");
        define("System", "DivideByZeroException", arithmetic, "Attempted to divide by zero.");
        define("System", "OverflowException", arithmetic, "Arithmetic operation resulted in an overflow.");
        define("System", "TypeLoadException", SYSTEM_EXCEPTION, "Failure has occurred while loading a type.");
        DotNetType argument = define("System", "ArgumentException", SYSTEM_EXCEPTION,
                b -> ArgumentExceptionValue.defineArgument(b, "Value does not fall within the expected range.", false));
        DotNetType argumentNull = define("System", "ArgumentNullException", argument,
                b -> ArgumentExceptionValue.defineArgument(b, "Value cannot be null.", true));
        DotNetType argumentOutOfRange = define("System", "ArgumentOutOfRangeException", argument,
                b -> ArgumentExceptionValue.defineArgument(b,
                        "Specified argument was out of the range of valid values.", true));
        define("System.Globalization", "CultureNotFoundException", argument);
        define("System", "FormatException", SYSTEM_EXCEPTION, "One of the identified items was in an invalid format.");
        define("System", "IndexOutOfRangeException", SYSTEM_EXCEPTION,
                "Index was outside the bounds of the array.");
        DotNetType invalidCast = define("System", "InvalidCastException", SYSTEM_EXCEPTION,
                "Specified cast is not valid.");
        DotNetType invalidOperation = define("System", "InvalidOperationException", SYSTEM_EXCEPTION,
                "Operation is not valid due to the current state of the object.");
        define("System", "ObjectDisposedException", invalidOperation);
        define("System", "OutOfMemoryException", SYSTEM_EXCEPTION, "Insufficient memory to continue the execution of the program.");
        DotNetType notSupported = define("System", "NotSupportedException", SYSTEM_EXCEPTION,
                "Specified method is not supported.");
        define("System", "PlatformNotSupportedException", notSupported, "Operation is not supported on this platform.");
        DotNetType notImplemented = define("System", "NotImplementedException", SYSTEM_EXCEPTION,
                "The method or operation is not implemented.");
        define("System", "NullReferenceException", SYSTEM_EXCEPTION, "Object reference not set to an instance of an object.");
        define("System", "UnauthorizedAccessException", SYSTEM_EXCEPTION, "Attempted to perform an unauthorized operation.");
        define("System", "TimeoutException", SYSTEM_EXCEPTION, "The operation has timed out.");
        define("System", "TypeInitializationException", SYSTEM_EXCEPTION);
        define("System", "TimeZoneNotFoundException", SYSTEM_EXCEPTION);
        define("System", "UriFormatException", SYSTEM_EXCEPTION);
        define("System.Collections.Generic", "KeyNotFoundException", SYSTEM_EXCEPTION,
                "The given key was not present in the dictionary.");
        DotNetType io = define("System.IO", "IOException", SYSTEM_EXCEPTION, "I/O error occurred.");
        define("System.IO", "FileNotFoundException", io, ArgumentExceptionValue::defineFileNotFound);
        define("System.IO", "DirectoryNotFoundException", io);
        define("System.IO", "EndOfStreamException", io);
        define("System.IO", "InvalidDataException", SYSTEM_EXCEPTION);
        define("System.Xml", "XmlException", SYSTEM_EXCEPTION);
        define("System.Xml.XPath", "XPathException", SYSTEM_EXCEPTION);
        define("System.Reflection", "TargetParameterCountException", define("System", "ApplicationException", EXCEPTION));

        define(SMA, "CommandNotFoundException", RUNTIME_EXCEPTION);
        DotNetType binding = define(SMA, "ParameterBindingException", RUNTIME_EXCEPTION);
        define(SMA, "ParameterBindingValidationException", binding);
        define(SMA, "ParameterBindingArgumentTransformationException", binding);
        DotNetType sessionState = define(SMA, "SessionStateException", RUNTIME_EXCEPTION);
        define(SMA, "ItemNotFoundException", sessionState);
        define(SMA, "DriveNotFoundException", sessionState);
        define(SMA, "ProviderNotFoundException", sessionState);
        DotNetType method = define(SMA, "MethodException", RUNTIME_EXCEPTION);
        define(SMA, "MethodInvocationException", method);
        DotNetType extendedTypeSystem = define(SMA, "ExtendedTypeSystemException", RUNTIME_EXCEPTION);
        define(SMA, "GetValueException", extendedTypeSystem);
        define(SMA, "SetValueException", extendedTypeSystem);
        define(SMA, "PropertyNotFoundException", extendedTypeSystem);
        define(SMA, "PSInvalidCastException", invalidCast);
        define(SMA, "PSArgumentException", argument);
        define(SMA, "PSArgumentNullException", argumentNull);
        define(SMA, "PSArgumentOutOfRangeException", argumentOutOfRange);
        define(SMA, "PSInvalidOperationException", invalidOperation);
        define(SMA, "PSNotSupportedException", notSupported);
        define(SMA, "PSNotImplementedException", notImplemented);
        define(SMA, "PipelineStoppedException", RUNTIME_EXCEPTION);
        DotNetType metadata = define(SMA, "MetadataException", RUNTIME_EXCEPTION);
        define(SMA, "ValidationMetadataException", metadata);
        define(SMA, "ParentContainsErrorRecordException", SYSTEM_EXCEPTION);
        define(SMA, "IncompleteParseException", define(SMA, "ParseException", RUNTIME_EXCEPTION));
        define(SMA, "WildcardPatternException", RUNTIME_EXCEPTION);
    }

    private ExceptionTypes() {
    }

    private static DotNetType define(String namespace, String name, DotNetType baseType) {
        return define(namespace, name, baseType, (String) null);
    }

    /** A type whose parameterless constructor gives {@code defaultMessage}, as .NET's do (null: it names the type). */
    private static DotNetType define(String namespace, String name, DotNetType baseType, String defaultMessage) {
        return define(namespace, name, baseType, baseType == CoreTypes.OBJECT ? ExceptionTypes::defineException
                : name.equals("RuntimeException") ? ExceptionTypes::defineRuntimeException
                : b -> defineConstructors(b, defaultMessage));
    }

    /** An exception type whose members {@code members} defines (constructors that take more than a message). */
    private static DotNetType define(String namespace, String name, DotNetType baseType,
                                     Consumer<TypeAdapter.Builder> members) {
        DotNetType type = CoreTypes.define(namespace, name, ExceptionValue.class, baseType, members);
        CoreTypes.register(type);
        BY_SHORT_NAME.put(name, type);
        return type;
    }

    /**
     * The exception type PowerShell names {@code name}: a short name as error records show it in their
     * CategoryInfo ({@code ItemNotFoundException}) or a full name. A name the table lacks stands for a
     * PowerShell exception deriving from RuntimeException.
     */
    public static synchronized DotNetType forName(String name) {
        String shortName = name.substring(name.lastIndexOf('.') + 1);
        DotNetType type = BY_SHORT_NAME.get(shortName);
        if (type == null) {
            int dot = name.lastIndexOf('.');
            type = define(dot < 0 ? SMA : name.substring(0, dot), shortName, RUNTIME_EXCEPTION);
        }
        return type;
    }

    /** Whether a value of this type is an exception, which {@code throw} wraps as such. */
    public static boolean isException(DotNetType type) {
        return EXCEPTION.isAssignableFrom(type);
    }

    /** Whether a value (or a PSObject's base) is a .NET exception, a script class deriving from one included. */
    public static boolean isException(Object value) {
        DotNetType type = DotNetType.of(PSObject.base(value));
        return type != null && isException(type);
    }

    private static void defineException(TypeAdapter.Builder b) {
        b.property("Message", CoreTypes.STRING, e -> ((ExceptionValue) e).message());
        b.property("InnerException", EXCEPTION, e -> {
            ExceptionValue inner = ((ExceptionValue) e).innerException();
            return inner == null ? null : inner.value();
        });
        b.property("StackTrace", CoreTypes.STRING, e -> null);
        b.method("GetBaseException", EXCEPTION, (e, a) -> baseException((ExceptionValue) e));
        b.method("ToString", CoreTypes.STRING, (e, a) -> e.toString());
        defineConstructors(b, null);
    }

    private static void defineRuntimeException(TypeAdapter.Builder b) {
        b.property("ErrorRecord", ErrorRecord.TYPE, e -> errorRecordOf((ExceptionValue) e).asContainedByException());
        defineConstructors(b, null);
    }

    private static void defineConstructors(TypeAdapter.Builder b, String defaultMessage) {
        DotNetType type = b.type();
        b.constructor((t, a) -> new ExceptionValue(type, defaultMessage, null));
        b.constructor((t, a) -> new ExceptionValue(type, LanguagePrimitives.toStringValue(a[0]), null),
                param("message", CoreTypes.STRING));
        b.constructor((t, a) -> new ExceptionValue(type, LanguagePrimitives.toStringValue(a[0]),
                exception(a[1])), param("message", CoreTypes.STRING),
                param("innerException", EXCEPTION));
    }

    private static Object baseException(ExceptionValue e) {
        while (e.innerException() != null) {
            e = e.innerException();
        }
        return e.value();
    }

    /** An exception argument: a .NET exception, or the base exception of a script class deriving from one. */
    static ExceptionValue exception(Object value) {
        Object base = PSObject.base(value);
        if (base instanceof ScriptObject script && script.baseObject() instanceof ExceptionValue e) {
            return e;
        }
        return (ExceptionValue) base;
    }

    /** A RuntimeException made by a script has the record PowerShell makes for it on first use. */
    static ErrorRecord errorRecordOf(ExceptionValue e) {
        if (e.errorRecord() == null) {
            e.setErrorRecord(new ErrorRecord(e, "RuntimeException", ErrorCategory.NotSpecified, null));
        }
        return e.errorRecord();
    }
}
