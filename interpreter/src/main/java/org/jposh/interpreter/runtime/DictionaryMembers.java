package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.HASHTABLE;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT_ARRAY;
import static org.jposh.interpreter.runtime.CoreTypes.PS_REFERENCE;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.Map;

/**
 * The members of Hashtable, OrderedDictionary, Dictionary[K,V] and DictionaryEntry: Count, Keys,
 * Values, Item (OrderedDictionary's also by position; Dictionary's own refuses a key not there, its
 * IDictionary.Item gives $null), Add (a duplicate key is an error), Remove, ContainsKey, ContainsValue, Clear, Clone,
 * GetEnumerator; OrderedDictionary's Insert and RemoveAt; Dictionary's TryGetValue; ConcurrentDictionary's TryAdd,
 * TryRemove, TryUpdate and GetOrAdd.
 */
final class DictionaryMembers {
    private DictionaryMembers() {
    }

    static void defineHashtable(TypeAdapter.Builder b) {
        defineCommon(b);
        defineKeyItem(b, null);
        b.constructor((t, a) -> new Hashtable(false));
        b.constructor((t, a) -> new Hashtable(false), param("capacity", INT32));
        b.constructor((t, a) -> new Hashtable(((StringComparer) a[0]).ignoreCase()),
                param("equalityComparer", CoreTypes.STRING_COMPARER));
        b.constructor((t, a) -> new Hashtable(((StringComparer) a[1]).ignoreCase()), param("capacity", INT32),
                param("equalityComparer", CoreTypes.STRING_COMPARER));
        b.constructor((t, a) -> Hashtable.copyOf((Map<?, ?>) a[0], false), param("d", CoreTypes.IDICTIONARY));
        b.constructor((t, a) -> Hashtable.copyOf((Map<?, ?>) a[0], ((StringComparer) a[1]).ignoreCase()),
                param("d", CoreTypes.IDICTIONARY), param("equalityComparer", CoreTypes.STRING_COMPARER));
        b.method("Clone", HASHTABLE, (t, a) -> Hashtable.copyOf((Map<?, ?>) t, ((Hashtable) t).ignoreCase()));
        b.property("IsSynchronized", BOOLEAN, t -> ((Hashtable) t).isSynchronized());
        b.property("SyncRoot", OBJECT, t -> ((Hashtable) t).syncRoot());
        b.staticMethod("Synchronized", HASHTABLE, (t, a) -> {
            if (a[0] == null) {
                throw DotNetException.argumentNull("table");
            }
            return Hashtable.synchronizedView((Hashtable) a[0]);
        }, param("table", HASHTABLE));
    }

    static void defineOrdered(TypeAdapter.Builder b) {
        defineCommon(b);
        b.parameterizedProperty("Item", OBJECT, (t, a) -> ((OrderedDictionary) t).getAt((Integer) a[0]), (t, a) -> {
            ((OrderedDictionary) t).setAt((Integer) a[0], a[1]);
            return null;
        }, param("index", INT32));
        defineKeyItem(b, null);
        b.constructor((t, a) -> new OrderedDictionary(false));
        b.method("Insert", VOID, (t, a) -> {
            ((OrderedDictionary) t).insert((Integer) a[0], a[1], a[2]);
            return AutomationNull.VALUE;
        }, param("index", INT32), param("key", OBJECT), param("value", OBJECT));
        b.method("RemoveAt", VOID, (t, a) -> {
            ((OrderedDictionary) t).removeAt((Integer) a[0]);
            return AutomationNull.VALUE;
        }, param("index", INT32));
    }

    /**
     * Dictionary[K,V]: made empty, with a capacity, as a copy of another dictionary, and, for string keys, with a
     * StringComparer deciding whether keys that differ in case are one.
     */
    static void defineGeneric(TypeAdapter.Builder b) {
        DotNetType type = b.type();
        if (!type.isGenericTypeDefinition()) {
            b.constructor((t, a) -> new GenericDictionary(type));
            b.constructor((t, a) -> new GenericDictionary(type), param("capacity", INT32));
            b.constructor((t, a) -> GenericDictionary.copyOf(type, (Map<?, ?>) a[0], false),
                    param("dictionary", CoreTypes.IDICTIONARY));
            if (type.genericArgument(0) == CoreTypes.STRING) {
                b.constructor((t, a) -> new GenericDictionary(type, ((StringComparer) a[0]).ignoreCase()),
                        param("comparer", CoreTypes.STRING_COMPARER));
                b.constructor((t, a) -> new GenericDictionary(type, ((StringComparer) a[1]).ignoreCase()),
                        param("capacity", INT32), param("comparer", CoreTypes.STRING_COMPARER));
                b.constructor((t, a) -> GenericDictionary.copyOf(type, (Map<?, ?>) a[0],
                        ((StringComparer) a[1]).ignoreCase()), param("dictionary", CoreTypes.IDICTIONARY),
                        param("comparer", CoreTypes.STRING_COMPARER));
            }
        }
        defineGenericMembers(b);
    }

    /** SortedDictionary[K,V]: a generic dictionary's members, enumerated in key order. */
    static void defineSorted(TypeAdapter.Builder b) {
        DotNetType type = b.type();
        if (!type.isGenericTypeDefinition()) {
            b.constructor((t, a) -> new SortedDictionary(type));
        }
        defineGenericMembers(b);
    }

