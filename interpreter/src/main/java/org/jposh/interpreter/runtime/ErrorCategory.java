package org.jposh.interpreter.runtime;

import java.util.Arrays;

/**
 * PowerShell's error categories, shown in CategoryInfo, in pwsh's order, so that a category's ordinal is its value
 * as {@code [System.Management.Automation.ErrorCategory]}, the .NET enum scripts see.
 */
public enum ErrorCategory {
    NotSpecified, OpenError, CloseError, DeviceError, DeadlockDetected, InvalidArgument, InvalidData,
    InvalidOperation, InvalidResult, InvalidType, MetadataError, NotImplemented, NotInstalled, ObjectNotFound,
    OperationStopped, OperationTimeout, SyntaxError, ParserError, PermissionDenied, ResourceBusy, ResourceExists,
    ResourceUnavailable, ReadError, WriteError, FromStdErr, SecurityError, ProtocolError, ConnectionError,
    AuthenticationError, LimitsExceeded, QuotaExceeded, NotEnabled;

    private static final class Type {
        static final DotNetType TYPE = CoreTypes.defineEnum("System.Management.Automation", "ErrorCategory", false,
                Arrays.stream(values()).map(Enum::name).toArray(String[]::new));
    }

    /** {@code [System.Management.Automation.ErrorCategory]}. */
    public static DotNetType dotNetType() {
        return Type.TYPE;
    }

    /** The category as the .NET enum's value. */
    public EnumValue toEnumValue() {
        return new EnumValue(Type.TYPE, ordinal());
    }

    /** The category a .NET enum value of the type stands for. */
    public static ErrorCategory of(EnumValue value) {
        return values()[(int) value.value()];
    }
}
