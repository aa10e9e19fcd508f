package org.jposh.interpreter.runtime;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * System.Collections.Generic.Dictionary[TKey,TValue]: keys and values converted to the type arguments
 * as they are stored, string keys case-sensitive, enumeration in insertion order (as .NET enumerates a
 * dictionary nothing was removed from).
 */
public class GenericDictionary extends AbstractDictionary implements DotNetTyped {
    private final DotNetType type;

    /** A dictionary of the given {@code Dictionary[K,V]} type. */
    public GenericDictionary(DotNetType type) {
        this(type, false, true);
    }

    /** @param ignoreCase whether string keys that differ only in case are one key (a StringComparer's choice) */
    GenericDictionary(DotNetType type, boolean ignoreCase) {
        this(type, ignoreCase, true);
    }

    /** @param ordered whether it enumerates in insertion order */
    protected GenericDictionary(DotNetType type, boolean ignoreCase, boolean ordered) {
        super(ignoreCase, ordered);
        this.type = type;
    }

    /** Dictionary(IDictionary): the entries of {@code source}, converted to the key and value types. */
    static GenericDictionary copyOf(DotNetType type, Map<?, ?> source, boolean ignoreCase) {
        GenericDictionary copy = new GenericDictionary(type, ignoreCase);
        copy.putAllEntries(source);
        return copy;
    }

    @Override
    public final DotNetType dotNetType() {
        return type;
    }

    @Override
    protected Object convertKey(Object key) {
        return LanguagePrimitives.convertTo(key, type.genericArgument(0));
    }

    @Override
    protected Object convertValue(Object value) {
        return LanguagePrimitives.convertTo(value, type.genericArgument(1));
    }

    @Override
    protected DotNetException duplicateKey(Object existing, Object added) {
        return DotNetException.argument("An item with the same key has already been added. Key: "
                + LanguagePrimitives.toStringValue(added), null);
    }

    /** The entries of a list (a snapshot, a sorted copy) as the entry set of a dictionary enumerating them. */
    protected static Set<Map.Entry<Object, Object>> entriesIn(List<Map.Entry<Object, Object>> entries) {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Object, Object>> iterator() {
                return entries.iterator();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    @Override
    public String toString() {
        return type.toString();
    }
}
