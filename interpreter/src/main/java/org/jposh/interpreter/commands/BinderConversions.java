package org.jposh.interpreter.commands;

import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSInvalidCastException;
import org.jposh.interpreter.runtime.SwitchParameter;
import org.jposh.interpreter.runtime.TimeSpan;
import org.jposh.interpreter.runtime.TypeNames;
import org.jposh.interpreter.runtime.UInt32;
import org.jposh.interpreter.runtime.UInt64;
import org.jposh.interpreter.runtime.Uri;

/**
 * The value conversions and tests the binder needs from PowerShell's LanguagePrimitives (ConvertTo,
 * IsTrue, GetEnumerable) and from .NET's type names. They live here until the runtime's
 * LanguagePrimitives provides them; then these methods should delegate or go.
 */
final class BinderConversions {
    private BinderConversions() {
    }

    /** $null or AutomationNull (nothing). */
    static boolean isNull(Object value) {
        return value == null || value == AutomationNull.VALUE;
    }

    /**
     * pwsh's ArgumentTypeConverterAttribute.CheckBoolValue: a bool parameter's argument must be a boolean
     * a switch or a number; $null only for bool?.
     */
    static void checkBooleanArgument(Object value, DotNetType type) {
        Object base = PSObject.base(value);
        if (isNull(base) ? type == CoreTypes.BOOLEAN : !(base instanceof Boolean) && !(base instanceof SwitchParameter)
                && (!(base instanceof Number) || base instanceof BigInteger)) {
            throw new PSInvalidCastException("InvalidCastExceptionUnsupportedParameterType", "Cannot convert value \""
                    + (isNull(base) ? "" : DotNetType.of(base)) + "\" to type \"" + type
                    + "\". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.");
        }
    }

    /** Whether PowerShell enumerates the value: arrays and other collections, but not strings nor dictionaries. */
    static boolean isEnumerable(Object value) {
        return value != null && (value.getClass().isArray() || (value instanceof Iterable<?> && !(value instanceof Map<?, ?>)));
    }

    /** The elements of an enumerable value (see {@link #isEnumerable}). */
    static Iterable<?> enumerate(Object value) {
        if (value instanceof Iterable<?> iterable) {
            return iterable;
        }
        return asList(value);
    }

