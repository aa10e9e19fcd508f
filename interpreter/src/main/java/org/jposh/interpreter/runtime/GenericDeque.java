package org.jposh.interpreter.runtime;

import java.util.ArrayDeque;

/**
 * System.Collections.Generic.Queue[T] and Stack[T]: both keep their elements in a deque whose head is
 * the next one out (a queue's oldest, a stack's newest), which is also the order they enumerate in.
 */
public final class GenericDeque extends ArrayDeque<Object> implements DotNetTyped {
    private final DotNetType type;

    public GenericDeque(DotNetType type) {
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
    public String toString() {
        return type.toString();
    }
}
