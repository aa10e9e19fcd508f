package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code -eq -ne -gt -ge -lt -le} (and their {@code -c}/{@code -i} forms), {@code -contains
 * -notcontains -in -notin}, with pwsh's rules:
 * <ul>
 * <li>a collection on the left filters: the result is an {@code object[]} of the elements for which
 *     the comparison holds (so {@code $null -eq $x}, not {@code $x -eq $null}, tests for null);</li>
 * <li>the right operand is converted to the left operand's type: a string on the left compares as
 *     strings (invariant culture, case-insensitive unless {@code -c}), a number on the left compares
 *     numerically, parsing a string on the right;</li>
 * <li>$null equals only $null, and orders below everything except numbers, where it counts as 0.</li>
 * </ul>
 * The membership operators compare with -eq's rules and always return a bool.
 */
public final class ComparisonOperators {
    /** Which of the six comparisons. */
    public enum Operator { EQ, NE, GT, GE, LT, LE }

    /** The result of comparing NaN with anything: every comparison but -ne is false. */
    static final int UNORDERED = Integer.MIN_VALUE;

    private static final ThreadLocal<Collator[]> COLLATORS = ThreadLocal.withInitial(() -> {
        Collator sensitive = Collator.getInstance(Locale.ROOT);
        sensitive.setStrength(Collator.TERTIARY);
        sensitive.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        Collator insensitive = Collator.getInstance(Locale.ROOT);
        insensitive.setStrength(Collator.SECONDARY);
        insensitive.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return new Collator[] {sensitive, insensitive};
    });

    private ComparisonOperators() {
    }

    /**
     * {@code left -op right}: a bool for a scalar left operand, an {@code object[]} of the matching
     * elements for a collection.
     *
     * @throws PSRuntimeException ComparisonFailure / NotIcomparable / a conversion error, for ordering comparisons
     */
    @TruffleBoundary
    public static Object compare(Operator op, Object left, Object right, boolean ignoreCase) {
        Iterable<?> elements = LanguagePrimitives.getEnumerable(left);
        if (elements == null) {
            return compareScalar(op, left, right, ignoreCase);
        }
        List<Object> result = new ArrayList<>();
        for (Object element : elements) {
            if (compareScalar(op, element, right, ignoreCase)) {
                result.add(element);
            }
        }
        return result.toArray();
    }

    /** The comparison of two values with no collection filtering. */
    @TruffleBoundary
    public static boolean compareScalar(Operator op, Object left, Object right, boolean ignoreCase) {
        return switch (op) {
            case EQ -> equal(left, right, ignoreCase);
            case NE -> !equal(left, right, ignoreCase);
            case GT -> order(op, left, right, ignoreCase);
            case GE -> order(op, left, right, ignoreCase);
            case LT -> order(op, left, right, ignoreCase);
            case LE -> order(op, left, right, ignoreCase);
        };
    }

    /** {@code -contains}: whether any element of the left collection (or the left scalar) -eq the right. */
    @TruffleBoundary
    public static boolean contains(Object collection, Object value, boolean ignoreCase) {
        Iterable<?> elements = LanguagePrimitives.getEnumerable(collection);
        if (elements == null) {
            return equal(collection, value, ignoreCase);
        }
        for (Object element : elements) {
            if (equal(element, value, ignoreCase)) {
                return true;
            }
        }
        return false;
    }

    /** {@code -in}: {@code -contains} with the operands swapped. */
    public static boolean in(Object value, Object collection, boolean ignoreCase) {
        return contains(collection, value, ignoreCase);
    }

