package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The members of HashSet[T], Queue[T] and Stack[T]: constructors (empty, or from a collection whose
 * elements are converted to T), Count, Contains, Clear, ToArray, and each type's own: Add (true when
 * the element was new), Remove and the set operations; Enqueue/Dequeue; Push/Pop; Peek.
 */
final class CollectionMembers {
    private CollectionMembers() {
    }

    static void defineHashSet(TypeAdapter.Builder b) {
        DotNetType type = b.type();
        DotNetType element = elementType(type);
        defineCommon(b, element, GenericSet::new, (set, e) -> set.add(e));
        if (!type.isGenericTypeDefinition() && element == CoreTypes.STRING) {
            b.constructor((t, a) -> new GenericSet(type, ((StringComparer) a[0]).ignoreCase()),
                    param("comparer", CoreTypes.STRING_COMPARER));
            b.constructor((t, a) -> {
                GenericSet set = new GenericSet(type, ((StringComparer) a[1]).ignoreCase());
                set.addAll(elements(a[0], element));
                return set;
            }, param("collection", OBJECT), param("comparer", CoreTypes.STRING_COMPARER));
        }
        b.method("Add", BOOLEAN, (t, a) -> set(t).add(a[0]), param("item", element));
        b.method("Remove", BOOLEAN, (t, a) -> set(t).remove(a[0]), param("item", element));
        b.method("UnionWith", VOID, (t, a) -> {
            set(t).addAll(elements(a[0], element));
            return AutomationNull.VALUE;
        }, param("other", OBJECT));
        b.method("IntersectWith", VOID, (t, a) -> {
            set(t).retainAll(new HashSet<>(elements(a[0], element)));
            return AutomationNull.VALUE;
        }, param("other", OBJECT));
        b.method("ExceptWith", VOID, (t, a) -> {
            set(t).removeAll(new HashSet<>(elements(a[0], element)));
            return AutomationNull.VALUE;
        }, param("other", OBJECT));
        b.method("IsSubsetOf", BOOLEAN, (t, a) -> new HashSet<>(elements(a[0], element)).containsAll(set(t)),
                param("other", OBJECT));
        b.method("IsSupersetOf", BOOLEAN, (t, a) -> set(t).containsAll(elements(a[0], element)),
                param("other", OBJECT));
        b.method("Overlaps", BOOLEAN, (t, a) -> elements(a[0], element).stream().anyMatch(set(t)::contains),
                param("other", OBJECT));
        b.method("SetEquals", BOOLEAN, (t, a) -> set(t).equals(new HashSet<>(elements(a[0], element))),
                param("other", OBJECT));
    }

    static void defineQueue(TypeAdapter.Builder b) {
        DotNetType element = elementType(b.type());
        defineCommon(b, element, GenericDeque::new, (deque, e) -> deque.addLast(e));
        b.method("Enqueue", VOID, (t, a) -> {
            deque(t).addLast(a[0]);
            return AutomationNull.VALUE;
        }, param("item", element));
        b.method("Dequeue", element, (t, a) -> nonEmpty(t, "Queue empty.").removeFirst());
        definePeek(b, element, "Queue empty.");
    }

    static void defineStack(TypeAdapter.Builder b) {
        DotNetType element = elementType(b.type());
        defineCommon(b, element, GenericDeque::new, (deque, e) -> deque.addFirst(e));
        b.method("Push", VOID, (t, a) -> {
            deque(t).addFirst(a[0]);
            return AutomationNull.VALUE;
        }, param("item", element));
        b.method("Pop", element, (t, a) -> nonEmpty(t, "Stack empty.").removeFirst());
        definePeek(b, element, "Stack empty.");
    }

    private static void definePeek(TypeAdapter.Builder b, DotNetType element, String emptyMessage) {
        b.method("Peek", element, (t, a) -> nonEmpty(t, emptyMessage).getFirst());
    }

    /** Constructors, Count, Contains, Clear and ToArray, which the three types share. */
    private static <C extends Collection<Object>> void defineCommon(TypeAdapter.Builder b, DotNetType element,
                                                                     Function<DotNetType, C> create,
                                                                     BiConsumer<C, Object> add) {
        DotNetType type = b.type();
        if (!type.isGenericTypeDefinition()) {
            b.constructor((t, a) -> create.apply(type));
            b.constructor((t, a) -> create.apply(type), param("capacity", INT32));
            b.constructor((t, a) -> {
                C collection = create.apply(type);
                for (Object e : elements(a[0], element)) {
                    add.accept(collection, e);
                }
                return collection;
            }, param("collection", OBJECT));
        }
        b.property("Count", INT32, c -> ((Collection<?>) c).size());
        b.method("Contains", BOOLEAN, (t, a) -> ((Collection<?>) t).contains(a[0]), param("item", element));
        b.method("Clear", VOID, (t, a) -> {
            ((Collection<?>) t).clear();
            return AutomationNull.VALUE;
        });
        b.method("ToArray", element.arrayType(), (t, a) -> {
            Collection<?> c = (Collection<?>) t;
            return c.toArray(LanguagePrimitives.newArray(element, c.size()));
        });
    }

    private static DotNetType elementType(DotNetType type) {
        return type.isGenericTypeDefinition() ? OBJECT : type.genericArgument(0);
    }

    /** A collection argument's elements converted to T; .NET's ArgumentNullException for $null. */
    private static List<Object> elements(Object collection, DotNetType element) {
        if (collection == null) {
            throw DotNetException.argumentNull("collection");
        }
        Iterable<?> items = LanguagePrimitives.getEnumerable(collection);
        List<Object> result = new ArrayList<>();
        if (items == null) {
            result.add(LanguagePrimitives.convertTo(collection, element));
        } else {
            for (Object item : items) {
                result.add(LanguagePrimitives.convertTo(item, element));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Set<Object> set(Object target) {
        return (Set<Object>) target;
    }

    private static GenericDeque deque(Object target) {
        return (GenericDeque) target;
    }

    private static GenericDeque nonEmpty(Object target, String message) {
        if (deque(target).isEmpty()) {
            throw DotNetException.invalidOperation(message);
        }
        return deque(target);
    }
}
