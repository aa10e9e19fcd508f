package org.jposh.interpreter.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jposh.grammar.NumberLiteral;
import org.jposh.grammar.ast.UnsignedValue;

/**
 * Conversions between numeric types as .NET's Convert.ChangeType makes them (floating values to
 * integers round half to even; out-of-range values raise OverflowException with .NET's words), and
 * from strings as PowerShell parses them: the number-literal scanner first ({@code "0x1F"}), then
 * .NET's invariant parsing ({@code "1,000.5"}).
 */
final class NumericConversion {
    private static final MathContext DOUBLE_TO_DECIMAL = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final MathContext SINGLE_TO_DECIMAL = new MathContext(7, RoundingMode.HALF_EVEN);

    private NumericConversion() {
    }

    /** Whether the type is one of .NET's numeric types (sbyte ... decimal, bigint). */
    static boolean isNumericType(DotNetType type) {
        return isIntegerType(type) || type == CoreTypes.SINGLE || type == CoreTypes.DOUBLE
                || type == CoreTypes.DECIMAL;
    }

    private static boolean isIntegerType(DotNetType type) {
        return integerWidth(type) > 0 || type == CoreTypes.BIG_INTEGER;
    }

    static boolean isNumeric(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof BigDecimal || value instanceof Byte || value instanceof Short
                || value instanceof Float || value instanceof BigInteger || isSmallOrUnsigned(value);
    }

