package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The general cases of PowerShell's arithmetic operators (pwsh's NumericOps and the binders for
 * strings and arrays). The nodes handle int, long and double inline and call these for the rest.
 * The left operand decides: a string concatenates or repeats, a collection appends or repeats, a value of
 * another type uses its type's operator methods (op_Addition...), and numbers, and for {@code -}, {@code /}
 * and {@code %} strings, are numbers: both sides widen to the wider of int, uint, long, ulong, double and
 * decimal (decimal ranks highest, as in .NET's TypeCode order; results keep to what System.Decimal holds;
 * smaller integers count as int).
 */
public final class Arithmetic {
    private static final BigInteger DECIMAL_MANTISSA = BigInteger.ONE.shiftLeft(96).subtract(BigInteger.ONE);

    private Arithmetic() {
    }

    // ---- int and long: overflow widens to double, as pwsh does ----

    public static Object add(int a, int b) {
        long r = (long) a + b;
        return r == (int) r ? (Object) (int) r : (Object) (double) r;
    }

    public static Object subtract(int a, int b) {
        long r = (long) a - b;
        return r == (int) r ? (Object) (int) r : (Object) (double) r;
    }

    public static Object multiply(int a, int b) {
        long r = (long) a * b;
        return r == (int) r ? (Object) (int) r : (Object) (double) r;
    }

    public static Object divide(int a, int b) {
        if (b == 0) {
            throw divideByZero();
        }
        if (a == Integer.MIN_VALUE && b == -1) {
            return -(double) a;
        }
        return a % b == 0 ? (Object) (a / b) : (Object) ((double) a / b);
    }

    public static int remainder(int a, int b) {
        if (b == 0) {
            throw divideByZero();
        }
        return b == -1 ? 0 : a % b;
    }

    public static Object add(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? (Object) ((double) a + (double) b) : (Object) r;
    }

