package org.jposh.interpreter.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The .NET names of the Java types that stand for .NET ones, as PowerShell shows them. */
public final class TypeNames {
    private TypeNames() {
    }

    /** The short type name used in CategoryInfo, such as {@code String} or {@code Int32}. */
    public static String shortName(Object value) {
        String full = fullName(value);
        return full.substring(full.lastIndexOf('.') + 1);
    }

    public static String fullName(Object value) {
        Class<?> type = value.getClass();
        if (type == String.class) {
            return "System.String";
        } else if (type == Integer.class) {
            return "System.Int32";
        } else if (type == Long.class) {
            return "System.Int64";
        } else if (type == Double.class) {
            return "System.Double";
        } else if (type == BigDecimal.class) {
            return "System.Decimal";
        } else if (type == BigInteger.class) {
            return "System.Numerics.BigInteger";
        } else if (type == Boolean.class) {
            return "System.Boolean";
        } else if (type == Character.class) {
            return "System.Char";
        } else if (type == Object[].class) {
            return "System.Object[]";
        }
        return type.getName();
    }
}
