package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * {@code a..b}: the integers from a to b inclusive, counting down when a &gt; b; operands convert to
 * int (rounding half to even). Two chars, or one-character strings that are not digits, give a range
 * of chars ({@code 'a'..'e'}); {@code '0'..'9'} stays numeric.
 */
public final class RangeOperator {
    private RangeOperator() {
    }

    /** The range as an array. */
    @TruffleBoundary
    public static Object[] range(Object left, Object right) {
        Character lc = asChar(left);
        Character rc = asChar(right);
        boolean chars = lc != null && rc != null;
        int from = chars ? lc : LanguagePrimitives.toInt(left);
        int to = chars ? rc : LanguagePrimitives.toInt(right);
        long size = Math.abs((long) to - from) + 1;
        if (size > Integer.MAX_VALUE - 8) {
            // pwsh's IntOps.Range computes the size checked: .NET's OverflowException, as the expression's error
            throw PSRuntimeException.fromDotNetException(
                    DotNetException.overflow("Arithmetic operation resulted in an overflow."));
        }
        Object[] result = new Object[(int) size];
        int step = from <= to ? 1 : -1;
        for (int i = 0, v = from; i < result.length; i++, v += step) {
            result[i] = chars ? (Object) (char) v : (Object) v;
        }
        return result;
    }

    /** Whether {@code left..right} is a range of chars ({@code 'a'..'e'}) rather than of ints. */
    public static boolean isCharRange(Object left, Object right) {
        return asChar(left) != null && asChar(right) != null;
    }

    /** The range enumerated lazily, as {@code foreach ($i in 1..1e9)} needs. */
    @TruffleBoundary
    public static Iterable<Object> enumerate(Object left, Object right) {
        Character lc = asChar(left);
        Character rc = asChar(right);
        boolean chars = lc != null && rc != null;
        long from = chars ? lc : LanguagePrimitives.toInt(left);
        long to = chars ? rc : LanguagePrimitives.toInt(right);
        long step = from <= to ? 1 : -1;
        return () -> new Iterator<>() {
            private long next = from;

            @Override
            public boolean hasNext() {
                return step > 0 ? next <= to : next >= to;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long v = next;
                next += step;
                return chars ? (Object) (char) v : (Object) (int) v;
            }
        };
    }

    private static Character asChar(Object value) {
        Object base = PSObject.base(value);
        if (base instanceof Character c) {
            return c;
        }
        if (base instanceof String s && s.length() == 1 && !Character.isDigit(s.charAt(0))) {
            return s.charAt(0);
        }
        return null;
    }
}