    public static Object subtract(long a, long b) {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) < 0 ? (Object) ((double) a - (double) b) : (Object) r;
    }

    public static Object multiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? (Object) lo : (Object) ((double) a * (double) b);
    }

    public static Object divide(long a, long b) {
        if (b == 0) {
            throw divideByZero();
        }
        if (a == Long.MIN_VALUE && b == -1) {
            return -(double) a;
        }
        return a % b == 0 ? (Object) (a / b) : (Object) ((double) a / b);
    }

    public static long remainder(long a, long b) {
        if (b == 0) {
            throw divideByZero();
        }
        return b == -1 ? 0L : a % b;
    }

    public static PSRuntimeException divideByZero() {
        String message = "Attempted to divide by zero.";
        return new PSRuntimeException("RuntimeException", ErrorCategory.NotSpecified, message)
                .withInnerException(ExceptionValue.of("DivideByZeroException", message));
    }

    // ---- everything else ----

    /**
     * {@code +} as pwsh's binder decides by the left operand: $null gives the right one, a number (not a char)
     * adds, a string or char concatenates, a collection makes a new array with the right operand's elements or
     * itself, a dictionary merges with another, a date or time span moves by a time span, and anything else
     * calls its type's op_Addition.
     */
    @TruffleBoundary
    public static Object add(Object left, Object right) {
        Object l = PSObject.base(left);
        if (l == null) {
            return right;
        } else if (l instanceof String s) {
            return s + LanguagePrimitives.toStringValue(right);
        } else if (l instanceof Character c) {
            return c + LanguagePrimitives.toStringValue(right);
        } else if (isNumericOrPrimitive(l)) {
            return numericOrOperator(Operator.ADD, "op_Addition", "+", l, right);
        } else if (l instanceof Object[] array) {
            return append(array, right);
        } else if (l instanceof DateTime || l instanceof TimeSpan) {
            return addTime(l, (TimeSpan) LanguagePrimitives.convertTo(right, CoreTypes.TIME_SPAN));
        } else if (l instanceof Map<?, ?> dictionary) {
            return merge(dictionary, right);
        }
        Iterable<?> elements = LanguagePrimitives.getEnumerable(l);
        if (elements != null) {
            return append(LanguagePrimitives.toObjectArray(elements), right);
        }
        return implicitOperator("op_Addition", "+", l, right);
    }

    /**
     * {@code ++} and {@code --} as pwsh's IncrDecr binds them: $null counts as 0, a number of a .NET numeric type
     * code adds, anything else (a string, a char, a BigInteger) is OperatorRequiresNumber rather than what
     * {@code +} would make of it.
     */
    @TruffleBoundary
    public static Object increment(Object value, int delta) {
        Object v = PSObject.base(value);
        if (v == null) {
            return delta;
        }
        if (!NumericConversion.isNumeric(v) || v instanceof BigInteger) {
            throw new PSRuntimeException("OperatorRequiresNumber", ErrorCategory.InvalidOperation, "The '"
                    + (delta > 0 ? "++" : "--") + "' operator works only on numbers. The operand is a '"
                    + DotNetType.of(v).fullName() + "'.");
        }
        return add(v, delta);
    }

    /** DateTime and TimeSpan subtract as .NET's operators do: date - date is a TimeSpan. */
    @TruffleBoundary
    public static Object subtract(Object left, Object right) {
        Object l = PSObject.base(left);
        if (l instanceof DateTime d && PSObject.base(right) instanceof DateTime other) {
            return d.subtract(other);
        } else if (l instanceof DateTime || l instanceof TimeSpan) {
            return addTime(l, ((TimeSpan) LanguagePrimitives.convertTo(right, CoreTypes.TIME_SPAN)).negate());
        }
        return subtractDivideOrRemainder(Operator.SUBTRACT, "op_Subtraction", "-", l, right);
    }

    /** {@code @{...} + @{...}}: a new dictionary (ordered if the left one is) with both; a key in both is an error. */
    private static Object merge(Map<?, ?> left, Object right) {
        if (!(PSObject.base(right) instanceof Map<?, ?> other)) {
            throw new PSRuntimeException("AddHashTableToNonHashTable", ErrorCategory.InvalidOperation,
                    "A hash table can only be added to another hash table.");
        }
        AbstractDictionary result = left instanceof OrderedDictionary ? new OrderedDictionary() : new Hashtable();
        try {
            for (Map.Entry<?, ?> e : left.entrySet()) {
                result.add(e.getKey(), e.getValue());
            }
            for (Map.Entry<?, ?> e : other.entrySet()) {
                result.add(e.getKey(), e.getValue());
            }
        } catch (DotNetException e) {
            throw PSRuntimeException.fromDotNetException(e);
        }
        return result;
    }

    private static Object addTime(Object left, TimeSpan span) {
        try {
            return left instanceof DateTime d ? d.add(span) : ((TimeSpan) left).add(span);
        } catch (DotNetException e) {
            throw PSRuntimeException.fromDotNetException(e);
        }
    }

    /**
     * {@code *}: $null gives $null, a number multiplies, a string or collection repeats, anything else calls its
     * type's op_Multiply, as pwsh's binder decides.
     */
    @TruffleBoundary
    public static Object multiply(Object left, Object right) {
        Object l = PSObject.base(left);
        if (l == null) {
            return null;
        } else if (l instanceof String s) {
            return repeat(s, LanguagePrimitives.toInt(right));
        } else if (NumericConversion.isNumeric(l) || l instanceof EnumValue) {
            return numericOrOperator(Operator.MULTIPLY, "op_Multiply", "*", l, right);
        } else if (l instanceof Object[] array) {
            return repeat(array, repeatCount(right));
        }
        Iterable<?> elements = LanguagePrimitives.getEnumerable(l);
        if (elements != null) {
            return repeat(LanguagePrimitives.toObjectArray(elements), repeatCount(right));
        }
        return implicitOperator("op_Multiply", "*", l, right);
    }

    @TruffleBoundary
    public static Object divide(Object left, Object right) {
        return subtractDivideOrRemainder(Operator.DIVIDE, "op_Division", "/", PSObject.base(left), right);
    }

    @TruffleBoundary
    public static Object remainder(Object left, Object right) {
        return subtractDivideOrRemainder(Operator.REMAINDER, "op_Modulus", "%", PSObject.base(left), right);
    }

    /** {@code -}, {@code /}, {@code %}: $null counts as 0, numbers and strings are numbers, anything else calls its operator method. */
    private static Object subtractDivideOrRemainder(Operator op, String method, String text, Object left, Object right) {
        if (left == null || left instanceof String || isNumericOrPrimitive(left)) {
            return numericOrOperator(op, method, text, left == null ? 0 : left, right);
        }
        return implicitOperator(method, text, left, right);
    }

    /**
     * A number with the right operand: as numbers, unless the right operand is of a type with the operator
     * method ({@code 2 * $vector}), which pwsh's binder calls when the operand is no number.
     */
    private static Object numericOrOperator(Operator op, String method, String text, Object left, Object right) {
        Object r = PSObject.base(right);
        if (r != null && !(r instanceof String) && !isNumericOrPrimitive(r)
                && DotNetType.of(r).adapter().staticMethod(method) != null) {
            return implicitOperator(method, text, left, r);
        }
        return numeric(op, left, right);
    }

    /**
     * Whether a left operand is arithmetic's own, as .NET's primitive and numeric types are (bool and char among
     * them, enums by their underlying type); other values go to their type's operator methods.
     */
    private static boolean isNumericOrPrimitive(Object value) {
        return NumericConversion.isNumeric(value) || value instanceof Boolean || value instanceof Character
                || value instanceof EnumValue;
    }

    /**
     * pwsh's ImplicitOp: the operator method (op_Addition...) of the left operand's type, or of the right one's
     * when the left is $null or primitive; MethodNotFound when the type has none, NotADefinedOperationForType
     * when neither operand has a type to look in.
     */
    private static Object implicitOperator(String method, String text, Object left, Object right) {
        Object r = PSObject.base(right);
        Object owner = left == null || isPrimitive(left) ? (r == null || isPrimitive(r) ? null : r) : left;
        if (owner == null) {
            throw new PSRuntimeException("NotADefinedOperationForType", ErrorCategory.InvalidOperation,
                    "The operation '[" + typeName(left) + "] " + text + " [" + typeName(r) + "]' is not defined.");
        }
        return MemberAccess.invokeStaticMethod(DotNetType.of(owner), method, new Object[] {left, r});
    }

    /** .NET's primitive types: bool, char and the numeric types but decimal and bigint. */
    private static boolean isPrimitive(Object value) {
        return value instanceof Boolean || value instanceof Character
                || NumericConversion.isNumeric(value) && !(value instanceof BigDecimal) && !(value instanceof BigInteger);
    }

    private static String typeName(Object value) {
        return value == null ? "$null" : DotNetType.of(value).fullName();
    }

    @TruffleBoundary
    public static Object negate(Object value) {
        // pwsh negates a short or a float in its own type (wrapping as .NET's unchecked negation does);
        // only byte and sbyte are promoted to int first (PSUnaryOperationBinder.UnaryMinus)
        Object base = PSObject.base(value);
        if (base instanceof Short s) {
            return (short) -s;
        } else if (base instanceof Float f) {
            return -f;
        }
        Object number = LanguagePrimitives.toNumber(value);
        if (number instanceof Integer i) {
            return i == Integer.MIN_VALUE ? (Object) (-(double) i) : (Object) (-i);
        } else if (number instanceof Long l) {
            return l == Long.MIN_VALUE ? (Object) (-(double) l) : (Object) (-l);
        } else if (number instanceof Double d) {
            return -d;
        } else if (number instanceof BigDecimal d) {
            return d.negate();
        }
        return numeric(Operator.SUBTRACT, 0, number);
    }

    private enum Operator { ADD, SUBTRACT, MULTIPLY, DIVIDE, REMAINDER }

    private static Object numeric(Operator op, Object left, Object right) {
        Object a = LanguagePrimitives.toNumber(left);
        Object b = LanguagePrimitives.toNumber(right);
        // BigInteger is no primitive to pwsh's binder: the operation is BigInteger's own operator, to which a
        // double or decimal operand converts explicitly, dropping its fraction ([bigint]1 / 1.9 is 1)
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return bigInteger(op, big(a), big(b));
        }
        if (a instanceof BigDecimal || b instanceof BigDecimal) {
            return decimal(op, decimal(a), decimal(b));
        }
        if (a instanceof Double || b instanceof Double) {
            double x = ((Number) a).doubleValue();
            double y = ((Number) b).doubleValue();
            return switch (op) {
                case ADD -> x + y;
                case SUBTRACT -> x - y;
                case MULTIPLY -> x * y;
                case DIVIDE -> x / y;
                case REMAINDER -> x % y;
            };
        }
        if (a instanceof UInt64 || b instanceof UInt64) {
            return unsignedLong(op, a, b);
        }
        if (a instanceof Long || b instanceof Long) {
            long x = ((Number) a).longValue();
            long y = ((Number) b).longValue();
            return switch (op) {
                case ADD -> add(x, y);
                case SUBTRACT -> subtract(x, y);
                case MULTIPLY -> multiply(x, y);
                case DIVIDE -> divide(x, y);
                case REMAINDER -> remainder(x, y);
            };
        }
        if (a instanceof UInt32 || b instanceof UInt32) {
            return unsignedInt(op, (Number) a, (Number) b);
        }
        int x = ((Number) a).intValue();
        int y = ((Number) b).intValue();
        return switch (op) {
            case ADD -> add(x, y);
            case SUBTRACT -> subtract(x, y);
            case MULTIPLY -> multiply(x, y);
            case DIVIDE -> divide(x, y);
            case REMAINDER -> remainder(x, y);
        };
    }

    /**
     * uint with uint or a non-negative smaller integer stays uint (pwsh's UIntOps: a result below zero or above
     * UInt32.MaxValue becomes a double); with a negative signed integer the operation is long's.
     */
    private static Object unsignedInt(Operator op, Number a, Number b) {
        long x = a.longValue();
        long y = b.longValue();
        if (x < 0 || y < 0) {
            return switch (op) {
                case ADD -> add(x, y);
                case SUBTRACT -> subtract(x, y);
                case MULTIPLY -> multiply(x, y);
                case DIVIDE -> divide(x, y);
                case REMAINDER -> remainder(x, y);
            };
        }
        if ((op == Operator.DIVIDE || op == Operator.REMAINDER) && y == 0) {
            throw divideByZero();
        }
        return switch (op) {
            case ADD -> uint(x + y);
            case SUBTRACT -> uint(x - y);
            // the product of two uints can pass Long.MAX_VALUE: read it as unsigned
            case MULTIPLY -> Long.compareUnsigned(x * y, 0xFFFF_FFFFL) <= 0 ? (Object) UInt32.valueOf(x * y)
                    : UInt64.valueOf(x * y).doubleValue();
            case DIVIDE -> x % y == 0 ? UInt32.valueOf(x / y) : (Object) ((double) x / y);
            case REMAINDER -> UInt32.valueOf(x % y);
        };
    }

    private static Object uint(long r) {
        return r >= 0 && r <= 0xFFFF_FFFFL ? (Object) UInt32.valueOf(r) : (Object) (double) r;
    }

    /**
     * ulong with ulong or a non-negative integer stays ulong (pwsh's ULongOps: out of range becomes a double);
     * with a negative signed integer the operation is decimal's, or double's when decimal overflows.
     */
    private static Object unsignedLong(Operator op, Object a, Object b) {
        BigInteger x = big(a);
        BigInteger y = big(b);
        if (x.signum() < 0 || y.signum() < 0) {
            try {
                return decimal(op, new BigDecimal(x), new BigDecimal(y));
            } catch (PSRuntimeException e) {
                return numeric(op, x.doubleValue(), y.doubleValue());
            }
        }
        if ((op == Operator.DIVIDE || op == Operator.REMAINDER) && y.signum() == 0) {
            throw divideByZero();
        }
        if (op == Operator.DIVIDE && x.remainder(y).signum() != 0) {
            return x.doubleValue() / y.doubleValue();
        }
        BigInteger r = bigInteger(op, x, y);
        return r.signum() >= 0 && r.bitLength() <= 64 ? (Object) UInt64.valueOf(r.longValue()) : (Object) r.doubleValue();
    }

    /** Decimal arithmetic: a decimal operand makes the operation decimal, as Decimal ranks above Double in .NET. */
    private static Object decimal(Operator op, BigDecimal x, BigDecimal y) {
        if ((op == Operator.DIVIDE || op == Operator.REMAINDER) && y.signum() == 0) {
            throw divideByZero();
        }
        BigDecimal result = switch (op) {
            case ADD -> x.add(y);
            case SUBTRACT -> x.subtract(y);
            case MULTIPLY -> x.multiply(y);
            case DIVIDE -> x.divide(y, MathContext.DECIMAL128).stripTrailingZeros();
            case REMAINDER -> x.remainder(y);
        };
        return fitDecimal(result);
    }

    /** Rounds to what System.Decimal holds: 96 bits of digits, at most 28 after the point. */
    private static BigDecimal fitDecimal(BigDecimal value) {
        BigDecimal result = value;
        if (result.scale() > 28) {
            result = result.setScale(28, RoundingMode.HALF_EVEN);
        }
        while (result.unscaledValue().abs().compareTo(DECIMAL_MANTISSA) > 0 && result.scale() > 0) {
            result = result.setScale(result.scale() - 1, RoundingMode.HALF_EVEN);
        }
        if (result.unscaledValue().abs().compareTo(DECIMAL_MANTISSA) > 0) {
            throw new PSRuntimeException("RuntimeException", ErrorCategory.NotSpecified,
                    "Value was either too large or too small for a Decimal.");
        }
        if (result.scale() < 0) {
            result = result.setScale(0);
        }
        return result;
    }

    private static BigInteger bigInteger(Operator op, BigInteger x, BigInteger y) {
        if ((op == Operator.DIVIDE || op == Operator.REMAINDER) && y.signum() == 0) {
            throw divideByZero();
        }
        return switch (op) {
            case ADD -> x.add(y);
            case SUBTRACT -> x.subtract(y);
            case MULTIPLY -> x.multiply(y);
            case DIVIDE -> x.divide(y);
            case REMAINDER -> x.remainder(y);
        };
    }

    private static BigInteger big(Object number) {
        if (number instanceof UInt64 u) {
            return u.bigValue();
        }
        if (number instanceof BigDecimal d) {
            return d.toBigInteger();
        }
        if (number instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new PSRuntimeException("OverflowException", ErrorCategory.NotSpecified,
                        d.isNaN() ? "The value is not a number." : "BigInteger cannot represent infinity.");
            }
            return new BigDecimal(d).toBigInteger();
        }
        return number instanceof BigInteger b ? b : BigInteger.valueOf(((Number) number).longValue());
    }

    private static BigDecimal decimal(Object number) {
        return (BigDecimal) LanguagePrimitives.convertTo(number, CoreTypes.DECIMAL);
    }

    /**
     * An array plus anything is a new object[] (never the left one's element type), as pwsh's AddObject/AddEnumerable.
     * A pipeline's nothing (AutomationNull) is an empty collection there, so {@code $a += Get-Thing} adds nothing
     * when the command outputs nothing, where {@code $a += $null} adds a $null.
     */
    private static Object[] append(Object[] array, Object right) {
        if (right == AutomationNull.VALUE) {
            return array.clone();
        }
        if (right instanceof Object[] more) {
            Object[] result = Arrays.copyOf(array, array.length + more.length, Object[].class);
            System.arraycopy(more, 0, result, array.length, more.length);
            return result;
        }
        Iterable<?> more = LanguagePrimitives.getEnumerable(right);
        if (more != null) {
            List<Object> result = new ArrayList<>(Arrays.asList(array));
            more.forEach(result::add);
            return result.toArray();
        }
        Object[] result = Arrays.copyOf(array, array.length + 1, Object[].class);
        result[array.length] = right;
        return result;
    }

    /** A string repeated a negative number of times is .NET's ArgumentOutOfRangeException from StringOps.Multiply. */
    private static String repeat(String s, int count) {
        if (count < 0) {
            throw PSRuntimeException.fromDotNetException(new DotNetException("System.ArgumentOutOfRangeException",
                    "times ('" + count + "') must be a non-negative value. (Parameter 'times')\nActual value was "
                            + count + "."));
        }
        return s.repeat(count);
    }

    /** A collection's repeat count is the right operand as a UInt32, so a negative one fails to convert, as in pwsh. */
    private static int repeatCount(Object right) {
        long count = ((UInt32) LanguagePrimitives.convertTo(right, CoreTypes.UINT32)).longValue();
        return (int) Math.min(count, Integer.MAX_VALUE);
    }

    /**
     * A repeated array keeps its element type ({@code [int[]]} * 2 is an int[]) and once is the array itself, as
     * pwsh's ArrayOps.Multiply.
     */
    private static Object[] repeat(Object[] array, int count) {
        if (count == 1) {
            return array;
        }
        Object[] result = (Object[]) Array.newInstance(array.getClass().getComponentType(), array.length * count);
        for (int i = 0; i < count; i++) {
            System.arraycopy(array, 0, result, i * array.length, array.length);
        }
        return result;
    }
}
