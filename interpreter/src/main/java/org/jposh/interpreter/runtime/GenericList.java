package org.jposh.interpreter.runtime;

import java.util.Collection;

/**
 * System.Collections.Generic.List[T]: a growable list that converts what is stored in it to T
 * ({@code $list.Add("5")} stores 5 in a {@code List[int]}).
 */
public final class GenericList extends java.util.ArrayList<Object> implements DotNetTyped {
    private final DotNetType type;

    /** An empty list of the given {@code List[T]} type. */
    public GenericList(DotNetType type) {
        this.type = type;
    }

    /** An empty list of the type with room for {@code capacity} elements before it grows. */
    public GenericList(DotNetType type, int capacity) {
        super(capacity);
        this.type = type;
    }

    @Override
    public DotNetType dotNetType() {
        return type;
    }

    public DotNetType elementType() {
        return type.genericArgument(0);
    }

    @Override
    public boolean add(Object element) {
        return super.add(convert(element));
    }

    @Override
    public void add(int index, Object element) {
        super.add(index, convert(element));
    }

    @Override
    public Object set(int index, Object element) {
        return super.set(index, convert(element));
    }

    @Override
    public boolean addAll(Collection<?> elements) {
        for (Object element : elements) {
            add(element);
        }
        return !elements.isEmpty();
    }

    private Object convert(Object element) {
        return LanguagePrimitives.convertTo(element, elementType());
    }

    @Override
    public String toString() {
        return type.toString();
    }
}
