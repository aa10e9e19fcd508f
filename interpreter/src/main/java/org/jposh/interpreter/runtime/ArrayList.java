package org.jposh.interpreter.runtime;

/** System.Collections.ArrayList: a growable list of any objects ({@code Add} returns the new index). */
public final class ArrayList extends java.util.ArrayList<Object> {
    public ArrayList() {
    }

    public ArrayList(int capacity) {
        super(capacity);
    }

    public ArrayList(java.util.Collection<?> elements) {
        super(elements);
    }

    @Override
    public String toString() {
        return "System.Collections.ArrayList";
    }
}
