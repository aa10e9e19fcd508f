package org.jposh.interpreter.runtime;

import java.util.ArrayList;

/** A pipe that keeps what it receives, for {@code $x = ...} and {@code (...)}. */
public final class CollectingPipe implements Pipe {
    private final ArrayList<Object> items = new ArrayList<>();

    @Override
    public void write(Object value) {
        items.add(value);
    }

    /** As PowerShell assigns pipeline output: nothing is $null, one object is itself, more are an array. */
    public Object result() {
        return switch (items.size()) {
            case 0 -> null;
            case 1 -> items.getFirst();
            default -> items.toArray();
        };
    }

    public Object[] toArray() {
        return items.toArray();
    }
}