    /** An array or list seen as a list (.NET's IList); null for anything else. */
    static List<?> asList(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        } else if (value instanceof List<?> list) {
            return list;
        } else if (value != null && value.getClass().isArray()) {
            return new AbstractList<>() {
                @Override
                public Object get(int index) {
                    return Array.get(value, index);
                }

                @Override
                public int size() {
                    return Array.getLength(value);
                }
            };
        }
        return null;
    }

    /** PowerShell's truth value of a value, as in {@code if ($x)}. */
    static boolean isTrue(Object value) {
        if (isNull(value)) {
            return false;
        } else if (value instanceof Boolean b) {
            return b;
        } else if (value instanceof String s) {
            return !s.isEmpty();
        } else if (value instanceof Integer i) {
            return i != 0;
        } else if (value instanceof Long l) {
            return l != 0;
        } else if (value instanceof Double d) {
            return d != 0;
        } else if (value instanceof BigDecimal d) {
            return d.signum() != 0;
        } else if (value instanceof Character c) {
            return c != 0;
        }
        List<?> list = asList(value);
        if (list == null) {
            return true;
        }
        return switch (list.size()) {
            case 0 -> false;
            case 1 -> {
                List<?> inner = asList(list.getFirst());
                yield inner == null ? isTrue(list.getFirst()) : !inner.isEmpty();
            }
            default -> true;
        };
    }

    /** The wrapper class of a primitive type, or the type itself. */
    static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
    }

    /** Whether the type stands for a .NET value type, which cannot hold $null. */
    static boolean isValueType(Class<?> type) {
        Class<?> boxed = boxed(type);
        return type.isPrimitive() || boxed == Integer.class || boxed == Long.class || boxed == Double.class
                || boxed == Boolean.class || boxed == Character.class || boxed == Short.class || boxed == Byte.class
                || boxed == Float.class || type == BigDecimal.class || type == UUID.class || type.isEnum()
                || type == DateTime.class || type == TimeSpan.class;
    }

    /** {@code [type]$value}; throws PSInvalidCastException with PowerShell's message when it cannot. */
    static Object convert(Object value, Class<?> type) {
        Class<?> target = boxed(type);
        if (target.isInstance(value) || target == Object.class) {
            return value;
        } else if (value == null) {
            throw cannotConvertNull(type);
        } else if (target == String.class) {
            return LanguagePrimitives.convertToString(value);
        } else if (target == Integer.class) {
            return LanguagePrimitives.toInt(value);
        } else if (target == Long.class) {
            return toLong(value);
        } else if (target == Double.class) {
            return toDouble(value);
        } else if (target.isEnum()) {
            return toEnum(value, target);
        } else if (target == Character.class && value instanceof String s && s.length() == 1) {
            return s.charAt(0);
        } else if (target == UUID.class && value instanceof String s) {
            return toGuid(s);
        } else if (target == URI.class && value instanceof String s) {
            return toUri(s);
        } else if (target == URI.class && PSObject.base(value) instanceof Uri u) {
            return toUri(u.isAbsolute() ? u.absoluteUri() : u.originalString());
        } else if (target == Uri.class) {
            return LanguagePrimitives.convertTo(value, Uri.TYPE);
        } else if (target == DateTime.class || target == TimeSpan.class || target == UInt32.class
                || target == UInt64.class) {
            return LanguagePrimitives.convertTo(value, target);
        }
        throw new PSInvalidCastException("ConvertToFinalInvalidCastException", "Cannot convert the \""
                + LanguagePrimitives.toStringValue(value) + "\" value of type \"" + TypeNames.fullName(value)
                + "\" to type \"" + dotNetTypeName(type) + "\".");
    }

    /** {@link #convert}, or null when the value does not convert. */
    static Object tryConvert(Object value, Class<?> type) {
        try {
            return convert(value, type);
        } catch (PSInvalidCastException e) {
            return null;
        }
    }

    static PSInvalidCastException cannotConvertNull(Class<?> type) {
        return new PSInvalidCastException("InvalidCastFromNull",
                "Cannot convert null to type \"" + dotNetTypeName(type) + "\".");
    }

    private static long toLong(Object value) {
        Object number = LanguagePrimitives.toNumber(value);
        if (number instanceof Integer || number instanceof Long) {
            return ((Number) number).longValue();
        }
        BigDecimal exact = number instanceof BigDecimal d ? d : number instanceof BigInteger i ? new BigDecimal(i)
                : new BigDecimal(((Number) number).doubleValue());
        BigDecimal rounded = exact.setScale(0, java.math.RoundingMode.HALF_EVEN);
        if (rounded.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0
                || rounded.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new PSInvalidCastException("InvalidCastIConvertible", "Cannot convert value \""
                    + LanguagePrimitives.toStringValue(value) + "\" to type \"System.Int64\". Error: \"Value was "
                    + "either too large or too small for an Int64.\"");
        }
        return rounded.longValue();
    }

    private static double toDouble(Object value) {
        return ((Number) LanguagePrimitives.toNumber(value)).doubleValue();
    }

    private static Object toEnum(Object value, Class<?> enumType) {
        Object[] constants = enumType.getEnumConstants();
        if (value instanceof Integer i && i >= 0 && i < constants.length) {
            return constants[i];
        }
        String name = LanguagePrimitives.toStringValue(value).strip();
        for (Object constant : constants) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(name)) {
                return constant;
            }
        }
        StringBuilder names = new StringBuilder();
        for (Object constant : constants) {
            names.append(names.isEmpty() ? "" : ", ").append(((Enum<?>) constant).name());
        }
        throw new PSInvalidCastException("InvalidCastFromStringToEnum", "Cannot convert value \""
                + LanguagePrimitives.toStringValue(value) + "\" to type \"" + dotNetTypeName(enumType) + "\". Error: "
                + "\"Unable to match the identifier name " + name + " to a valid enumerator name. Specify one of the "
                + "following enumerator names and try again:\n" + names + "\"");
    }

    private static UUID toGuid(String s) {
        try {
            String text = s.strip();
            if (text.length() == 32 && text.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                text = text.substring(0, 8) + "-" + text.substring(8, 12) + "-" + text.substring(12, 16) + "-"
                        + text.substring(16, 20) + "-" + text.substring(20);
            } else if (text.length() == 38 && (text.startsWith("{") && text.endsWith("}")
                    || text.startsWith("(") && text.endsWith(")"))) {
                text = text.substring(1, 37);
            }
            if (text.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new PSInvalidCastException("InvalidCastParseTargetInvocation", "Cannot convert value \"" + s
                    + "\" to type \"System.Guid\". Error: \"Unrecognized Guid format.\"");
        }
    }

    private static URI toUri(String s) {
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            throw new PSInvalidCastException("InvalidCastParseTargetInvocation", "Cannot convert value \"" + s
                    + "\" to type \"System.Uri\". Error: \"Invalid URI: The format of the URI could not be "
                    + "determined.\"");
        }
    }

    /** How PowerShell names the .NET type a Java type stands for, as in {@code System.String[]}. */
    static String dotNetTypeName(Class<?> type) {
        if (type.isArray()) {
            return dotNetTypeName(type.getComponentType()) + "[]";
        }
        Class<?> boxed = boxed(type);
        if (type == boolean.class) {
            return "System.Management.Automation.SwitchParameter";
        } else if (boxed == Boolean.class) {
            return "System.Boolean";
        } else if (boxed == Integer.class) {
            return "System.Int32";
        } else if (boxed == Long.class) {
            return "System.Int64";
        } else if (boxed == Double.class) {
            return "System.Double";
        } else if (boxed == Character.class) {
            return "System.Char";
        } else if (type == String.class) {
            return "System.String";
        } else if (type == Object.class) {
            return "System.Object";
        } else if (type == BigDecimal.class) {
            return "System.Decimal";
        } else if (type == UUID.class) {
            return "System.Guid";
        } else if (type == URI.class || type == Uri.class) {
            return "System.Uri";
        } else if (Map.class.isAssignableFrom(type)) {
            return "System.Collections.Hashtable";
        } else if (type == ActionPreference.class) {
            return "System.Management.Automation.ActionPreference";
        } else if (List.class.isAssignableFrom(type)) {
            return "System.Collections.ArrayList";
        } else if (type == UInt64.class) {
            return "System.UInt64";
        }
        return type.getName();
    }

    /** The name .NET's Object.ToString() gives a value whose type has no string form of its own. */
    static String typeNameOf(Object value) {
        return dotNetTypeName(value.getClass());
    }

    /** The short .NET type name of a value, as {@code Int32}, for validation messages. */
    static String shortTypeName(Object value) {
        String full = dotNetTypeName(value.getClass());
        return full.substring(full.lastIndexOf('.') + 1);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
