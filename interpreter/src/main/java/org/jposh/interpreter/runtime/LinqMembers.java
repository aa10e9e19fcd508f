package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.DOUBLE;
import static org.jposh.interpreter.runtime.CoreTypes.IENUMERABLE;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.INT64;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * System.Linq.Enumerable, the static methods scripts call with a collection and script blocks as delegates
 * ({@code [Linq.Enumerable]::Where($list, [Func[int,bool]]{ $args[0] -gt 2 })}). The operators .NET defers
 * (Where, Select, Skip, Distinct, OrderBy, ...) return a {@link LinqSequence} that runs when enumerated; the
 * others (Count, First, Sum, ToArray, ...) run at once. Elements compare as .NET's default comparer does
 * (strings case-sensitively, numbers of different types unequal); an array's or a generic list's element
 * type is the sequence's, for Sum's arithmetic, the defaults of FirstOrDefault and ToArray's array. A script
 * block stands for any delegate: it is called with the element (and its index, for the overloads taking one).
 */
final class LinqMembers {
    private static final String NO_ELEMENTS = "Sequence contains no elements";
    private static final String NO_MATCH = "Sequence contains no matching element";

    private LinqMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        defineGeneration(b);
        defineFiltering(b);
        defineSetOperations(b);
        defineElements(b);
        defineAggregates(b);
        defineConversions(b);
    }

    private static void defineGeneration(TypeAdapter.Builder b) {
        b.staticMethod("Range", IENUMERABLE, (t, a) -> {
            int start = (Integer) a[0];
            int count = (Integer) a[1];
            if (count < 0 || (long) start + count - 1 > Integer.MAX_VALUE) {
                throw DotNetException.argumentOutOfRange("count", "Specified argument was out of the range of valid values.");
            }
            return new LinqSequence(INT32, () -> IntStream.range(0, count).mapToObj(i -> start + i));
        }, param("start", INT32), param("count", INT32));
        b.staticMethod("Repeat", IENUMERABLE, (t, a) -> {
            int count = (Integer) a[1];
            if (count < 0) {
                throw DotNetException.argumentOutOfRange("count", "Specified argument was out of the range of valid values.");
            }
            Object element = a[0];
            return new LinqSequence(DotNetType.of(element), () -> Stream.generate(() -> element).limit(count));
        }, param("element", OBJECT), param("count", INT32));
    }

    private static void defineFiltering(TypeAdapter.Builder b) {
        deferred(b, "Where", "predicate", (s, f) -> s.filter(x -> Delegates.test(f, x)));
        deferred(b, "SkipWhile", "predicate", (s, f) -> s.dropWhile(x -> Delegates.test(f, x)));
        deferred(b, "TakeWhile", "predicate", (s, f) -> s.takeWhile(x -> Delegates.test(f, x)));
        b.staticMethod("Select", IENUMERABLE, (t, a) -> {
            ScriptCallable selector = Delegates.require(a[1], "selector");
            return query(a[0], Delegates.resultType(selector), s -> s.map(x -> Delegates.invoke(selector, x)));
        }, param("source", OBJECT), param("selector", CoreTypes.FUNC.get(1)));
        b.staticMethod("SelectMany", IENUMERABLE, (t, a) -> {
            ScriptCallable selector = Delegates.require(a[1], "selector");
            return query(a[0], OBJECT, s -> s.flatMap(x -> stream(Delegates.invoke(selector, x), "selector")));
        }, param("source", OBJECT), param("selector", CoreTypes.FUNC.get(1)));
        b.staticMethod("Skip", IENUMERABLE, (t, a) -> sameElements(a[0], s -> s.skip(Math.max(0, (Integer) a[1]))),
                param("source", OBJECT), param("count", INT32));
        b.staticMethod("Take", IENUMERABLE, (t, a) -> sameElements(a[0], s -> s.limit(Math.max(0, (Integer) a[1]))),
                param("source", OBJECT), param("count", INT32));
        b.staticMethod("Reverse", IENUMERABLE, (t, a) -> sameElements(a[0], s -> reversed(s.toList()).stream()),
                param("source", OBJECT));
        b.staticMethod("OrderBy", IENUMERABLE, (t, a) -> orderBy(a[0], a[1], false),
                param("source", OBJECT), param("keySelector", CoreTypes.FUNC.get(1)));
        b.staticMethod("OrderByDescending", IENUMERABLE, (t, a) -> orderBy(a[0], a[1], true),
                param("source", OBJECT), param("keySelector", CoreTypes.FUNC.get(1)));
        b.staticMethod("Append", IENUMERABLE, (t, a) -> sameElements(a[0], s -> Stream.concat(s, Stream.of(a[1]))),
                param("source", OBJECT), param("element", OBJECT));
        b.staticMethod("Prepend", IENUMERABLE, (t, a) -> sameElements(a[0], s -> Stream.concat(Stream.of(a[1]), s)),
                param("source", OBJECT), param("element", OBJECT));
        b.staticMethod("Concat", IENUMERABLE, (t, a) -> sameElements(a[0], s -> Stream.concat(s, stream(a[1], "second"))),
                param("first", OBJECT), param("second", OBJECT));
        b.staticMethod("Chunk", IENUMERABLE, (t, a) -> {
            int size = (Integer) a[1];
            if (size < 1) {
                throw DotNetException.argumentOutOfRange("size", "Specified argument was out of the range of valid values.");
            }
            DotNetType element = elementType(a[0]);
            return query(a[0], element.arrayType(), s -> chunks(s.toList(), size, element));
        }, param("source", OBJECT), param("size", INT32));
        b.staticMethod("Zip", IENUMERABLE, (t, a) -> {
            ScriptCallable selector = Delegates.require(a[2], "resultSelector");
            return query(a[0], Delegates.resultType(selector), s -> zip(s, stream(a[1], "second"), selector));
        }, param("first", OBJECT), param("second", OBJECT), param("resultSelector", CoreTypes.FUNC.get(2)));
    }

    private static void defineSetOperations(TypeAdapter.Builder b) {
        b.staticMethod("Distinct", IENUMERABLE, (t, a) -> sameElements(a[0], s -> distinct(s).stream()),
                param("source", OBJECT));
        b.staticMethod("Union", IENUMERABLE,
                (t, a) -> sameElements(a[0], s -> distinct(Stream.concat(s, stream(a[1], "second"))).stream()),
                param("first", OBJECT), param("second", OBJECT));
        b.staticMethod("Intersect", IENUMERABLE, (t, a) -> sameElements(a[0], s -> {
            Set<Object> second = distinct(stream(a[1], "second"));
            return distinct(s).stream().filter(second::contains);
        }), param("first", OBJECT), param("second", OBJECT));
        b.staticMethod("Except", IENUMERABLE, (t, a) -> sameElements(a[0], s -> {
            Set<Object> second = distinct(stream(a[1], "second"));
            return distinct(s).stream().filter(x -> !second.contains(x));
        }), param("first", OBJECT), param("second", OBJECT));
        b.staticMethod("Contains", BOOLEAN, (t, a) -> stream(a[0], "source").map(PSObject::base)
                        .anyMatch(x -> Objects.equals(x, PSObject.base(a[1]))),
                param("source", OBJECT), param("value", OBJECT));
        b.staticMethod("SequenceEqual", BOOLEAN, (t, a) -> {
            List<Object> first = stream(a[0], "first").map(PSObject::base).toList();
            List<Object> second = stream(a[1], "second").map(PSObject::base).toList();
            return first.equals(second);
        }, param("first", OBJECT), param("second", OBJECT));
    }

    private static void defineElements(TypeAdapter.Builder b) {
        element(b, "First", (items, type, matching) -> items.isEmpty() ? noElement(matching) : items.get(0));
        element(b, "FirstOrDefault", (items, type, matching) -> items.isEmpty() ? ScriptClass.defaultValue(type)
                : items.get(0));
        element(b, "Last", (items, type, matching) -> items.isEmpty() ? noElement(matching) : items.getLast());
        element(b, "LastOrDefault", (items, type, matching) -> items.isEmpty() ? ScriptClass.defaultValue(type)
                : items.getLast());
        element(b, "Single", (items, type, matching) -> single(items, type, matching, false));
        element(b, "SingleOrDefault", (items, type, matching) -> single(items, type, matching, true));
        b.staticMethod("ElementAt", OBJECT, (t, a) -> {
            List<Object> items = stream(a[0], "source").toList();
            int index = (Integer) a[1];
            if (index < 0 || index >= items.size()) {
                throw DotNetException.argumentOutOfRange("index",
                        "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            return items.get(index);
        }, param("source", OBJECT), param("index", INT32));
        b.staticMethod("ElementAtOrDefault", OBJECT, (t, a) -> {
            List<Object> items = stream(a[0], "source").toList();
            int index = (Integer) a[1];
            return index < 0 || index >= items.size() ? ScriptClass.defaultValue(elementType(a[0])) : items.get(index);
        }, param("source", OBJECT), param("index", INT32));
    }

    private static void defineAggregates(TypeAdapter.Builder b) {
        b.staticMethod("Count", INT32, (t, a) -> (int) stream(a[0], "source").count(), param("source", OBJECT));
        b.staticMethod("Count", INT32, (t, a) -> {
            ScriptCallable predicate = Delegates.require(a[1], "predicate");
            return (int) stream(a[0], "source").filter(x -> Delegates.test(predicate, x)).count();
        }, param("source", OBJECT), param("predicate", CoreTypes.FUNC.get(1)));
        b.staticMethod("LongCount", INT64, (t, a) -> stream(a[0], "source").count(), param("source", OBJECT));
        b.staticMethod("Any", BOOLEAN, (t, a) -> stream(a[0], "source").findAny().isPresent(), param("source", OBJECT));
        b.staticMethod("Any", BOOLEAN, (t, a) -> {
            ScriptCallable predicate = Delegates.require(a[1], "predicate");
            return stream(a[0], "source").anyMatch(x -> Delegates.test(predicate, x));
        }, param("source", OBJECT), param("predicate", CoreTypes.FUNC.get(1)));
        b.staticMethod("All", BOOLEAN, (t, a) -> {
            ScriptCallable predicate = Delegates.require(a[1], "predicate");
            return stream(a[0], "source").allMatch(x -> Delegates.test(predicate, x));
        }, param("source", OBJECT), param("predicate", CoreTypes.FUNC.get(1)));
        b.staticMethod("Sum", OBJECT, (t, a) -> sum(stream(a[0], "source").toList(), elementType(a[0])),
                param("source", OBJECT));
        b.staticMethod("Sum", OBJECT, (t, a) -> sum(project(a[0], a[1]), OBJECT),
                param("source", OBJECT), param("selector", CoreTypes.FUNC.get(1)));
        b.staticMethod("Average", DOUBLE, (t, a) -> average(stream(a[0], "source").toList()), param("source", OBJECT));
        b.staticMethod("Average", DOUBLE, (t, a) -> average(project(a[0], a[1])),
                param("source", OBJECT), param("selector", CoreTypes.FUNC.get(1)));
        b.staticMethod("Min", OBJECT, (t, a) -> extreme(stream(a[0], "source").toList(), elementType(a[0]), -1),
                param("source", OBJECT));
        b.staticMethod("Min", OBJECT, (t, a) -> extreme(project(a[0], a[1]), OBJECT, -1),
                param("source", OBJECT), param("selector", CoreTypes.FUNC.get(1)));
        b.staticMethod("Max", OBJECT, (t, a) -> extreme(stream(a[0], "source").toList(), elementType(a[0]), 1),
                param("source", OBJECT));
        b.staticMethod("Max", OBJECT, (t, a) -> extreme(project(a[0], a[1]), OBJECT, 1),
                param("source", OBJECT), param("selector", CoreTypes.FUNC.get(1)));
        b.staticMethod("Aggregate", OBJECT, (t, a) -> {
            ScriptCallable func = Delegates.require(a[1], "func");
            Iterator<Object> items = stream(a[0], "source").iterator();
            if (!items.hasNext()) {
                throw DotNetException.invalidOperation(NO_ELEMENTS);
            }
            return fold(items.next(), items, func);
        }, param("source", OBJECT), param("func", CoreTypes.FUNC.get(2)));
        b.staticMethod("Aggregate", OBJECT, (t, a) -> fold(a[1], stream(a[0], "source").iterator(),
                Delegates.require(a[2], "func")), param("source", OBJECT), param("seed", OBJECT),
                param("func", CoreTypes.FUNC.get(2)));
    }

    private static void defineConversions(TypeAdapter.Builder b) {
        b.staticMethod("ToArray", CoreTypes.OBJECT_ARRAY, (t, a) -> {
            List<Object> items = stream(a[0], "source").toList();
            return items.toArray(LanguagePrimitives.newArray(elementType(a[0]), items.size()));
        }, param("source", OBJECT));
        b.genericStaticMethod("Cast", 1, types -> new MethodOverload(CoreTypes.IENUMERABLE_T.makeGenericType(types[0]),
                new MethodOverload.Parameter[] {param("source", OBJECT)}, false, true,
                (t, a) -> new LinqSequence(types[0], () -> stream(a[0], "source").map(e -> cast(e, types[0])))));
        b.genericStaticMethod("OfType", 1, types -> new MethodOverload(
                CoreTypes.IENUMERABLE_T.makeGenericType(types[0]),
                new MethodOverload.Parameter[] {param("source", OBJECT)}, false, true,
                (t, a) -> new LinqSequence(types[0], () -> stream(a[0], "source").filter(e -> isOf(e, types[0]))
                        .map(PSObject::base))));
        b.genericStaticMethod("Empty", 1, types -> new MethodOverload(types[0].arrayType(),
                new MethodOverload.Parameter[0], false, true, (t, a) -> LanguagePrimitives.newArray(types[0], 0)));
        b.genericStaticMethod("ToList", 1, types -> new MethodOverload(CoreTypes.LIST.makeGenericType(types[0]),
                new MethodOverload.Parameter[] {param("source", OBJECT)}, false, true, (t, a) -> {
                    GenericList list = new GenericList(CoreTypes.LIST.makeGenericType(types[0]), 0);
                    stream(a[0], "source").forEach(e -> list.add(cast(e, types[0])));
                    return list;
                }));
        b.genericStaticMethod("ToArray", 1, types -> new MethodOverload(types[0].arrayType(),
                new MethodOverload.Parameter[] {param("source", OBJECT)}, false, true, (t, a) -> {
                    List<Object> items = stream(a[0], "source").map(e -> cast(e, types[0])).toList();
                    return items.toArray(LanguagePrimitives.newArray(types[0], items.size()));
                }));
        b.staticMethod("ToList", CoreTypes.LIST, (t, a) -> {
            GenericList list = new GenericList(CoreTypes.LIST.makeGenericType(elementType(a[0])), 0);
            stream(a[0], "source").forEach(list::add);
            return list;
        }, param("source", OBJECT));
        b.staticMethod("ToHashSet", CoreTypes.HASH_SET, (t, a) -> {
            GenericSet set = new GenericSet(CoreTypes.HASH_SET.makeGenericType(elementType(a[0])));
            stream(a[0], "source").forEach(set::add);
            return set;
        }, param("source", OBJECT));
    }

    /** A deferred operator of a source and one delegate, whose elements are the source's. */
    private static void deferred(TypeAdapter.Builder b, String name, String delegateName,
                                 BiFunction<Stream<Object>, ScriptCallable, Stream<Object>> operator) {
        b.staticMethod(name, IENUMERABLE, (t, a) -> {
            ScriptCallable delegate = Delegates.require(a[1], delegateName);
            return sameElements(a[0], s -> operator.apply(s, delegate));
        }, param("source", OBJECT), param(delegateName, CoreTypes.FUNC.get(1)));
    }

    /** How an element operator picks from the elements (the matching ones, when given a predicate). */
    private interface ElementPick {
        Object apply(List<Object> items, DotNetType elementType, boolean matching);
    }

    /** An element operator (First, Last, Single and their OrDefault forms), without and with a predicate. */
    private static void element(TypeAdapter.Builder b, String name, ElementPick pick) {
        b.staticMethod(name, OBJECT, (t, a) -> pick.apply(stream(a[0], "source").toList(), elementType(a[0]), false),
                param("source", OBJECT));
        b.staticMethod(name, OBJECT, (t, a) -> {
            ScriptCallable predicate = Delegates.require(a[1], "predicate");
            List<Object> matching = stream(a[0], "source").filter(x -> Delegates.test(predicate, x)).toList();
            return pick.apply(matching, elementType(a[0]), true);
        }, param("source", OBJECT), param("predicate", CoreTypes.FUNC.get(1)));
    }

    /** The source as a stream; .NET's ArgumentNullException for $null. A string is its characters. */
    /** A .NET cast of an element to a generic method's type argument: no conversion, only a type check. */
    private static Object cast(Object element, DotNetType type) {
        if (element != null && !isOf(element, type)) {
            throw new DotNetException("System.InvalidCastException", "Unable to cast object of type '"
                    + DotNetType.of(PSObject.base(element)).fullName() + "' to type '" + type.fullName() + "'.");
        }
        return PSObject.base(element);
    }

    private static boolean isOf(Object element, DotNetType type) {
        return element != null && type.isAssignableFrom(DotNetType.of(PSObject.base(element)));
    }

    private static Stream<Object> stream(Object source, String paramName) {
        if (source == null) {
            throw DotNetException.argumentNull(paramName);
        }
        Object base = PSObject.base(source);
        if (base instanceof LinqSequence sequence) {
            return sequence.stream();
        } else if (base instanceof String s) {
            return s.chars().mapToObj(c -> (Object) (char) c);
        }
        Iterable<?> elements = LanguagePrimitives.getEnumerable(base);
        if (elements == null) {
            return Stream.of(base);
        }
        @SuppressWarnings("unchecked")
        Iterable<Object> objects = (Iterable<Object>) elements;
        return StreamSupport.stream(objects.spliterator(), false);
    }

    /** The type of a source's elements: a typed array's or a generic collection's, char for a string, else object. */
    private static DotNetType elementType(Object source) {
        Object base = PSObject.base(source);
        if (base == null) {
            return OBJECT;
        } else if (base instanceof LinqSequence sequence) {
            return sequence.elementType();
        } else if (base instanceof String) {
            return CoreTypes.CHAR;
        }
        DotNetType type = DotNetType.of(base);
        if (type.isArray()) {
            return type.elementType();
        }
        return type.genericArguments().size() == 1 ? type.genericArgument(0) : OBJECT;
    }

    private static LinqSequence query(Object source, DotNetType elementType, Function<Stream<Object>, Stream<Object>> operator) {
        if (source == null) {
            throw DotNetException.argumentNull("source");
        }
        return new LinqSequence(elementType, () -> operator.apply(stream(source, "source")));
    }

    private static LinqSequence sameElements(Object source, Function<Stream<Object>, Stream<Object>> operator) {
        return query(source, elementType(source), operator);
    }

    private static List<Object> project(Object source, Object selector) {
        ScriptCallable f = Delegates.require(selector, "selector");
        return stream(source, "source").map(x -> Delegates.invoke(f, x)).toList();
    }

    private static List<Object> reversed(List<Object> items) {
        List<Object> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }

    /** The distinct elements in their first order, equal as .NET's default comparer says. */
    private static Set<Object> distinct(Stream<Object> items) {
        Set<Object> set = new LinkedHashSet<>();
        items.map(PSObject::base).forEach(set::add);
        return set;
    }

    /** OrderBy: a stable sort by each element's key, as Comparer.Default orders the keys. */
    private static LinqSequence orderBy(Object source, Object keySelector, boolean descending) {
        ScriptCallable selector = Delegates.require(keySelector, "keySelector");
        return sameElements(source, s -> {
            List<Object[]> keyed = new ArrayList<>(s.map(x -> new Object[] {Delegates.invoke(selector, x), x}).toList());
            keyed.sort((x, y) -> descending ? ArrayMembers.compare(y[0], x[0]) : ArrayMembers.compare(x[0], y[0]));
            return keyed.stream().map(pair -> pair[1]);
        });
    }

    private static Stream<Object> chunks(List<Object> items, int size, DotNetType element) {
        return IntStream.range(0, (items.size() + size - 1) / size).mapToObj(i -> {
            List<Object> chunk = items.subList(i * size, Math.min(items.size(), (i + 1) * size));
            return chunk.toArray(LanguagePrimitives.newArray(element, chunk.size()));
        });
    }

    private static Stream<Object> zip(Stream<Object> first, Stream<Object> second, ScriptCallable selector) {
        List<Object> a = first.toList();
        List<Object> b = second.toList();
        return IntStream.range(0, Math.min(a.size(), b.size())).mapToObj(i -> Delegates.invoke(selector, a.get(i), b.get(i)));
    }

    /** .NET's InvalidOperationException for no element, or no matching one. */
    private static Object noElement(boolean matching) {
        throw DotNetException.invalidOperation(matching ? NO_MATCH : NO_ELEMENTS);
    }

    private static Object single(List<Object> items, DotNetType type, boolean matching, boolean orDefault) {
        if (items.size() > 1) {
            throw DotNetException.invalidOperation(matching ? "Sequence contains more than one matching element"
                    : "Sequence contains more than one element");
        }
        if (items.isEmpty()) {
            return orDefault ? ScriptClass.defaultValue(type) : noElement(matching);
        }
        return items.get(0);
    }

    private static Object fold(Object seed, Iterator<Object> items, ScriptCallable func) {
        Object accumulated = seed;
        while (items.hasNext()) {
            accumulated = Delegates.invoke(func, accumulated, items.next());
        }
        return accumulated;
    }

    /**
     * Sum as .NET's overload for the element type computes it: ints in int (an OverflowException past its
     * range), longs in long, decimals in decimal, doubles in double; other sequences (object[] and the
     * results of selectors) add as PowerShell's {@code +} does. Nulls are skipped; nothing sums to 0.
     */
    private static Object sum(List<Object> items, DotNetType type) {
        Object total = 0;
        for (Object item : items) {
            Object value = PSObject.base(item);
            if (value == null) {
                continue;
            }
            if (type == INT32 || type == INT64) {
                try {
                    long sum = Math.addExact(((Number) total).longValue(), ((Number) value).longValue());
                    total = type == INT32 ? (Object) Math.toIntExact(sum) : (Object) sum;
                } catch (ArithmeticException e) {
                    throw DotNetException.overflow("Arithmetic operation resulted in an overflow.");
                }
            } else {
                total = Arithmetic.add(total, value);
            }
        }
        return type == INT64 ? ((Number) total).longValue() : type == DOUBLE ? LanguagePrimitives.convertTo(total, DOUBLE)
                : type == CoreTypes.DECIMAL ? LanguagePrimitives.convertTo(total, CoreTypes.DECIMAL) : total;
    }

    private static double average(List<Object> items) {
        List<Object> values = items.stream().map(PSObject::base).filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            throw DotNetException.invalidOperation(NO_ELEMENTS);
        }
        double total = 0;
        for (Object value : values) {
            total += (Double) LanguagePrimitives.convertTo(value, DOUBLE);
        }
        return total / values.size();
    }

    /**
     * Min ({@code sign} -1) or Max (1) as Comparer.Default orders the elements; nulls are skipped. An empty
     * sequence of a value type is .NET's InvalidOperationException, of a reference type $null.
     */
    private static Object extreme(List<Object> items, DotNetType type, int sign) {
        Object best = null;
        for (Object item : items) {
            Object value = PSObject.base(item);
            if (value != null && (best == null || Integer.signum(ArrayMembers.compare(value, best)) == sign)) {
                best = value;
            }
        }
        if (best == null && type.isValueType()) {
            throw DotNetException.invalidOperation(NO_ELEMENTS);
        }
        return best;
    }
}
