package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * System.Tuple`1 to Tuple`8 ({@code [Tuple]::Create(1, 'a')}, {@code [Tuple[int,string]]::new(1, 'a')}): Item1
 * to Item7 and, for the eighth, Rest (a tuple of its own, as .NET nests them); equal to and ordered against
 * another tuple item by item; written "(1, a)".
 */
public final class Tuple implements DotNetTyped, Comparable<Tuple> {
    /** The most items a tuple holds itself; Tuple`8's last is its Rest. */
    private static final int MAX_ITEMS = 8;

    private final DotNetType type;
    private final Object[] items;

    private Tuple(DotNetType type, Object[] items) {
        this.type = type;
        this.items = items;
    }

    /** Tuple.Create: the tuple of these items, typed by their values; eight make a Tuple`8 whose Rest holds the last. */
    static Tuple create(Object[] values) {
        if (values.length == MAX_ITEMS) {
            Object[] first = Arrays.copyOf(values, MAX_ITEMS - 1);
            Tuple rest = create(new Object[] {values[MAX_ITEMS - 1]});
            Object[] items = Arrays.copyOf(first, MAX_ITEMS);
            items[MAX_ITEMS - 1] = rest;
            return new Tuple(typeOf(items), items);
        }
        Object[] items = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = PSObject.base(values[i]);
        }
        return new Tuple(typeOf(items), items);
    }

    private static DotNetType typeOf(Object[] items) {
        DotNetType[] arguments = new DotNetType[items.length];
        for (int i = 0; i < items.length; i++) {
            arguments[i] = items[i] == null ? CoreTypes.OBJECT : DotNetType.of(items[i]);
        }
        return CoreTypes.TUPLE.get(items.length - 1).makeGenericType(arguments);
    }

    /** The static class System.Tuple: Create with one to eight items. */
    static void defineFactory(TypeAdapter.Builder b) {
        for (int count = 1; count <= MAX_ITEMS; count++) {
            MethodOverload.Parameter[] parameters = new MethodOverload.Parameter[count];
            for (int i = 0; i < count; i++) {
                parameters[i] = param("item" + (i + 1), CoreTypes.OBJECT);
            }
            b.staticMethod("Create", CoreTypes.OBJECT, (t, a) -> create(a), parameters);
        }
    }

    /** A Tuple`N made with type arguments: its constructor and its items. */
    static void defineMembers(TypeAdapter.Builder b) {
        DotNetType type = b.type();
        if (type.isGenericTypeDefinition()) {
            return;
        }
        List<DotNetType> arguments = type.genericArguments();
        MethodOverload.Parameter[] parameters = new MethodOverload.Parameter[arguments.size()];
        for (int i = 0; i < arguments.size(); i++) {
            String name = i == MAX_ITEMS - 1 ? "Rest" : "Item" + (i + 1);
            parameters[i] = param(Character.toLowerCase(name.charAt(0)) + name.substring(1), arguments.get(i));
            int index = i;
            b.property(name, arguments.get(i), t -> ((Tuple) t).items[index]);
        }
        b.constructor((t, a) -> {
            if (a.length == MAX_ITEMS && !(a[MAX_ITEMS - 1] instanceof Tuple)) {
                throw DotNetException.argument("The last element of an eight element tuple must be a Tuple.", "rest");
            }
            return new Tuple(type, a.clone());
        }, parameters);
    }

    @Override
    public DotNetType dotNetType() {
        return type;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tuple tuple && Arrays.equals(items, tuple.items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    /** Item by item, as Comparer.Default orders each; a tuple of other arity is .NET's ArgumentException. */
    @Override
    public int compareTo(Tuple other) {
        if (other.items.length != items.length) {
            throw DotNetException.argument("Argument must be of type " + type.fullName() + ".", "other");
        }
        for (int i = 0; i < items.length; i++) {
            int order = items[i] instanceof Tuple inner && other.items[i] instanceof Tuple otherInner
                    ? inner.compareTo(otherInner) : ArrayMembers.compare(items[i], other.items[i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** "(1, a)", each item as its ToString writes it; a Tuple`8's Rest continues the list. */
    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(", ", "(", ")");
        appendItems(joiner);
        return joiner.toString();
    }

    private void appendItems(StringJoiner joiner) {
        for (int i = 0; i < items.length; i++) {
            if (i == MAX_ITEMS - 1 && items[i] instanceof Tuple rest) {
                rest.appendItems(joiner);
            } else {
                joiner.add(items[i] == null ? "" : LanguagePrimitives.convertToString(items[i]));
            }
        }
    }
}
