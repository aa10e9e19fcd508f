package org.jposh.interpreter.runtime;

import java.util.LinkedHashSet;

/**
 * System.Collections.Generic.HashSet[T]: the elements, converted to T by the members that add them,
 * compared as .NET's default comparer does (strings case-sensitively), enumerated in insertion order.
 */
public final class GenericSet extends LinkedHashSet<Object> implements DotNetTyped {
    private final DotNetType type;

    public GenericSet(DotNetType type) {
        this.type = type;
    }

    @Override
    public DotNetType dotNetType() {
        return type;
    }

    @Override
    public String toString() {
        return type.toString();
    }
}
