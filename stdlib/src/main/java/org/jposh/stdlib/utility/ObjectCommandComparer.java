package org.jposh.stdlib.utility;

import org.jposh.interpreter.runtime.ComparisonOperators;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.TimeSpan;

/**
 * How the object cmdlets (Sort-Object, Group-Object, Compare-Object, Select-Object -Unique, Get-Unique)
 * order and match values, as pwsh's ObjectCommandComparer: two nulls are equal; comparable values
 * (strings, numbers, dates...) compare as {@code -lt} does, the second converted to the first's type;
 * values that are not comparable, or that do not convert, compare by their strings.
 */
public final class ObjectCommandComparer {
    private final boolean ascending;
    private final boolean caseSensitive;

    public ObjectCommandComparer(boolean ascending, boolean caseSensitive) {
        this.ascending = ascending;
        this.caseSensitive = caseSensitive;
    }

    /** Negative, zero or positive as {@code first} sorts before, with or after {@code second}. */
    public int compare(Object first, Object second) {
        Object a = PSObject.base(first);
        Object b = PSObject.base(second);
        if (a == null && b == null) {
            return 0;
        }
        Integer result = a == null || isComparable(a) ? tryCompare(a, b) : null;
        if (result == null) {
            result = ComparisonOperators.stringCompare(LanguagePrimitives.toStringValue(first),
                    LanguagePrimitives.toStringValue(second), !caseSensitive);
        }
        return ascending ? result : -result;
    }

    private Integer tryCompare(Object a, Object b) {
        try {
            return ComparisonOperators.compareValues(a, b, !caseSensitive);
        } catch (PSRuntimeException e) {
            return null;
        }
    }

    /**
     * ObjectCommandPropertyValue's equality (what Get-Unique goes by): null equals null, comparable
     * values compare, the rest are equal when their strings are.
     */
    public static boolean same(Object first, Object second, boolean ignoreCase) {
        Object a = PSObject.base(first);
        Object b = PSObject.base(second);
        if (a == null || b == null) {
            return a == b;
        }
        if (isComparable(a)) {
            try {
                return ComparisonOperators.equal(a, b, ignoreCase);
            } catch (PSRuntimeException e) {
                // Not comparable with each other: compare their strings, as pwsh falls back to.
            }
        }
        return ComparisonOperators.stringEquals(LanguagePrimitives.toStringValue(first),
                LanguagePrimitives.toStringValue(second), ignoreCase);
    }

    /** Whether the value is IComparable in .NET: strings, numbers, chars, bools, dates, time spans, enums, classes implementing it. */
    static boolean isComparable(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Character
                || value instanceof Boolean || value instanceof DateTime || value instanceof TimeSpan
                || value instanceof EnumValue || CoreTypes.ICOMPARABLE.isInstance(value);
    }
}