    /**
     * ConcurrentDictionary[K,V]: a generic dictionary's members and TryAdd, TryRemove, TryUpdate, GetOrAdd and
     * IsEmpty, each atomic.
     */
    static void defineConcurrent(TypeAdapter.Builder b) {
        DotNetType type = b.type();
        if (type.isGenericTypeDefinition()) {
            defineGenericMembers(b);
            return;
        }
        DotNetType key = type.genericArgument(0);
        DotNetType value = type.genericArgument(1);
        b.constructor((t, a) -> new ConcurrentDictionary(type));
        defineGenericMembers(b);
        b.property("IsEmpty", BOOLEAN, d -> ((Map<?, ?>) d).isEmpty());
        b.method("TryAdd", BOOLEAN, (t, a) -> ((ConcurrentDictionary) t).tryAdd(requireKey(a[0]), a[1]),
                param("key", key), param("value", value));
        b.method("TryRemove", BOOLEAN, (t, a) -> ((ConcurrentDictionary) t).tryRemove(requireKey(a[0]),
                (PSReference) a[1], value), param("key", key), param("value", PS_REFERENCE));
        b.method("TryUpdate", BOOLEAN, (t, a) -> ((ConcurrentDictionary) t).tryUpdate(requireKey(a[0]), a[1], a[2]),
                param("key", key), param("newValue", value), param("comparisonValue", value));
        b.method("GetOrAdd", value, (t, a) -> ((ConcurrentDictionary) t).getOrAdd(requireKey(a[0]), a[1]),
                param("key", key), param("value", value));
    }

    /** The members of a closed Dictionary[K,V] other than its constructor: Item, TryGetValue and the common ones. */
    private static void defineGenericMembers(TypeAdapter.Builder b) {
        defineCommon(b);
        DotNetType type = b.type();
        if (!type.isGenericTypeDefinition()) {
            b.parameterizedProperty("Item", type.genericArgument(1), (t, a) -> {
                AbstractDictionary d = (AbstractDictionary) t;
                if (!d.containsKey(requireKey(a[0]))) {
                    throw new DotNetException("System.Collections.Generic.KeyNotFoundException", "The given key '"
                            + LanguagePrimitives.toStringValue(a[0]) + "' was not present in the dictionary.");
                }
                return d.get(a[0]);
            }, (t, a) -> map(t).put(requireKey(a[0]), a[1]), param("key", type.genericArgument(0)));
            defineKeyItem(b, "IDictionary");
        }
        b.method("TryGetValue", BOOLEAN, (t, a) -> {
            AbstractDictionary d = (AbstractDictionary) t;
            Object key = LanguagePrimitives.convertTo(a[0], type.genericArgument(0));
            synchronized (d) { // one step for a ConcurrentDictionary, whose methods hold the same lock
                boolean found = d.containsKey(key);
                ((PSReference) a[1]).setValue(found ? d.get(key)
                        : LanguagePrimitives.convertTo(null, type.genericArgument(1)));
                return found;
            }
        }, param("key", OBJECT), param("value", PS_REFERENCE));
    }

    /** IDictionary's {@code Item(System.Object key)}: $null for a key not there, null keys refused. */
    private static void defineKeyItem(TypeAdapter.Builder b, String declaringInterface) {
        b.interfaceParameterizedProperty(declaringInterface, "Item", OBJECT,
                (t, a) -> ((Map<?, ?>) t).get(requireKey(a[0])),
                (t, a) -> map(t).put(requireKey(a[0]), a[1]), param("key", OBJECT));
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> map(Object dictionary) {
        return (Map<Object, Object>) dictionary;
    }

    private static Object requireKey(Object key) {
        if (key == null) {
            throw DotNetException.argumentNull("key");
        }
        return key;
    }

    static void defineEntry(TypeAdapter.Builder b) {
        b.property("Key", OBJECT, e -> ((DictionaryEntry) e).key());
        b.property("Value", OBJECT, e -> ((DictionaryEntry) e).value());
        b.property("Name", OBJECT, e -> ((DictionaryEntry) e).key());
    }

    static void defineCommon(TypeAdapter.Builder b) {
        b.property("Count", INT32, d -> ((Map<?, ?>) d).size());
        b.property("Keys", OBJECT_ARRAY, d -> new ArrayList(((Map<?, ?>) d).keySet()));
        b.property("Values", OBJECT_ARRAY, d -> new ArrayList(((Map<?, ?>) d).values()));
        b.property("IsReadOnly", BOOLEAN, d -> false);
        b.property("IsFixedSize", BOOLEAN, d -> false);
        b.method("Add", VOID, (t, a) -> {
            ((AbstractDictionary) t).add(a[0], a[1]);
            return AutomationNull.VALUE;
        }, param("key", OBJECT), param("value", OBJECT));
        b.method("Remove", VOID, (t, a) -> {
            if (a[0] == null) {
                throw DotNetException.argumentNull("key");
            }
            ((Map<?, ?>) t).remove(a[0]);
            return AutomationNull.VALUE;
        }, param("key", OBJECT));
        b.method("ContainsKey", BOOLEAN, (t, a) -> containsKey(t, a[0]), param("key", OBJECT));
        b.method("Contains", BOOLEAN, (t, a) -> containsKey(t, a[0]), param("key", OBJECT));
        b.method("ContainsValue", BOOLEAN, (t, a) -> {
            for (Object v : ((Map<?, ?>) t).values()) {
                if (v == null ? a[0] == null : a[0] != null && ComparisonOperators.objectEquals(v, a[0])) {
                    return true;
                }
            }
            return false;
        }, param("value", OBJECT));
        b.method("Clear", VOID, (t, a) -> {
            ((Map<?, ?>) t).clear();
            return AutomationNull.VALUE;
        });
        b.method("GetEnumerator", CoreTypes.IENUMERATOR, (t, a) -> CollectionEnumerator.ofDictionary((Map<?, ?>) t));
    }

    private static boolean containsKey(Object dictionary, Object key) {
        return ((Map<?, ?>) dictionary).containsKey(requireKey(key));
    }
}
