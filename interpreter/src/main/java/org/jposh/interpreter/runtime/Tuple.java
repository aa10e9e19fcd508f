package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * System.Tuple`1 to Tuple`8 ({@code [Tuple]::Create(1, 'a')}, {@code [Tuple[int,string]]::new(1, 'a')}) and the
 * structs System.ValueTuple`1 to ValueTuple`8 (and the empty System.ValueTuple): Item1 to Item7 and, for the
 * eighth, Rest (a tuple of its own kind, as .NET nests them); equal to and ordered against another tuple of its
 * kind item by item; written "(1, a)". A ValueTuple's items are fields that .NET lets one assign; here they are
 * read-only, as pwsh copies a struct on every assignment to a variable and JPosh has no such copies.
 */
public final class Tuple implements DotNetTyped, Comparable<Tuple> {
    /** The most items a tuple holds itself; Tuple`8's last is its Rest. */
    private static final int MAX_ITEMS = 8;

    /** The two kinds, each with its generic types (arity 1 to 8) and its name in .NET's messages. */
    enum Kind {
        REFERENCE("tuple", "Tuple"),
        VALUE("ValueTuple", "ValueTuple");

        private final String inMessage;
        private final String typeName;

        Kind(String inMessage, String typeName) {
            this.inMessage = inMessage;
            this.typeName = typeName;
        }

        private List<DotNetType> types() {
            return this == REFERENCE ? CoreTypes.TUPLE : CoreTypes.VALUE_TUPLE;
        }
    }

    private final Kind kind;
    private final DotNetType type;
    private final Object[] items;

    private Tuple(Kind kind, DotNetType type, Object[] items) {
        this.kind = kind;
        this.type = type;
        this.items = items;
    }

    /**
     * Tuple.Create and ValueTuple.Create: the tuple of these items, typed by their values; eight make a tuple whose
     * Rest holds the last; none (ValueTuple's alone) the empty System.ValueTuple.
     */
    static Tuple create(Kind kind, Object[] values) {
        if (values.length == MAX_ITEMS) {
            Object[] first = Arrays.copyOf(values, MAX_ITEMS - 1);
            Tuple rest = create(kind, new Object[] {values[MAX_ITEMS - 1]});
            Object[] items = Arrays.copyOf(first, MAX_ITEMS);
            items[MAX_ITEMS - 1] = rest;
            return new Tuple(kind, typeOf(kind, items), items);
        }
        Object[] items = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = PSObject.base(values[i]);
        }
        return new Tuple(kind, typeOf(kind, items), items);
    }

    private static DotNetType typeOf(Kind kind, Object[] items) {
        if (items.length == 0) {
            return CoreTypes.VALUE_TUPLE_FACTORY;
        }
        DotNetType[] arguments = new DotNetType[items.length];
        for (int i = 0; i < items.length; i++) {
            arguments[i] = items[i] == null ? CoreTypes.OBJECT : DotNetType.of(items[i]);
        }
        return kind.types().get(items.length - 1).makeGenericType(arguments);
    }

    /** The static class System.Tuple: Create with one to eight items. */
    static void defineFactory(TypeAdapter.Builder b) {
        defineCreate(b, Kind.REFERENCE, 1);
    }

    /** System.ValueTuple: the empty tuple itself, and Create with none to eight items. */
    static void defineValueFactory(TypeAdapter.Builder b) {
        defineCreate(b, Kind.VALUE, 0);
    }

    private static void defineCreate(TypeAdapter.Builder b, Kind kind, int fewest) {
        for (int count = fewest; count <= MAX_ITEMS; count++) {
            MethodOverload.Parameter[] parameters = new MethodOverload.Parameter[count];
            for (int i = 0; i < count; i++) {
                parameters[i] = param("item" + (i + 1), CoreTypes.OBJECT);
            }
            b.staticMethod("Create", CoreTypes.OBJECT, (t, a) -> create(kind, a), parameters);
        }
    }

    /** A Tuple`N made with type arguments: its constructor and its items. */
    static void defineMembers(TypeAdapter.Builder b) {
        defineMembers(b, Kind.REFERENCE);
    }

    /** A ValueTuple`N made with type arguments: its constructor and its items, read-only fields. */
    static void defineValueMembers(TypeAdapter.Builder b) {
        defineMembers(b, Kind.VALUE);
    }

    private static void defineMembers(TypeAdapter.Builder b, Kind kind) {
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
            if (kind == Kind.VALUE) {
                b.field(name, arguments.get(i), t -> ((Tuple) t).items[index], null);
            } else {
                b.property(name, arguments.get(i), t -> ((Tuple) t).items[index]);
            }
        }
        b.constructor((t, a) -> {
            if (a.length == MAX_ITEMS && !(a[MAX_ITEMS - 1] instanceof Tuple rest && rest.kind == kind)) {
                throw DotNetException.argument("The last element of an eight element " + kind.inMessage
                        + " must be a " + kind.typeName + ".", "rest");
            }
            return new Tuple(kind, type, a.clone());
        }, parameters);
    }

    @Override
    public DotNetType dotNetType() {
        return type;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tuple tuple && tuple.kind == kind && Arrays.equals(items, tuple.items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    /** Item by item, as Comparer.Default orders each; a tuple of other arity is .NET's ArgumentException. */
    @Override
    public int compareTo(Tuple other) {
        if (other.kind != kind || other.items.length != items.length) {
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

    /** ITuple.Length: how many items, a Tuple`8's Rest counting its own. */
    public int length() {
        return items.length == MAX_ITEMS && items[MAX_ITEMS - 1] instanceof Tuple rest
                ? MAX_ITEMS - 1 + rest.length() : items.length;
    }

    /** ITuple's indexer ({@code $tuple[0]}): the item at that place, a Tuple`8's Rest continuing the list. */
    public Object item(int index) {
        return index >= MAX_ITEMS - 1 && items.length == MAX_ITEMS && items[MAX_ITEMS - 1] instanceof Tuple rest
                ? rest.item(index - (MAX_ITEMS - 1)) : items[index];
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
