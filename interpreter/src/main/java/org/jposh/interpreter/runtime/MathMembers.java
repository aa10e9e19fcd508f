package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.DECIMAL;
import static org.jposh.interpreter.runtime.CoreTypes.DOUBLE;
import static org.jposh.interpreter.runtime.CoreTypes.INT16;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.INT64;
import static org.jposh.interpreter.runtime.CoreTypes.MIDPOINT_ROUNDING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * System.Math: Round (half to even unless a MidpointRounding says otherwise, with .NET's scaling
 * arithmetic for digits: {@code [math]::Round(1.005, 2)} is 1 because 1.005 is stored as a little
 * less), Floor, Ceiling, Truncate, Abs,
 * Pow, Sqrt, Max, Min, Sign, logarithms and trigonometry, with overloads per numeric type.
 */
final class MathMembers {
    private static final double DOUBLE_ROUND_LIMIT = 1e16;

    private MathMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        b.staticField("PI", DOUBLE, () -> Math.PI);
        b.staticField("E", DOUBLE, () -> Math.E);
        b.staticField("Tau", DOUBLE, () -> 2 * Math.PI);
        defineRound(b);
        b.staticMethod("Floor", DOUBLE, (t, a) -> Math.floor((Double) a[0]), param("d", DOUBLE));
        b.staticMethod("Floor", DECIMAL, (t, a) -> ((BigDecimal) a[0]).setScale(0, RoundingMode.FLOOR),
                param("d", DECIMAL));
        b.staticMethod("Ceiling", DOUBLE, (t, a) -> Math.ceil((Double) a[0]), param("a", DOUBLE));
        b.staticMethod("Ceiling", DECIMAL, (t, a) -> ((BigDecimal) a[0]).setScale(0, RoundingMode.CEILING),
                param("d", DECIMAL));
        b.staticMethod("Truncate", DOUBLE, (t, a) -> truncate((Double) a[0]), param("d", DOUBLE));
        b.staticMethod("Truncate", DECIMAL, (t, a) -> ((BigDecimal) a[0]).setScale(0, RoundingMode.DOWN),
                param("d", DECIMAL));
        b.staticMethod("Abs", INT32, (t, a) -> {
            int v = (Integer) a[0];
            if (v == Integer.MIN_VALUE) {
                throw DotNetException.overflow("Negating the minimum value of a twos complement number is invalid.");
            }
            return Math.abs(v);
        }, param("value", INT32));
        b.staticMethod("Abs", INT64, (t, a) -> {
            long v = (Long) a[0];
            if (v == Long.MIN_VALUE) {
                throw DotNetException.overflow("Negating the minimum value of a twos complement number is invalid.");
            }
            return Math.abs(v);
        }, param("value", INT64));
        b.staticMethod("Abs", INT16, (t, a) -> (short) Math.abs((Short) a[0]), param("value", INT16));
        b.staticMethod("Abs", DOUBLE, (t, a) -> Math.abs((Double) a[0]), param("value", DOUBLE));
        b.staticMethod("Abs", DECIMAL, (t, a) -> ((BigDecimal) a[0]).abs(), param("value", DECIMAL));
        defineMinMax(b, "Max", true);
        defineMinMax(b, "Min", false);
        defineClamp(b);
        b.staticMethod("Sign", INT32, (t, a) -> Integer.signum((Integer) a[0]), param("value", INT32));
        b.staticMethod("Sign", INT32, (t, a) -> Long.signum((Long) a[0]), param("value", INT64));
        b.staticMethod("Sign", INT32, (t, a) -> {
            double v = (Double) a[0];
            if (Double.isNaN(v)) {
                throw DotNetException.arithmetic("Function does not accept floating point Not-a-Number values.");
            }
            return (int) Math.signum(v);
        }, param("value", DOUBLE));
        b.staticMethod("Sign", INT32, (t, a) -> ((BigDecimal) a[0]).signum(), param("value", DECIMAL));
        b.staticMethod("Pow", DOUBLE, (t, a) -> Math.pow((Double) a[0], (Double) a[1]), param("x", DOUBLE),
                param("y", DOUBLE));
        unary(b, "Sqrt", Math::sqrt);
        unary(b, "Cbrt", Math::cbrt);
        unary(b, "Exp", Math::exp);
        unary(b, "Log", Math::log);
        unary(b, "Log10", Math::log10);
        unary(b, "Log2", x -> Math.log(x) / Math.log(2));
        unary(b, "Sin", Math::sin);
        unary(b, "Cos", Math::cos);
        unary(b, "Tan", Math::tan);
        unary(b, "Asin", Math::asin);
        unary(b, "Acos", Math::acos);
        unary(b, "Atan", Math::atan);
        unary(b, "Sinh", Math::sinh);
        unary(b, "Cosh", Math::cosh);
        unary(b, "Tanh", Math::tanh);
        b.staticMethod("Log", DOUBLE, (t, a) -> Math.log((Double) a[0]) / Math.log((Double) a[1]),
                param("a", DOUBLE), param("newBase", DOUBLE));
        b.staticMethod("Atan2", DOUBLE, (t, a) -> Math.atan2((Double) a[0], (Double) a[1]), param("y", DOUBLE),
                param("x", DOUBLE));
        b.staticMethod("IEEERemainder", DOUBLE, (t, a) -> Math.IEEEremainder((Double) a[0], (Double) a[1]),
                param("x", DOUBLE), param("y", DOUBLE));
    }

    private static void unary(TypeAdapter.Builder b, String name, DoubleUnaryOperator f) {
        b.staticMethod(name, DOUBLE, (t, a) -> f.applyAsDouble((Double) a[0]), param("d", DOUBLE));
    }

    private static void defineMinMax(TypeAdapter.Builder b, String name, boolean max) {
        b.staticMethod(name, INT32, (t, a) -> max ? Math.max((Integer) a[0], (Integer) a[1])
                : Math.min((Integer) a[0], (Integer) a[1]), param("val1", INT32), param("val2", INT32));
        b.staticMethod(name, INT64, (t, a) -> max ? Math.max((Long) a[0], (Long) a[1])
                : Math.min((Long) a[0], (Long) a[1]), param("val1", INT64), param("val2", INT64));
        DoubleBinaryOperator f = max ? Math::max : Math::min;
        b.staticMethod(name, DOUBLE, (t, a) -> f.applyAsDouble((Double) a[0], (Double) a[1]), param("val1", DOUBLE),
                param("val2", DOUBLE));
        b.staticMethod(name, DECIMAL, (t, a) -> max ? ((BigDecimal) a[0]).max((BigDecimal) a[1])
                : ((BigDecimal) a[0]).min((BigDecimal) a[1]), param("val1", DECIMAL), param("val2", DECIMAL));
    }

    /** Clamp(value, min, max) per numeric type; a min above the max is .NET's ArgumentException. */
    private static void defineClamp(TypeAdapter.Builder b) {
        for (DotNetType type : new DotNetType[] {INT32, INT64, DOUBLE, DECIMAL}) {
            b.staticMethod("Clamp", type, (t, a) -> {
                @SuppressWarnings("unchecked")
                Comparable<Object> min = (Comparable<Object>) a[1];
                if (min.compareTo(a[2]) > 0) {
                    throw DotNetException.argument("'" + LanguagePrimitives.dotNetToString(a[1])
                            + "' cannot be greater than " + LanguagePrimitives.dotNetToString(a[2]) + ".", null);
                }
                return min.compareTo(a[0]) > 0 ? a[1] : ((Comparable<Object>) a[2]).compareTo(a[0]) < 0 ? a[2] : a[0];
            }, param("value", type), param("min", type), param("max", type));
        }
    }

    private static void defineRound(TypeAdapter.Builder b) {
        b.staticMethod("Round", DOUBLE, (t, a) -> Math.rint((Double) a[0]), param("a", DOUBLE));
        b.staticMethod("Round", DOUBLE, (t, a) -> round((Double) a[0], (Integer) a[1], 0), param("value", DOUBLE),
                param("digits", INT32));
        b.staticMethod("Round", DOUBLE, (t, a) -> round((Double) a[0], 0, mode(a[1])), param("value", DOUBLE),
                param("mode", MIDPOINT_ROUNDING));
        b.staticMethod("Round", DOUBLE, (t, a) -> round((Double) a[0], (Integer) a[1], mode(a[2])),
                param("value", DOUBLE), param("digits", INT32), param("mode", MIDPOINT_ROUNDING));
        b.staticMethod("Round", DECIMAL, (t, a) -> roundDecimal((BigDecimal) a[0], 0, RoundingMode.HALF_EVEN),
                param("d", DECIMAL));
        b.staticMethod("Round", DECIMAL, (t, a) -> roundDecimal((BigDecimal) a[0], (Integer) a[1],
                RoundingMode.HALF_EVEN), param("d", DECIMAL), param("decimals", INT32));
        b.staticMethod("Round", DECIMAL, (t, a) -> roundDecimal((BigDecimal) a[0], 0, decimalMode(mode(a[1]))),
                param("d", DECIMAL), param("mode", MIDPOINT_ROUNDING));
        b.staticMethod("Round", DECIMAL, (t, a) -> roundDecimal((BigDecimal) a[0], (Integer) a[1],
                decimalMode(mode(a[2]))), param("d", DECIMAL), param("decimals", INT32),
                param("mode", MIDPOINT_ROUNDING));
    }

    private static int mode(Object midpointRounding) {
        return (int) ((EnumValue) midpointRounding).value();
    }

    private static double truncate(double d) {
        return d < 0 ? Math.ceil(d) : Math.floor(d);
    }

    /**
     * Math.Round(value, digits, mode) as .NET computes it: scale by 10^digits in double arithmetic,
     * round to an integer by the mode, scale back. Values of 1e16 and more are already integers.
     */
    static double round(double value, int digits, int mode) {
        if (digits < 0 || digits > 15) {
            throw DotNetException.argumentOutOfRange("digits", "Rounding digits must be between 0 and 15, inclusive.");
        }
        if (Math.abs(value) >= DOUBLE_ROUND_LIMIT) {
            return value;
        }
        double power = Math.pow(10, digits);
        double scaled = value * power;
        double rounded = switch (mode) {
            case 0 -> Math.rint(scaled);
            case 1 -> truncate(scaled + Math.copySign(Math.nextDown(0.5), scaled));
            case 2 -> truncate(scaled);
            case 3 -> Math.floor(scaled);
            default -> Math.ceil(scaled);
        };
        return rounded / power;
    }

    private static RoundingMode decimalMode(int mode) {
        return switch (mode) {
            case 0 -> RoundingMode.HALF_EVEN;
            case 1 -> RoundingMode.HALF_UP;
            case 2 -> RoundingMode.DOWN;
            case 3 -> RoundingMode.FLOOR;
            default -> RoundingMode.CEILING;
        };
    }

    /** Decimal.Round: to at most {@code decimals} places (0 to 28), never adding trailing zeros. */
    static BigDecimal roundDecimal(BigDecimal value, int decimals, RoundingMode mode) {
        if (decimals < 0 || decimals > 28) {
            throw DotNetException.argumentOutOfRange("decimals",
                    "Decimal can only round to between 0 and 28 digits of precision.");
        }
        return value.scale() <= decimals ? value : value.setScale(decimals, mode);
    }
}
