package org.jposh.remoting.psrp.clixml;

import java.util.ArrayList;
import java.util.List;

/**
 * The items of a serialized collection: the base value of an object whose type names say what the
 * collection was ({@code System.Object[]}, {@code System.Collections.ArrayList}, ...). The kind keeps
 * which element held the items, because a stack or a queue deserializes differently from a list.
 * The list is mutable so the reader can fill it after the collection has been registered for
 * references from inside itself.
 */
public record PsCollection(Kind kind, List<Object> items) {

    /** The CLIXML container elements. */
    public enum Kind {
        /** {@code LST}: a list or array. */
        LIST("LST"),
        /** {@code IE}: any other enumerable. */
        ENUMERABLE("IE"),
        /** {@code STK}: a stack, items from the top. */
        STACK("STK"),
        /** {@code QUE}: a queue, items from the head. */
        QUEUE("QUE");

        private final String tag;

        Kind(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    public PsCollection(Kind kind) {
        this(kind, new ArrayList<>());
    }

    public static PsCollection list(Object... items) {
        PsCollection c = new PsCollection(Kind.LIST);
        c.items.addAll(java.util.Arrays.asList(items));
        return c;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PsCollection c && PsValues.deepEquals(this, c);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + items.size();
    }
}
