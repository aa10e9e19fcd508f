package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import org.jposh.grammar.NumberLiteral;

/** PowerShell's value conversions (LanguagePrimitives in pwsh): to string, to number, to int, enumeration. */
public final class LanguagePrimitives {
    private static final MathContext G15 = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final BigDecimal INT_RANGE = BigDecimal.valueOf(Integer.MAX_VALUE).add(new BigDecimal("0.5"));

    private LanguagePrimitives() {
    }

    /** The string PowerShell makes of a value, culture-invariant (numbers) as in conversions and output. */
    @TruffleBoundary
    public static String toStringValue(Object value) {
        if (value == null) {
            return "";
        } else if (value instanceof String s) {
            return s;
        } else if (value instanceof Double d) {
            return formatDouble(d);
        } else if (value instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (value instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (value instanceof Object[] array) {
            return joinWithSeparator(array, " ");
        }
        return value.toString();
    }

    private static String joinWithSeparator(Object[] array, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < array.length; i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(toStringValue(array[i]));
        }
        return sb.toString();
    }

    /** A double as .NET formats it with "G15", the precision PowerShell uses when it converts to string. */
    @TruffleBoundary
    public static String formatDouble(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(d).round(G15).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= 15 || exponent < -5) {
            String digits = rounded.unscaledValue().abs().toString();
            StringBuilder sb = new StringBuilder();
            if (d < 0) {
                sb.append('-');
            }
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('E').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) {
                sb.append('0');
            }
            return sb.append(abs).toString();
        }
        return rounded.toPlainString();
    }

    /**
     * The number a string stands for when arithmetic needs one; empty and blank strings are 0.
     *
     * @throws PSInvalidCastException when the string is not a number
     */
    @TruffleBoundary
    public static Object stringToNumber(String s) {
        String trimmed = s.strip();
        if (trimmed.isEmpty()) {
            return 0;
        }
        Object number = NumberLiteral.parse(trimmed);
        if (number == null) {
            throw new PSInvalidCastException("InvalidCastFromStringToInteger",
                    "Cannot convert value \"" + s + "\" to type \"System.Int32\". Error: \"The input string '"
                            + s + "' was not in a correct format.\"");
        }
        return number;
    }

    /** The value as a number for arithmetic: numbers as they are, booleans 0/1, $null 0, strings parsed. */
    @TruffleBoundary
    public static Object toNumber(Object value) {
        if (value == null) {
            return 0;
        } else if (value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof BigDecimal || value instanceof BigInteger) {
            return value;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof Character c) {
            return (int) c;
        } else if (value instanceof String s) {
            return stringToNumber(s);
        }
        throw new PSInvalidCastException("InvalidCastToNumber", "Cannot convert the \"" + toStringValue(value)
                + "\" value of type \"" + TypeNames.fullName(value) + "\" to type \"System.Int32\".");
    }

    /** {@code [int]$value}: doubles and decimals round half to even, as .NET's Convert does. */
    @TruffleBoundary
    public static int toInt(Object value) {
        Object number = toNumber(value);
        if (number instanceof Integer i) {
            return i;
        } else if (number instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        } else if (number instanceof Double d && d >= Integer.MIN_VALUE - 0.5 && d < Integer.MAX_VALUE + 0.5) {
            return (int) Math.rint(d);
        } else if (number instanceof BigDecimal d && d.abs().compareTo(INT_RANGE) < 0) {
            return d.setScale(0, RoundingMode.HALF_EVEN).intValue();
        }
        throw new PSInvalidCastException("InvalidCastIConvertible", "Cannot convert value \"" + toStringValue(value)
                + "\" to type \"System.Int32\". Error: \"Value was either too large or too small for an Int32.\"");
    }

    /**
     * Writes a value to a pipe as PowerShell does with statement output: collections are unrolled one
     * level, AutomationNull writes nothing, everything else (including $null) is one object.
     */
    @TruffleBoundary
    public static void writeEnumerated(Pipe pipe, Object value) {
        if (value == AutomationNull.VALUE) {
            return;
        }
        if (value instanceof Object[] array) {
            for (Object element : array) {
                pipe.write(element);
            }
        } else if (value instanceof Iterable<?> iterable && !(value instanceof Map<?, ?>)) {
            for (Object element : iterable) {
                pipe.write(element);
            }
        } else {
            pipe.write(value);
        }
    }
}
