package org.jposh.remoting.cim;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.UInt16;
import org.jposh.interpreter.runtime.UInt32;
import org.jposh.interpreter.runtime.UInt64;

/**
 * The CIM types of the properties JPosh's providers declare (MI's CimType), and the PowerShell value each
 * becomes: uint32 a [uint32], datetime a local [datetime], as pwsh's CimInstance adapter gives them.
 */
public enum CimType {
    BOOLEAN,
    UINT16,
    UINT32,
    UINT64,
    SINT32,
    SINT64,
    STRING,
    STRING_ARRAY,
    DATETIME;

    /** The .NET type of this CIM type's values, as Get-Member shows a property's type. */
    DotNetType dotNetType() {
        return switch (this) {
            case BOOLEAN -> CoreTypes.BOOLEAN;
            case UINT16 -> CoreTypes.UINT16;
            case UINT32 -> CoreTypes.UINT32;
            case UINT64 -> CoreTypes.UINT64;
            case SINT32 -> CoreTypes.INT32;
            case SINT64 -> CoreTypes.INT64;
            case STRING -> CoreTypes.STRING;
            case STRING_ARRAY -> CoreTypes.STRING.arrayType();
            case DATETIME -> CoreTypes.DATE_TIME;
        };
    }

    /** A provider's Java value (a Number, String, String[], Boolean or Instant) as this type's PowerShell value. */
    Object toPowerShell(Object value) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case UINT16 -> UInt16.valueOf(((Number) value).longValue());
            case UINT32 -> UInt32.valueOf(((Number) value).longValue());
            case UINT64 -> UInt64.valueOf(((Number) value).longValue());
            case SINT32 -> ((Number) value).intValue();
            case SINT64 -> ((Number) value).longValue();
            case DATETIME -> new DateTime(LocalDateTime.ofInstant((Instant) value, ZoneId.systemDefault()),
                    DateTime.Kind.Local);
            case BOOLEAN, STRING, STRING_ARRAY -> value;
        };
    }
}
