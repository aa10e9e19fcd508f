package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Converts interpreter values into values other languages and the polyglot API can hold.
 * (The runtime helpers test types with instanceof rather than pattern switches: each pattern switch
 * generates a class when first run, which every launch would pay for.)
 */
public final class InteropValues {
    private InteropValues() {
    }

    public static Object export(Object value) {
        if (value == null || value == AutomationNull.VALUE) {
            return PoshNull.INSTANCE;
        }
        if (value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Boolean || value instanceof Character || value instanceof TruffleObject) {
            return value;
        }
        if (value instanceof Object[] array) {
            return new PoshArray(array);
        }
        if (value instanceof BigDecimal || value instanceof BigInteger) {
            return ((Number) value).doubleValue();
        }
        return LanguagePrimitives.toStringValue(value);
    }
}
