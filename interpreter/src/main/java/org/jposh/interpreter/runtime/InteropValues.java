package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Converts interpreter values into values other languages and the polyglot API can hold, and back
 * ({@link ForeignObjects#importValue}): numbers, strings and booleans as themselves, $null as a null
 * value, arrays and lists as array elements, dictionaries as hash entries, script blocks as executable
 * values, other objects with their PowerShell members. What other languages hold is a view of the
 * PowerShell value; handed back, it is the same value again.
 * (The runtime helpers test types with instanceof rather than pattern switches: each pattern switch
 * generates a class when first run, which every launch would pay for.)
 */
public final class InteropValues {
    private InteropValues() {
    }

    /** A PowerShell value seen by other languages; {@link #unwrap} gives the value back. */
    public interface Exported extends TruffleObject {
        Object unwrap();
    }

    @TruffleBoundary
    public static Object export(Object value) {
        if (value == null || value == AutomationNull.VALUE) {
            return PoshNull.INSTANCE;
        }
        if (value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Boolean || value instanceof Character || value instanceof Byte
                || value instanceof Short || value instanceof Float || value instanceof TruffleObject) {
            return value;
        }
        if (value instanceof BigDecimal || value instanceof BigInteger) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof UInt64 u) {
            return u.fitsLong() ? (Object) u.longValue() : (Object) u.doubleValue();
        } else if (value instanceof UInt32 || value instanceof UInt16 || value instanceof SByte) {
            return value instanceof SByte ? (Object) ((Number) value).byteValue() : (Object) ((Number) value).longValue();
        }
        if (value instanceof Object[] array) {
            return new PoshArray(array);
        } else if (value instanceof List<?> list) {
            return new PoshArray(list);
        } else if (value instanceof Map<?, ?> map) {
            return new DictionaryValue(map);
        } else if (value instanceof ScriptCallable script) {
            return new ScriptBlockValue(script);
        }
        if (value instanceof PSObject pso) {
            if (!pso.isCustomObject() && pso.instanceMembers().isEmpty()) {
                return export(pso.baseObject());
            }
            return new PSObjectValue(pso);
        }
        return new PSObjectValue(new PSObject(value));
    }
}
