package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The searches .NET offers both as List[T]'s methods and as Array's static methods, which scripts call with
 * a script block as the Predicate ({@code $list.FindAll({ $args[0] -gt 2 })}, {@code [Array]::Find($a, {...})}):
 * Find, FindLast, FindAll, FindIndex (three overloads), FindLastIndex, Exists, TrueForAll and ConvertAll; and
 * Array.ForEach. List[T]'s ForEach is left to PowerShell's own ForEach(), which pwsh hides behind List's.
 */
final class DelegateSearches {
    private final TypeAdapter.Builder builder;
    private final DotNetType element;
    /** Whether these are Array's static methods, whose first argument is the array (else List's, on the target). */
    private final boolean onArray;

    private DelegateSearches(TypeAdapter.Builder builder, DotNetType element, boolean onArray) {
        this.builder = builder;
        this.element = element;
        this.onArray = onArray;
    }

    /** List[T]'s methods; FindAll makes a list of {@code listType}. */
    static void defineOnList(TypeAdapter.Builder b, DotNetType listType, DotNetType element,
                             Function<DotNetType, List<Object>> newList) {
        new DelegateSearches(b, element, false).define(listType, found -> {
            List<Object> list = newList.apply(listType);
            list.addAll(found);
            return list;
        });
    }

    /** Array's static methods, on object arrays (what .NET's generic ones take, T inferred from the array). */
    static void defineOnArray(TypeAdapter.Builder b) {
        DelegateSearches searches = new DelegateSearches(b, OBJECT, true);
        searches.define(CoreTypes.OBJECT_ARRAY, found -> found.toArray(LanguagePrimitives.newArray(OBJECT, found.size())));
        searches.add("ForEach", CoreTypes.VOID, (items, a) -> {
            ScriptCallable action = Delegates.require(a[0], "action");
            for (Object item : items.toArray()) {
                action.invoke(null, null, new Object[] {item});
            }
            return AutomationNull.VALUE;
        }, param("action", CoreTypes.ACTION.get(1).makeGenericType(OBJECT)));
    }

    /** A method of the items and the arguments after the array, as a list's method or Array's static one. */
    private interface Search {
        Object apply(List<Object> items, Object[] args);
    }

    private void add(String name, DotNetType returnType, Search search, MethodOverload.Parameter... parameters) {
        if (onArray) {
            MethodOverload.Parameter[] withArray = new MethodOverload.Parameter[parameters.length + 1];
            withArray[0] = param("array", CoreTypes.OBJECT_ARRAY);
            System.arraycopy(parameters, 0, withArray, 1, parameters.length);
            builder.staticMethod(name, returnType, (t, a) -> {
                if (a[0] == null) {
                    throw DotNetException.argumentNull("array");
                }
                return search.apply(Arrays.asList((Object[]) a[0]), Arrays.copyOfRange(a, 1, a.length));
            }, withArray);
        } else {
            @SuppressWarnings("unchecked")
            MethodOverload.Invoker invoker = (t, a) -> search.apply((List<Object>) t, a);
            builder.method(name, returnType, invoker, parameters);
        }
    }

    private void define(DotNetType collectionType, Function<List<Object>, Object> collect) {
        MethodOverload.Parameter match = param("match", CoreTypes.PREDICATE.makeGenericType(element));
        add("Find", element, (items, a) -> {
            int index = findIndex(items, 0, items.size(), a[0]);
            return index < 0 ? ScriptClass.defaultValue(element) : items.get(index);
        }, match);
        add("FindLast", element, (items, a) -> {
            int index = findLastIndex(items, a[0]);
            return index < 0 ? ScriptClass.defaultValue(element) : items.get(index);
        }, match);
        add("FindAll", collectionType, (items, a) -> {
            ScriptCallable predicate = Delegates.require(a[0], "match");
            List<Object> found = new ArrayList<>();
            for (Object item : items.toArray()) {
                if (Delegates.test(predicate, item)) {
                    found.add(item);
                }
            }
            return collect.apply(found);
        }, match);
        add("FindIndex", INT32, (items, a) -> findIndex(items, 0, items.size(), a[0]), match);
        add("FindIndex", INT32, (items, a) -> findIndex(items, checkStart(items, (Integer) a[0]),
                items.size() - (Integer) a[0], a[1]), param("startIndex", INT32), match);
        add("FindIndex", INT32, (items, a) -> {
            int start = checkStart(items, (Integer) a[0]);
            int count = (Integer) a[1];
            if (count < 0 || start > items.size() - count) {
                throw DotNetException.argumentOutOfRange("count",
                        "Count must be positive and count must refer to a location within the string/array/collection.");
            }
            return findIndex(items, start, count, a[2]);
        }, param("startIndex", INT32), param("count", INT32), match);
        add("FindLastIndex", INT32, (items, a) -> findLastIndex(items, a[0]), match);
        add("Exists", BOOLEAN, (items, a) -> findIndex(items, 0, items.size(), a[0]) >= 0, match);
        add("TrueForAll", BOOLEAN, (items, a) -> {
            ScriptCallable predicate = Delegates.require(a[0], "match");
            for (Object item : items.toArray()) {
                if (!Delegates.test(predicate, item)) {
                    return false;
                }
            }
            return true;
        }, match);
        add("ConvertAll", onArray ? CoreTypes.OBJECT_ARRAY : CoreTypes.LIST.makeGenericType(OBJECT), (items, a) -> {
            ScriptCallable converter = Delegates.require(a[0], "converter");
            DotNetType output = Delegates.resultType(converter);
            List<Object> converted = new ArrayList<>();
            for (Object item : items.toArray()) {
                converted.add(Delegates.invoke(converter, item));
            }
            if (onArray) {
                return converted.toArray(LanguagePrimitives.newArray(output, converted.size()));
            }
            GenericList list = new GenericList(CoreTypes.LIST.makeGenericType(output), converted.size());
            list.addAll(converted);
            return list;
        }, param("converter", CoreTypes.CONVERTER.makeGenericType(element, OBJECT)));
    }

    private static int checkStart(List<Object> items, int start) {
        if (start < 0 || start > items.size()) {
            throw DotNetException.argumentOutOfRange("startIndex",
                    "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
        }
        return start;
    }

    /** The first index in {@code [start, start + count)} whose element matches, or -1. */
    private static int findIndex(List<Object> items, int start, int count, Object match) {
        ScriptCallable predicate = Delegates.require(match, "match");
        Object[] snapshot = items.toArray();
        for (int i = start; i < start + count; i++) {
            if (Delegates.test(predicate, snapshot[i])) {
                return i;
            }
        }
        return -1;
    }

    private static int findLastIndex(List<Object> items, Object match) {
        ScriptCallable predicate = Delegates.require(match, "match");
        Object[] snapshot = items.toArray();
        for (int i = snapshot.length - 1; i >= 0; i--) {
            if (Delegates.test(predicate, snapshot[i])) {
                return i;
            }
        }
        return -1;
    }
}
