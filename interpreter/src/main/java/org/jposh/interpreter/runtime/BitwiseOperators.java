package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code -band -bor -bxor -bnot -shl -shr}: on int when both operands fit, else long; strings are
 * parsed as numbers, floating values are truncated (a C# cast), and enum operands give enum results
 * ({@code [RegexOptions]'IgnoreCase' -bor 'Multiline'}). Shift counts are masked as in C# (&amp;31, &amp;63)
 * and {@code -shr} keeps the sign. uint and ulong operands make uint and ulong results, as pwsh's binder
 * promotes to the widest operand type ({@code -shr} of an unsigned value shifts zeros in).
 */
public final class BitwiseOperators {
    /** Which binary bitwise operator. */
    public enum Operator { BAND, BOR, BXOR, SHL, SHR }

    private BitwiseOperators() {
    }

    @TruffleBoundary
    public static Object binary(Operator op, Object left, Object right) {
        Object l = PSObject.base(left);
        Object r = PSObject.base(right);
        long a = toInteger(l);
        long b = toInteger(r);
        boolean wide = isWide(l) || isWide(r);
        if (op == Operator.SHL || op == Operator.SHR) {
            if (l instanceof UInt32 || l instanceof UInt64) {
                return unsignedShift(op, l, b);
            }
            wide = isWide(l);
            int count = (int) (wide ? b & 63 : b & 31);
            if (wide) {
                return op == Operator.SHL ? a << count : a >> count;
            }
            return op == Operator.SHL ? (int) a << count : (int) a >> count;
        }
        long result = switch (op) {
            case BAND -> a & b;
            case BOR -> a | b;
            default -> a ^ b;
        };
        if (l instanceof EnumValue e) {
            return new EnumValue(e.dotNetType(), result);
        }
        if (l instanceof UInt64 || r instanceof UInt64) {
            return UInt64.valueOf(result);
        }
        if (!wide && (l instanceof UInt32 || r instanceof UInt32)) {
            return UInt32.valueOf(result);
        }
        return wide ? (Object) result : (Object) (int) result;
    }

    /** Shifts of uint and ulong keep the type, and -shr shifts zeros in. */
    private static Object unsignedShift(Operator op, Object value, long count) {
        if (value instanceof UInt32 u) {
            int bits = u.intValue();
            int n = (int) (count & 31);
            return UInt32.valueOf(op == Operator.SHL ? bits << n : bits >>> n);
        }
        long bits = ((UInt64) value).longValue();
        int n = (int) (count & 63);
        return UInt64.valueOf(op == Operator.SHL ? bits << n : bits >>> n);
    }

    /** {@code -bnot}. */
    @TruffleBoundary
    public static Object not(Object operand) {
        Object v = PSObject.base(operand);
        long a = toInteger(v);
        if (v instanceof EnumValue e) {
            return new EnumValue(e.dotNetType(), e.dotNetType().enumType().truncate(~a));
        }
        if (v instanceof UInt32) {
            return UInt32.valueOf(~a);
        } else if (v instanceof UInt64) {
            return UInt64.valueOf(~a);
        }
        return isWide(v) ? (Object) ~a : (Object) ~(int) a;
    }

    private static boolean isWide(Object v) {
        if (v instanceof Long || v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal
                || v instanceof java.math.BigInteger) {
            return true;
        }
        if (v instanceof String s) {
            Object n = LanguagePrimitives.stringToNumber(s);
            return !(n instanceof Integer);
        }
        return v instanceof EnumValue e && (e.value() > Integer.MAX_VALUE || e.value() < Integer.MIN_VALUE);
    }

    private static long toInteger(Object v) {
        if (v instanceof EnumValue e) {
            return e.value();
        }
        Object n = LanguagePrimitives.toNumber(v);
        if (n instanceof java.math.BigInteger b) {
            return b.longValue();
        }
        return ((Number) n).longValue();
    }
}
