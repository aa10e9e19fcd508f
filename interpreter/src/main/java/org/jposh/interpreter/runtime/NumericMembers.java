package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BIG_INTEGER;
import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.BYTE;
import static org.jposh.interpreter.runtime.CoreTypes.DECIMAL;
import static org.jposh.interpreter.runtime.CoreTypes.DOUBLE;
import static org.jposh.interpreter.runtime.CoreTypes.INT16;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.INT64;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.PS_REFERENCE;
import static org.jposh.interpreter.runtime.CoreTypes.SINGLE;
import static org.jposh.interpreter.runtime.CoreTypes.SBYTE;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.UINT16;
import static org.jposh.interpreter.runtime.CoreTypes.UINT32;
import static org.jposh.interpreter.runtime.CoreTypes.UINT64;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The members of bool and the numeric types: MinValue, MaxValue, Parse and TryParse with .NET's rules
 * (Int32.Parse takes an optional sign and digits with surrounding white space; Double.Parse also
 * decimals, exponents and thousands separators), ToString(format), CompareTo; double's NaN and
 * infinities; decimal's rounding helpers.
 */
final class NumericMembers {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL_NUMBER = Pattern.compile("[+-]?([0-9]{1,3}(,[0-9]{3})+|[0-9]*)(\\.[0-9]*)?");

    private NumericMembers() {
    }

    static void defineBoolean(TypeAdapter.Builder b) {
        b.staticField("TrueString", STRING, () -> "True");
        b.staticField("FalseString", STRING, () -> "False");
        defineParse(b, BOOLEAN, NumericMembers::parseBoolean);
        b.method("CompareTo", INT32, (t, a) -> Boolean.compare((Boolean) t, (Boolean) LanguagePrimitives.convertTo(
                a[0], BOOLEAN)), param("value", OBJECT));
    }

    static void defineByte(TypeAdapter.Builder b) {
        defineInteger(b, BYTE, (byte) 0, (byte) 255);
    }

    static void defineSByte(TypeAdapter.Builder b) {
        defineInteger(b, SBYTE, SByte.valueOf(Byte.MIN_VALUE), SByte.valueOf(Byte.MAX_VALUE));
    }

