package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT_ARRAY;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.Collections;
import java.util.List;

/**
 * The members of ArrayList and List[T]: Count, Item, Add (ArrayList's returns the new index, which scripts
 * discard with [void]; List[T]'s returns nothing), AddRange, Insert, Remove, RemoveAt, Contains,
 * IndexOf, Clear, Sort, Reverse, GetEnumerator, ToArray, and the constructors (empty, with capacity, from a collection).
 */
final class ListMembers {
    private ListMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        DotNetType type = b.type();
        boolean generic = type != CoreTypes.ARRAY_LIST;
        DotNetType element = generic && !type.isGenericTypeDefinition() ? type.genericArgument(0) : OBJECT;
        String itemName = generic ? "item" : "value";
        if (!type.isGenericTypeDefinition()) {
            b.constructor((t, a) -> newList(type, 0));
            b.constructor((t, a) -> {
                if ((Integer) a[0] < 0) {
                    throw DotNetException.argumentOutOfRange("capacity", "Non-negative number required.");
                }
                return newList(type, (Integer) a[0]);
            }, param("capacity", INT32));
            b.constructor((t, a) -> {
                List<Object> list = newList(type, 0);
                Iterable<?> elements = LanguagePrimitives.getEnumerable(a[0]);
                if (elements == null) {
                    throw DotNetException.argumentNull("collection");
                }
                elements.forEach(list::add);
                return list;
            }, param("collection", OBJECT_ARRAY));
        }
        b.property("Count", INT32, l -> ((List<?>) l).size());
        b.property("IsFixedSize", BOOLEAN, l -> false);
        b.parameterizedProperty("Item", element, (t, a) -> list(t).get(checkIndex(list(t), (Integer) a[0])),
                (t, a) -> list(t).set(checkIndex(list(t), (Integer) a[0]), a[1]), param("index", INT32));
        b.method("Add", generic ? VOID : INT32, (t, a) -> {
            List<Object> list = list(t);
            list.add(a[0]);
            return generic ? AutomationNull.VALUE : (Object) (list.size() - 1);
        }, param(itemName, element));
        b.method("AddRange", VOID, (t, a) -> {
            Iterable<?> elements = LanguagePrimitives.getEnumerable(a[0]);
            if (elements == null) {
                throw DotNetException.argumentNull("collection");
            }
            elements.forEach(list(t)::add);
            return AutomationNull.VALUE;
        }, param("collection", OBJECT));
        b.method("Insert", VOID, (t, a) -> {
            List<Object> list = list(t);
            int index = (Integer) a[0];
            if (index < 0 || index > list.size()) {
                throw DotNetException.argumentOutOfRange("index", "Index must be within the bounds of the List.");
            }
            list.add(index, a[1]);
            return AutomationNull.VALUE;
        }, param("index", INT32), param(itemName, element));
        b.method("Remove", generic ? BOOLEAN : VOID, (t, a) -> {
            List<Object> list = list(t);
            int index = indexOf(list, a[0]);
            if (index >= 0) {
                list.remove(index);
            }
            return generic ? (Object) (index >= 0) : AutomationNull.VALUE;
        }, param(itemName, element));
        b.method("RemoveAt", VOID, (t, a) -> {
            list(t).remove(checkIndex(list(t), (Integer) a[0]));
            return AutomationNull.VALUE;
        }, param("index", INT32));
        b.method("Contains", BOOLEAN, (t, a) -> indexOf(list(t), a[0]) >= 0, param(itemName, element));
        b.method("IndexOf", INT32, (t, a) -> indexOf(list(t), a[0]), param(itemName, element));
        b.method("GetEnumerator", CoreTypes.IENUMERATOR, (t, a) -> CollectionEnumerator.ofList(list(t), generic));
        b.method("Clear", VOID, (t, a) -> {
            list(t).clear();
            return AutomationNull.VALUE;
        });
        b.method("Sort", VOID, (t, a) -> {
            list(t).sort(ArrayMembers::compare);
            return AutomationNull.VALUE;
        });
        b.method("Sort", VOID, (t, a) -> {
            ScriptCallable comparison = (ScriptCallable) a[0];
            list(t).sort((x, y) -> LanguagePrimitives.toInt(comparison.invoke(null, null, new Object[] {x, y})));
            return AutomationNull.VALUE;
        }, param("comparison", generic ? CoreTypes.COMPARISON.makeGenericType(element) : CoreTypes.SCRIPT_BLOCK));
        b.method("Sort", VOID, (t, a) -> {
            list(t).sort(ClassInterfaces.comparer(a[0]));
            return AutomationNull.VALUE;
        }, param("comparer", CoreTypes.ICOMPARER));
        b.method("GetRange", type, (t, a) -> {
            List<Object> list = list(t);
            int index = (Integer) a[0];
            int count = (Integer) a[1];
            if (index < 0 || count < 0) {
                throw DotNetException.argumentOutOfRange(index < 0 ? "index" : "count", "Non-negative number required.");
            }
            if (list.size() - index < count) {
                throw DotNetException.argument("Offset and length were out of bounds for the array or count is greater "
                        + "than the number of elements from index to the end of the source collection.", null);
            }
            List<Object> range = newList(type, count);
            range.addAll(list.subList(index, index + count));
            return range;
        }, param("index", INT32), param("count", INT32));
        b.method("Reverse", VOID, (t, a) -> {
            Collections.reverse(list(t));
            return AutomationNull.VALUE;
        });
        if (!generic) {
            // ArrayList.Clone(): a shallow copy, what scripts take before changing a list they enumerate
            b.method("Clone", OBJECT, (t, a) -> {
                List<Object> copy = newList(type, list(t).size());
                copy.addAll(list(t));
                return copy;
            });
        }
        if (generic) {
            DelegateSearches.defineOnList(b, type, element, listType -> newList(listType, 0));
            b.method("RemoveAll", INT32, (t, a) -> {
                ScriptCallable match = Delegates.require(a[0], "match");
                int before = list(t).size();
                list(t).removeIf(item -> Delegates.test(match, item));
                return before - list(t).size();
            }, param("match", CoreTypes.PREDICATE.makeGenericType(element)));
        }
        b.method("ToArray", OBJECT_ARRAY, (t, a) -> {
            List<Object> list = list(t);
            DotNetType elementType = t instanceof GenericList g ? g.elementType() : OBJECT;
            return list.toArray(LanguagePrimitives.newArray(elementType, list.size()));
        });
    }

    /** The index, or .NET's exception for one outside the list (the indexer's and RemoveAt's). */
    private static int checkIndex(List<Object> list, int index) {
        if (index < 0 || index >= list.size()) {
            throw DotNetException.argumentOutOfRange("index",
                    "Index was out of range. Must be non-negative and less than the size of the collection.");
        }
        return index;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object target) {
        return (List<Object>) target;
    }

    /** A new list of the type with room for {@code capacity} elements before it grows, as .NET's capacity gives. */
    private static List<Object> newList(DotNetType type, int capacity) {
        return type == CoreTypes.ARRAY_LIST ? new ArrayList(capacity) : new GenericList(type, capacity);
    }

    private static int indexOf(List<Object> list, Object value) {
        return ArrayMembers.indexOf(list.toArray(), value);
    }
}
