package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.ARRAY;
import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.INT64;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.Arrays;
import java.util.Collections;

/**
 * System.Array's members on Java arrays: Length, Count (PowerShell's alias), Rank, Clone, Contains,
 * IndexOf, GetValue, SetValue, GetEnumerator, IList's Item and Clear; the fixed size shows in Add ("Collection was of a fixed size."); statics
 * IndexOf, Reverse, Sort (Comparer.Default's order) and Clear.
 */
final class ArrayMembers {
    private ArrayMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        b.property("Length", INT32, a -> ((Object[]) a).length);
        b.property("Count", INT32, a -> ((Object[]) a).length);
        b.property("LongLength", INT64, a -> (long) ((Object[]) a).length);
        b.property("Rank", INT32, a -> 1);
        b.property("IsFixedSize", BOOLEAN, a -> true);
        b.method("Clone", OBJECT, (t, a) -> ((Object[]) t).clone());
        b.method("GetEnumerator", CoreTypes.IENUMERATOR, (t, a) -> CollectionEnumerator.ofArray((Object[]) t));
        b.method("Contains", BOOLEAN, (t, a) -> indexOf((Object[]) t, a[0]) >= 0, param("value", OBJECT));
        b.method("IndexOf", INT32, (t, a) -> indexOf((Object[]) t, a[0]), param("value", OBJECT));
        b.method("Add", INT32, (t, a) -> {
            throw DotNetException.notSupported("Collection was of a fixed size.");
        }, param("value", OBJECT));
        b.method("Remove", VOID, (t, a) -> {
            throw DotNetException.notSupported("Collection was of a fixed size.");
        }, param("value", OBJECT));
        b.method("SetValue", VOID, (t, a) -> {
            setValue((Object[]) t, (Integer) a[1], a[0]);
            return AutomationNull.VALUE;
        }, param("value", OBJECT), param("index", INT32));
        b.method("GetValue", OBJECT, (t, a) -> ((Object[]) t)[checkIndex((Object[]) t, (Integer) a[0])],
                param("index", INT32));
        b.interfaceParameterizedProperty("IList", "Item", OBJECT,
                (t, a) -> ((Object[]) t)[checkIndex((Object[]) t, (Integer) a[0])],
                (t, a) -> {
                    setValue((Object[]) t, (Integer) a[0], a[1]);
                    return null;
                }, param("index", INT32));
        b.staticMethod("CreateInstance", ARRAY, (t, a) -> {
            if (a[0] == null) {
                throw DotNetException.argumentNull("elementType");
            }
            if ((Integer) a[1] < 0) {
                throw DotNetException.argumentOutOfRange("length", "Non-negative number required.");
            }
            // as [T[]]::new(n): n elements of default(T)
            return ((DotNetType) a[0]).arrayType().adapter().staticMethod("new").call(null, new Object[] {a[1]});
        }, param("elementType", CoreTypes.TYPE), param("length", INT32));
        b.genericStaticMethod("Empty", 1, types -> new MethodOverload(types[0].arrayType(),
                new MethodOverload.Parameter[0], false, true, (t, a) -> LanguagePrimitives.newArray(types[0], 0)));
        b.staticMethod("IndexOf", INT32, (t, a) -> indexOf((Object[]) a[0], a[1]), param("array", ARRAY),
                param("value", OBJECT));
        b.staticMethod("Reverse", VOID, (t, a) -> {
            Collections.reverse(Arrays.asList((Object[]) a[0]));
            return AutomationNull.VALUE;
        }, param("array", ARRAY));
        b.staticMethod("Sort", VOID, (t, a) -> {
            Arrays.sort((Object[]) a[0], ArrayMembers::compare);
            return AutomationNull.VALUE;
        }, param("array", ARRAY));
        b.staticMethod("Sort", VOID, (t, a) -> {
            Arrays.sort((Object[]) a[0], ClassInterfaces.comparer(a[1]));
            return AutomationNull.VALUE;
        }, param("array", ARRAY), param("comparer", CoreTypes.ICOMPARER));
        DelegateSearches.defineOnArray(b);
        b.staticMethod("Clear", VOID, (t, a) -> {
            Object[] array = (Object[]) a[0];
            clear(array, (Integer) a[1], (Integer) a[1] + (Integer) a[2]);
            return AutomationNull.VALUE;
        }, param("array", ARRAY), param("index", INT32), param("length", INT32));
        // IList.Clear, which an array does: every element becomes its type's default
        b.method("Clear", VOID, (t, a) -> {
            Object[] array = (Object[]) t;
            clear(array, 0, array.length);
            return AutomationNull.VALUE;
        });
    }

    private static void clear(Object[] array, int from, int to) {
        Arrays.fill(array, from, to, LanguagePrimitives.convertTo(null, DotNetType.of(array).elementType()));
    }

    private static void setValue(Object[] array, int index, Object value) {
        array[checkIndex(array, index)] = LanguagePrimitives.convertTo(value, DotNetType.of(array).elementType());
    }

    private static int checkIndex(Object[] array, int index) {
        if (index < 0 || index >= array.length) {
            throw DotNetException.indexOutOfRange();
        }
        return index;
    }

    /** Array.IndexOf: the first element equal (Object.Equals) to the value, or -1. */
    static int indexOf(Object[] array, Object value) {
        Object v = PSObject.base(value);
        for (int i = 0; i < array.length; i++) {
            Object e = PSObject.base(array[i]);
            if (e == null ? v == null : v != null && ComparisonOperators.objectEquals(e, v)) {
                return i;
            }
        }
        return -1;
    }

    /** The order Array.Sort gives: Comparer.Default (nulls first, strings by culture, numbers by value). */
    static int compare(Object a, Object b) {
        Object x = PSObject.base(a);
        Object y = PSObject.base(b);
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : -1) : 1;
        }
        if (x instanceof String xs && y instanceof String ys) {
            return ComparisonOperators.stringCompare(xs, ys, false);
        }
        if (NumericConversion.isNumeric(x) && NumericConversion.isNumeric(y)) {
            return ComparisonOperators.numericOrder(x, y);
        }
        if (x instanceof Comparable<?> && x.getClass() == y.getClass()) {
            @SuppressWarnings("unchecked")
            int c = ((Comparable<Object>) x).compareTo(y);
            return c;
        }
        if (x instanceof ScriptObject script && ClassInterfaces.implementsInterface(script, CoreTypes.ICOMPARABLE)) {
            return script.compareTo(y);
        } else if (y instanceof ScriptObject script && ClassInterfaces.implementsInterface(script, CoreTypes.ICOMPARABLE)) {
            return -script.compareTo(x);
        }
        throw DotNetException.invalidOperation("Failed to compare two elements in the array.");
    }
}