    /** The scalar -eq: pwsh's PSBinaryOperationBinder equality. */
    @TruffleBoundary
    public static boolean equal(Object left, Object right, boolean ignoreCase) {
        Object l = PSObject.base(left);
        Object r = PSObject.base(right);
        if (l == null) {
            return r == null;
        }
        if (r == null) {
            return false;
        }
        if (l instanceof PSCustomObject) {
            return left == right;
        }
        if (l instanceof String ls) {
            String rs = r instanceof String s ? s : LanguagePrimitives.toStringValue(right);
            return stringEquals(ls, rs, ignoreCase);
        }
        if (l instanceof Character lc && ignoreCase) {
            if (r instanceof Character rc) {
                return Character.toUpperCase(lc) == Character.toUpperCase(rc);
            }
            if (r instanceof String rs && rs.length() == 1) {
                return Character.toUpperCase(lc) == Character.toUpperCase(rs.charAt(0));
            }
        }
        if (NumericConversion.isNumeric(l)) {
            Object number = numericOperand(r);
            if (number != null) {
                return holds(Operator.EQ, numericCompare(l, number));
            }
            if (r instanceof String rs) {
                try {
                    return holds(Operator.EQ, numericCompare(l, scanNumber(rs, l)));
                } catch (PSInvalidCastException e) {
                    return false;
                }
            }
        }
        if (objectEquals(l, r)) {
            return true;
        }
        try {
            return objectEquals(l, LanguagePrimitives.convertTo(r, DotNetType.of(l)));
        } catch (PSRuntimeException | DotNetException e) {
            return false;
        }
    }

    /** Object.Equals as .NET answers it: collections, dictionaries and custom objects by reference. */
    static boolean objectEquals(Object a, Object b) {
        if (a instanceof Map<?, ?> || a instanceof List<?> || a instanceof Object[] || a instanceof PSCustomObject) {
            return a == b;
        }
        return a.equals(b);
    }

    private static boolean order(Operator op, Object left, Object right, boolean ignoreCase) {
        return holds(op, orderOf(left, right, ignoreCase));
    }

    /**
     * The order of two values as Sort-Object, Measure-Object and the other object cmdlets compare them
     * (pwsh's LanguagePrimitives.Compare): the right operand converted to the left's type, strings by the
     * invariant culture, $null as -lt sees it; NaN sorts below every number.
     *
     * @throws PSRuntimeException ComparisonFailure or NotIcomparable when the values cannot be ordered
     */
    @TruffleBoundary
    public static int compareValues(Object left, Object right, boolean ignoreCase) {
        int c = orderOf(left, right, ignoreCase);
        return c == UNORDERED ? numericOrder(PSObject.base(left), PSObject.base(right)) : c;
    }

    /** The comparison of -lt and the others: below, equal or above zero, or {@link #UNORDERED}. */
    private static int orderOf(Object left, Object right, boolean ignoreCase) {
        Object l = PSObject.base(left);
        Object r = PSObject.base(right);
        if (l == null || r == null) {
            int c;
            if (l != null && NumericConversion.isNumeric(l)) {
                c = holds(Operator.GE, numericCompare(l, 0)) ? 1 : -1;
            } else if (r != null && NumericConversion.isNumeric(r)) {
                c = holds(Operator.LT, numericCompare(r, 0)) ? 1 : -1;
            } else {
                c = l == null ? (r == null ? 0 : -1) : 1;
            }
            return c;
        }
        if (l instanceof String ls) {
            String rs = r instanceof String s ? s : LanguagePrimitives.toStringValue(right);
            return stringCompare(ls, rs, ignoreCase);
        }
        if (NumericConversion.isNumeric(l)) {
            Object number = numericOperand(r);
            if (number == null && r instanceof String rs) {
                number = scanNumber(rs, l);
            }
            if (number != null) {
                return numericCompare(l, number);
            }
        }
        Object converted;
        try {
            converted = LanguagePrimitives.convertTo(r, DotNetType.of(l));
        } catch (PSInvalidCastException e) {
            throw new PSRuntimeException("ComparisonFailure", ErrorCategory.InvalidOperation, "Could not compare \""
                    + LanguagePrimitives.toStringValue(left) + "\" to \"" + LanguagePrimitives.toStringValue(right)
                    + "\". Error: \"" + e.getMessage() + "\"");
        }
        if (l instanceof ScriptObject script && ClassInterfaces.implementsInterface(script, CoreTypes.ICOMPARABLE)) {
            return script.compareTo(converted);
        }
        if (l instanceof Comparable<?> && converted != null && l.getClass() == converted.getClass()) {
            @SuppressWarnings("unchecked")
            int c = ((Comparable<Object>) l).compareTo(converted);
            return c;
        }
        if (l instanceof EnumValue le && converted instanceof EnumValue re) {
            return le.dotNetType().enumType().compare(le.value(), re.value());
        }
        if (objectEquals(l, r)) {
            return 0;
        }
        throw new PSRuntimeException("NotIcomparable", ErrorCategory.InvalidOperation, "Cannot compare \""
                + LanguagePrimitives.toStringValue(left) + "\" because it is not IComparable.");
    }