    static void defineInt16(TypeAdapter.Builder b) {
        defineInteger(b, INT16, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    static void defineUInt16(TypeAdapter.Builder b) {
        defineInteger(b, UINT16, UInt16.valueOf(0), UInt16.valueOf(65535));
    }

    static void defineInt32(TypeAdapter.Builder b) {
        defineInteger(b, INT32, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    static void defineUInt32(TypeAdapter.Builder b) {
        defineInteger(b, UINT32, UInt32.valueOf(0), UInt32.valueOf(-1));
    }

    static void defineInt64(TypeAdapter.Builder b) {
        defineInteger(b, INT64, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    static void defineUInt64(TypeAdapter.Builder b) {
        defineInteger(b, UINT64, UInt64.valueOf(0), UInt64.valueOf(-1));
    }

    static void defineSingle(TypeAdapter.Builder b) {
        defineFloating(b, SINGLE, Float.MIN_VALUE, -Float.MAX_VALUE, Float.MAX_VALUE);
    }

    static void defineDouble(TypeAdapter.Builder b) {
        defineFloating(b, DOUBLE, Double.MIN_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE);
    }

    static void defineDecimal(TypeAdapter.Builder b) {
        BigDecimal max = new BigDecimal("79228162514264337593543950335");
        b.staticField("MaxValue", DECIMAL, () -> max);
        b.staticField("MinValue", DECIMAL, max::negate);
        b.staticField("Zero", DECIMAL, () -> BigDecimal.ZERO);
        b.staticField("One", DECIMAL, () -> BigDecimal.ONE);
        b.staticField("MinusOne", DECIMAL, () -> BigDecimal.ONE.negate());
        defineCultureParse(b, DECIMAL, true, NumericMembers::parseDecimal);
        defineFormatting(b, DECIMAL);
        b.staticMethod("Round", DECIMAL, (t, a) -> ((BigDecimal) a[0]).setScale(0, RoundingMode.HALF_EVEN),
                param("d", DECIMAL));
        b.staticMethod("Round", DECIMAL, (t, a) -> MathMembers.roundDecimal((BigDecimal) a[0], (Integer) a[1],
                RoundingMode.HALF_EVEN), param("d", DECIMAL), param("decimals", INT32));
        b.staticMethod("Truncate", DECIMAL, (t, a) -> ((BigDecimal) a[0]).setScale(0, RoundingMode.DOWN),
                param("d", DECIMAL));
        b.staticMethod("Floor", DECIMAL, (t, a) -> ((BigDecimal) a[0]).setScale(0, RoundingMode.FLOOR),
                param("d", DECIMAL));
        b.staticMethod("Ceiling", DECIMAL, (t, a) -> ((BigDecimal) a[0]).setScale(0, RoundingMode.CEILING),
                param("d", DECIMAL));
    }

    static void defineBigInteger(TypeAdapter.Builder b) {
        b.staticProperty("Zero", BIG_INTEGER, () -> BigInteger.ZERO);
        b.staticProperty("One", BIG_INTEGER, () -> BigInteger.ONE);
        b.staticProperty("MinusOne", BIG_INTEGER, () -> BigInteger.ONE.negate());
        defineCultureParse(b, BIG_INTEGER, false, s -> {
            String t = s.strip();
            if (!INTEGER.matcher(t).matches()) {
                throw DotNetException.format(NumericConversion.formatMessage(s));
            }
            return new BigInteger(t.startsWith("+") ? t.substring(1) : t);
        });
        defineFormatting(b, BIG_INTEGER);
        b.staticMethod("Pow", BIG_INTEGER, (t, a) -> ((BigInteger) a[0]).pow((Integer) a[1]),
                param("value", BIG_INTEGER), param("exponent", INT32));
        b.staticMethod("Abs", BIG_INTEGER, (t, a) -> ((BigInteger) a[0]).abs(), param("value", BIG_INTEGER));
    }

    private static void defineInteger(TypeAdapter.Builder b, DotNetType type, Number min, Number max) {
        b.staticField("MaxValue", type, () -> max);
        b.staticField("MinValue", type, () -> min);
        defineCultureParse(b, type, false, s -> {
            String t = s.strip();
            if (!INTEGER.matcher(t).matches()) {
                throw DotNetException.format(NumericConversion.formatMessage(s));
            }
            return NumericConversion.convert(new BigInteger(t.startsWith("+") ? t.substring(1) : t), type);
        });
        defineFormatting(b, type);
    }

    private static void defineFloating(TypeAdapter.Builder b, DotNetType type, double epsilon, double min, double max) {
        Function<Double, Object> box = d -> type == SINGLE ? (Object) d.floatValue() : (Object) d;
        b.staticField("MaxValue", type, () -> box.apply(max));
        b.staticField("MinValue", type, () -> box.apply(min));
        b.staticField("Epsilon", type, () -> box.apply(epsilon));
        b.staticField("NaN", type, () -> box.apply(Double.NaN));
        b.staticField("PositiveInfinity", type, () -> box.apply(Double.POSITIVE_INFINITY));
        b.staticField("NegativeInfinity", type, () -> box.apply(Double.NEGATIVE_INFINITY));
        defineCultureParse(b, type, true, s -> {
            Double d = NumericConversion.parseDouble(s);
            if (d == null) {
                throw DotNetException.format(NumericConversion.formatMessage(s));
            }
            return box.apply(d);
        });
        b.staticMethod("IsNaN", BOOLEAN, (t, a) -> Double.isNaN((Double) a[0]), param("d", DOUBLE));
        b.staticMethod("IsInfinity", BOOLEAN, (t, a) -> Double.isInfinite((Double) a[0]), param("d", DOUBLE));
        b.staticMethod("IsPositiveInfinity", BOOLEAN, (t, a) -> (Double) a[0] == Double.POSITIVE_INFINITY,
                param("d", DOUBLE));
        b.staticMethod("IsNegativeInfinity", BOOLEAN, (t, a) -> (Double) a[0] == Double.NEGATIVE_INFINITY,
                param("d", DOUBLE));
        b.staticMethod("IsFinite", BOOLEAN, (t, a) -> Double.isFinite((Double) a[0]), param("d", DOUBLE));
        defineFormatting(b, type);
    }

    /** ToString() with and without a format and a provider, and CompareTo, as the numeric types share them. */
    private static void defineFormatting(TypeAdapter.Builder b, DotNetType type) {
        b.method("ToString", STRING, (t, a) -> NumberFormatter.format(t, null));
        b.method("ToString", STRING, (t, a) -> NumberFormatter.format(t, (String) a[0]), param("format", STRING));
        b.method("ToString", STRING, (t, a) -> NumberFormatter.format(t, null, CultureInfo.numberFormat(a[0])),
                param("provider", CoreTypes.IFORMAT_PROVIDER));
        b.method("ToString", STRING, (t, a) -> NumberFormatter.format(t, (String) a[0],
                CultureInfo.numberFormat(a[1])), param("format", STRING), param("provider", CoreTypes.IFORMAT_PROVIDER));
        b.method("CompareTo", INT32, (t, a) -> a[0] == null ? 1 : Integer.signum(ComparisonOperators.numericOrder(t,
                LanguagePrimitives.convertTo(a[0], type))), param("value", OBJECT));
    }

    /**
     * Parse and TryParse in the current culture, and Parse(s, provider): the text in the culture's signs and
     * separators (group separators only where the type's default NumberStyles allow thousands) is read as the
     * invariant text it stands for.
     */
    private static void defineCultureParse(TypeAdapter.Builder b, DotNetType type, boolean groups,
                                           Function<String, Object> parser) {
        defineParse(b, type, s -> parser.apply(invariantText(s, CultureInfo.current().numberFormat(), groups)));
        b.staticMethod("Parse", type, (t, a) -> {
            if (a[0] == null) {
                throw DotNetException.argumentNull("s");
            }
            return parser.apply(invariantText((String) a[0], CultureInfo.numberFormat(a[1]), groups));
        }, param("s", STRING), param("provider", CoreTypes.IFORMAT_PROVIDER));
    }

    private static String invariantText(String s, NumberFormatInfo info, boolean groups) {
        boolean invariantSymbols = info.decimalSeparator().equals(".") && info.negativeSign().equals("-");
        if (invariantSymbols && (!groups || info.groupSeparator().equals(","))) {
            return groups ? s.replace(",", "") : s;
        }
        String text = groups ? s.replace(info.groupSeparator(), "") : s;
        if (groups && (info.groupSeparator().equals("\u00A0") || info.groupSeparator().equals("\u202F"))) {
            text = text.replace(" ", "");
        }
        return text.replace(info.negativeSign(), "-").replace(info.decimalSeparator(), ".");
    }

    /** Parse(string) and TryParse(string, [ref] result), from one parser that throws .NET's exceptions. */
    private static void defineParse(TypeAdapter.Builder b, DotNetType type, Function<String, Object> parser) {
        b.staticMethod("Parse", type, (t, a) -> {
            if (a[0] == null) {
                throw DotNetException.argumentNull(type == BOOLEAN ? "value" : "s");
            }
            return parser.apply((String) a[0]);
        }, param("s", STRING));
        b.staticMethod("TryParse", BOOLEAN, (t, a) -> {
            PSReference result = (PSReference) a[1];
            try {
                if (a[0] == null) {
                    throw DotNetException.argumentNull("s");
                }
                result.setValue(parser.apply((String) a[0]));
                return true;
            } catch (DotNetException e) {
                result.setValue(LanguagePrimitives.convertTo(null, type));
                return false;
            }
        }, param("s", STRING), param("result", PS_REFERENCE));
    }

    private static Object parseBoolean(String s) {
        String t = s.strip();
        if (t.equalsIgnoreCase("True")) {
            return true;
        } else if (t.equalsIgnoreCase("False")) {
            return false;
        }
        throw DotNetException.format("String '" + s + "' was not recognized as a valid Boolean.");
    }

    private static Object parseDecimal(String s) {
        String t = s.strip();
        if (!DECIMAL_NUMBER.matcher(t).matches() || t.chars().noneMatch(Character::isDigit)) {
            throw DotNetException.format(NumericConversion.formatMessage(s));
        }
        return NumericConversion.convert(new BigDecimal(t.replace(",", "")), DECIMAL);
    }
}