    static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Byte || value instanceof Short
                || value instanceof BigInteger || isSmallOrUnsigned(value);
    }

    /** The integer types that have classes of their own: sbyte, ushort, uint, ulong. */
    static boolean isSmallOrUnsigned(Object value) {
        return value instanceof UInt32 || value instanceof UInt64 || value instanceof SByte || value instanceof UInt16;
    }

    /**
     * The value a number literal scanned by the grammar stands for: the grammar knows nothing of the
     * interpreter's classes, and gives sbyte as Java's Byte and the unsigned types as UnsignedValue.
     */
    static Object fromLiteral(Object scanned) {
        if (scanned instanceof Byte b) {
            return SByte.valueOf(b);
        } else if (scanned instanceof UnsignedValue u) {
            return switch (u.type()) {
                case BYTE -> (byte) u.bits();
                case UINT16 -> UInt16.valueOf(u.bits());
                case UINT32 -> UInt32.valueOf(u.bits());
                case UINT64 -> UInt64.valueOf(u.bits());
            };
        }
        return scanned;
    }

    /** {@link NumberLiteral#parse} with the values as the interpreter holds them. */
    static Object parseLiteral(String text) {
        return fromLiteral(NumberLiteral.parse(text));
    }

    /** Whether converting from one numeric type to another never loses range (.NET's implicit conversions). */
    static boolean isWidening(DotNetType from, DotNetType to) {
        if (from == CoreTypes.CHAR) {
            return isNumericType(to) && to != CoreTypes.BYTE && to != CoreTypes.SBYTE && to != CoreTypes.INT16;
        }
        if (from == to || !isNumericType(from) || !isNumericType(to)) {
            return false;
        }
        int f = integerWidth(from);
        if (f > 0) {
            int t = integerWidth(to);
            if (t == 0) {
                return true;
            }
            return isSigned(from) == isSigned(to) ? f < t : !isSigned(from) && f < t;
        }
        return from == CoreTypes.SINGLE && to == CoreTypes.DOUBLE;
    }

    /** The bits of a fixed-size integer type, 0 for the other types. */
    private static int integerWidth(DotNetType type) {
        if (type == CoreTypes.INT32 || type == CoreTypes.UINT32) {
            return 32;
        } else if (type == CoreTypes.INT64 || type == CoreTypes.UINT64) {
            return 64;
        } else if (type == CoreTypes.BYTE || type == CoreTypes.SBYTE) {
            return 8;
        } else if (type == CoreTypes.INT16 || type == CoreTypes.UINT16) {
            return 16;
        }
        return 0;
    }

    private static boolean isSigned(DotNetType type) {
        return type != CoreTypes.BYTE && type != CoreTypes.UINT16 && type != CoreTypes.UINT32
                && type != CoreTypes.UINT64;
    }

    /** How .NET's overflow message names a type: "Value was either too large or too small for an Int32." */
    static String typeWords(DotNetType type) {
        if (type == CoreTypes.INT32) {
            return "an Int32";
        } else if (type == CoreTypes.INT64) {
            return "an Int64";
        } else if (type == CoreTypes.INT16) {
            return "an Int16";
        } else if (type == CoreTypes.BYTE) {
            return "an unsigned byte";
        } else if (type == CoreTypes.SBYTE) {
            return "a signed byte";
        } else if (type == CoreTypes.CHAR) {
            return "a character";
        }
        return "a " + type.name();
    }

    /**
     * Converts a number, bool or char to a numeric type (or char) as Convert.ChangeType does.
     *
     * @throws DotNetException OverflowException or InvalidCastException
     */
    static Object convert(Object value, DotNetType target) {
        if (value instanceof Boolean b) {
            if (target == CoreTypes.CHAR) {
                throw invalidCast("Boolean", "Char");
            }
            value = b ? 1 : 0;
        } else if (value instanceof Character c) {
            value = (int) c;
        }
        if (target == CoreTypes.INT32) {
            return (int) toIntegral(value, Integer.MIN_VALUE, Integer.MAX_VALUE, target);
        } else if (target == CoreTypes.INT64) {
            return toIntegral(value, Long.MIN_VALUE, Long.MAX_VALUE, target);
        } else if (target == CoreTypes.DOUBLE) {
            return toDouble(value);
        } else if (target == CoreTypes.DECIMAL) {
            return toDecimal(value);
        } else if (target == CoreTypes.BYTE) {
            return (byte) toIntegral(value, 0, 255, target);
        } else if (target == CoreTypes.INT16) {
            return (short) toIntegral(value, Short.MIN_VALUE, Short.MAX_VALUE, target);
        } else if (target == CoreTypes.UINT32) {
            return UInt32.valueOf(toIntegral(value, 0, 0xFFFF_FFFFL, target));
        } else if (target == CoreTypes.UINT64) {
            return toUInt64(value);
        } else if (target == CoreTypes.SBYTE) {
            return SByte.valueOf((byte) toIntegral(value, Byte.MIN_VALUE, Byte.MAX_VALUE, target));
        } else if (target == CoreTypes.UINT16) {
            return UInt16.valueOf(toIntegral(value, 0, 65535, target));
        } else if (target == CoreTypes.SINGLE) {
            return value instanceof BigDecimal d ? d.floatValue() : (float) toDouble(value);
        } else if (target == CoreTypes.BIG_INTEGER) {
            return toBigInteger(value);
        } else if (target == CoreTypes.CHAR) {
            if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
                throw invalidCast(DotNetType.of(value).name(), "Char");
            }
            return (char) toIntegral(value, 0, 65535, target);
        }
        throw new IllegalArgumentException(target + " is not numeric");
    }

    static DotNetException invalidCast(String from, String to) {
        return new DotNetException("System.InvalidCastException", "Invalid cast from '" + from + "' to '" + to + "'.");
    }

    static double toDouble(Object value) {
        if (value instanceof Byte b) {
            return Byte.toUnsignedInt(b);
        }
        return ((Number) value).doubleValue();
    }

    private static long toIntegral(Object value, long min, long max, DotNetType target) {
        String typeWords = typeWords(target);
        long result;
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            double rounded = Math.rint(d);
            if (Double.isNaN(d) || rounded < min || rounded > max) {
                throw overflow(typeWords);
            }
            return (long) rounded;
        } else if (value instanceof BigDecimal d) {
            BigDecimal rounded = d.setScale(0, RoundingMode.HALF_EVEN);
            if (rounded.compareTo(BigDecimal.valueOf(min)) < 0 || rounded.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw overflow(typeWords);
            }
            return rounded.longValue();
        } else if (value instanceof BigInteger b) {
            if (b.bitLength() > 63) {
                throw overflow(typeWords);
            }
            result = b.longValue();
        } else if (value instanceof Byte b) {
            result = Byte.toUnsignedInt(b);
        } else if (value instanceof UInt64 u && !u.fitsLong()) {
            throw overflow(typeWords);
        } else {
            result = ((Number) value).longValue();
        }
        if (result < min || result > max) {
            throw overflow(typeWords);
        }
        return result;
    }

    private static UInt64 toUInt64(Object value) {
        if (value instanceof UInt64 u) {
            return u;
        }
        BigInteger v;
        if (value instanceof Double || value instanceof Float) {
            double d = Math.rint(((Number) value).doubleValue());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw overflow("a UInt64");
            }
            v = new BigDecimal(d).toBigInteger();
        } else if (value instanceof BigDecimal d) {
            v = d.setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        } else if (value instanceof BigInteger b) {
            v = b;
        } else {
            v = BigInteger.valueOf(toIntegral(value, Long.MIN_VALUE, Long.MAX_VALUE, CoreTypes.UINT64));
        }
        if (v.signum() < 0 || v.bitLength() > 64) {
            throw overflow("a UInt64");
        }
        return UInt64.valueOf(v.longValue());
    }

    static DotNetException overflow(String typeWords) {
        return DotNetException.overflow("Value was either too large or too small for " + typeWords + ".");
    }

    private static BigDecimal toDecimal(Object value) {
        BigDecimal result;
        if (value instanceof BigDecimal d) {
            return d;
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw overflow("a Decimal");
            }
            result = new BigDecimal(d).round(value instanceof Float ? SINGLE_TO_DECIMAL : DOUBLE_TO_DECIMAL)
                    .stripTrailingZeros();
            if (result.scale() < 0) {
                result = result.setScale(0);
            }
        } else if (value instanceof BigInteger b) {
            result = new BigDecimal(b);
        } else if (value instanceof UInt64 u) {
            result = new BigDecimal(u.bigValue());
        } else if (value instanceof Byte b) {
            result = BigDecimal.valueOf(Byte.toUnsignedInt(b));
        } else {
            result = BigDecimal.valueOf(((Number) value).longValue());
        }
        if (result.abs().compareTo(DecimalRange.MAX) > 0) {
            throw overflow("a Decimal");
        }
        return result;
    }

    private static BigInteger toBigInteger(Object value) {
        if (value instanceof BigInteger b) {
            return b;
        } else if (value instanceof BigDecimal d) {
            return d.toBigInteger();
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw overflow("a BigInteger");
            }
            return new BigDecimal(d).toBigInteger();
        } else if (value instanceof Byte b) {
            return BigInteger.valueOf(Byte.toUnsignedInt(b));
        } else if (value instanceof UInt64 u) {
            return u.bigValue();
        }
        return BigInteger.valueOf(((Number) value).longValue());
    }

    /**
     * {@code [int]"..."} and the other string-to-number conversions of LanguagePrimitives.
     *
     * @throws PSInvalidCastException InvalidCastFromStringToInteger, ...ToDecimal or ...ToDoubleOrSingle
     */
    static Object fromString(String s, DotNetType target) {
        String trimmed = s.strip();
        if (trimmed.isEmpty()) {
            return convert(0, target);
        }
        Object scanned = parseLiteral(trimmed);
        if (scanned != null) {
            try {
                return convert(scanned, target);
            } catch (DotNetException e) {
                // out of range for the target: the .NET parsers below report it
            }
        }
        String errorId;
        String message;
        if (target == CoreTypes.DOUBLE || target == CoreTypes.SINGLE) {
            Double d = parseDouble(trimmed);
            if (d != null) {
                return target == CoreTypes.DOUBLE ? (Object) d : (Object) d.floatValue();
            }
            errorId = "InvalidCastFromStringToDoubleOrSingle";
            message = formatMessage(s);
        } else {
            errorId = target == CoreTypes.DECIMAL ? "InvalidCastFromStringToDecimal" : "InvalidCastFromStringToInteger";
            try {
                return parseIntegerOrDecimal(trimmed, target);
            } catch (DotNetException e) {
                message = e.getMessage();
            }
        }
        throw new PSInvalidCastException(errorId, "Cannot convert value \"" + s + "\" to type \"" + target
                + "\". Error: \"" + message + "\"");
    }

    /**
     * The integer types' TypeConverters (Int32.Parse and friends, and hexadecimal after 0x, &h or #), then
     * (for format errors) the value parsed as a double and converted.
     */
    private static Object parseIntegerOrDecimal(String s, DotNetType target) {
        if (integerWidth(target) > 0 && s.length() > 2 && (s.regionMatches(true, 0, "0x", 0, 2)
                || s.regionMatches(true, 0, "&h", 0, 2))) {
            return parseHex(s.substring(2), target);
        }
        if (integerWidth(target) > 0 && s.length() > 1 && s.charAt(0) == '#') {
            return parseHex(s.substring(1), target);
        }
        String digits = s.startsWith("+") ? s.substring(1) : s;
        boolean plainInteger = !digits.isEmpty() && digits.chars().skip(digits.startsWith("-") ? 1 : 0)
                .allMatch(c -> c >= '0' && c <= '9') && !digits.equals("-");
        if (plainInteger) {
            return convert(new BigDecimal(digits), target);
        }
        Double d = parseDouble(s);
        if (d == null) {
            throw DotNetException.format(formatMessage(s));
        }
        if (target == CoreTypes.DECIMAL || target == CoreTypes.BIG_INTEGER) {
            return convert(new BigDecimal(s.replace(",", "")), target);
        }
        return convert(d, target);
    }

    /** Convert.ToInt32(digits, 16) and friends: the digits are the type's bits (FFFFFFFF is an Int32's -1). */
    private static Object parseHex(String digits, DotNetType target) {
        BigInteger bits;
        try {
            bits = new BigInteger(digits, 16);
        } catch (NumberFormatException e) {
            throw DotNetException.format("Could not find any recognizable digits.");
        }
        int width = integerWidth(target);
        if (bits.signum() < 0 || bits.bitLength() > width) {
            throw overflow(typeWords(target));
        }
        if (isSigned(target) && bits.testBit(width - 1)) {
            bits = bits.subtract(BigInteger.ONE.shiftLeft(width));
        }
        return convert(bits, target);
    }

    static String formatMessage(String s) {
        return "The input string '" + s + "' was not in a correct format.";
    }

    /**
     * Double.Parse with the invariant culture and NumberStyles.Float | AllowThousands: sign,
     * thousands separators, decimal point, exponent, and Infinity / NaN; null when not a number.
     */
    static Double parseDouble(String text) {
        String s = text.strip();
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        boolean negative = s.startsWith("-");
        if (body.equalsIgnoreCase("Infinity") || body.equals("\u221E")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        StringBuilder plain = new StringBuilder(negative ? "-" : "");
        int i = 0;
        int n = body.length();
        int digits = 0;
        while (i < n && (Character.isDigit(body.charAt(i)) && body.charAt(i) < 128 || body.charAt(i) == ',' && digits > 0)) {
            if (body.charAt(i) != ',') {
                plain.append(body.charAt(i));
                digits++;
            }
            i++;
        }
        if (i < n && body.charAt(i) == '.') {
            plain.append('.');
            i++;
            while (i < n && body.charAt(i) >= '0' && body.charAt(i) <= '9') {
                plain.append(body.charAt(i++));
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (i < n && (body.charAt(i) == 'e' || body.charAt(i) == 'E')) {
            plain.append('e');
            i++;
            if (i < n && (body.charAt(i) == '+' || body.charAt(i) == '-')) {
                plain.append(body.charAt(i++));
            }
            int exponentDigits = 0;
            while (i < n && body.charAt(i) >= '0' && body.charAt(i) <= '9') {
                plain.append(body.charAt(i++));
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return null;
            }
        }
        return i == n ? Double.parseDouble(plain.toString()) : null;
    }

    /**
     * System.Decimal's largest value, in a class of its own so that only a conversion to decimal initialises
     * BigDecimal, whose class initialiser costs every start some 10 ms (README, "The runtime").
     */
    private static final class DecimalRange {
        static final BigDecimal MAX = new BigDecimal("79228162514264337593543950335");
    }
}