    private static boolean holds(Operator op, int c) {
        if (c == UNORDERED) {
            return op == Operator.NE;
        }
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case LT -> c < 0;
            case LE -> c <= 0;
        };
    }

    /** A right operand usable in a numeric comparison as it is: numbers, and bools and chars as 0/1 and code. */
    private static Object numericOperand(Object r) {
        if (NumericConversion.isNumeric(r)) {
            return r;
        } else if (r instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (r instanceof Character c) {
            return (int) c;
        }
        return null;
    }

    /** A string on the right of a number: scanned as a number literal, else converted to the left's type. */
    private static Object scanNumber(String s, Object left) {
        String trimmed = s.strip();
        if (trimmed.isEmpty()) {
            return 0;
        }
        Object scanned = NumericConversion.parseLiteral(trimmed);
        return scanned != null ? scanned : LanguagePrimitives.convertTo(s, DotNetType.of(left));
    }

    /** Compares two numbers of any numeric types by value; {@link #UNORDERED} when either is NaN. */
    static int numericCompare(Object a, Object b) {
        if (a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float) {
            double x = NumericConversion.toDouble(a);
            double y = NumericConversion.toDouble(b);
            return x < y ? -1 : x > y ? 1 : x == y ? 0 : UNORDERED;
        }
        if (a instanceof BigDecimal || b instanceof BigDecimal || a instanceof BigInteger || b instanceof BigInteger
                || a instanceof UInt64 || b instanceof UInt64) {
            return toBigDecimal(a).compareTo(toBigDecimal(b));
        }
        return Long.compare(toLong(a), toLong(b));
    }

    /** The order CompareTo and sorting use: as {@link #numericCompare}, with NaN below every number. */
    static int numericOrder(Object a, Object b) {
        int c = numericCompare(a, b);
        if (c != UNORDERED) {
            return c;
        }
        boolean aNaN = Double.isNaN(NumericConversion.toDouble(a));
        boolean bNaN = Double.isNaN(NumericConversion.toDouble(b));
        return aNaN == bNaN ? 0 : aNaN ? -1 : 1;
    }

    private static long toLong(Object n) {
        return n instanceof Byte b ? Byte.toUnsignedInt(b) : ((Number) n).longValue();
    }

    private static BigDecimal toBigDecimal(Object n) {
        if (n instanceof BigDecimal d) {
            return d;
        } else if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        } else if (n instanceof UInt64 u) {
            return new BigDecimal(u.bigValue());
        }
        return BigDecimal.valueOf(toLong(n));
    }

    /** Strings compare as the invariant culture compares them (not ordinally): "a" < "B" < "c". */
    @TruffleBoundary
    public static int stringCompare(String a, String b, boolean ignoreCase) {
        return COLLATORS.get()[ignoreCase ? 1 : 0].compare(a, b);
    }

    /** Invariant-culture string equality, with the quick answer for plain ASCII. */
    @TruffleBoundary
    public static boolean stringEquals(String a, String b, boolean ignoreCase) {
        if (ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b)) {
            return true;
        }
        if (isPrintableAscii(a) && isPrintableAscii(b)) {
            return false;
        }
        return stringCompare(a, b, ignoreCase) == 0;
    }

    private static boolean isPrintableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
