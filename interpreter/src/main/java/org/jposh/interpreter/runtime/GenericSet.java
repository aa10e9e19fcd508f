package org.jposh.interpreter.runtime;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * System.Collections.Generic.HashSet[T]: the elements, converted to T by the members that add them,
 * compared as .NET's default comparer does (strings case-sensitively) unless made with a comparer that
 * ignores case ({@code [StringComparer]::OrdinalIgnoreCase}), enumerated in insertion order.
 */
public final class GenericSet extends AbstractSet<Object> implements DotNetTyped {
    private final DotNetType type;
    private final boolean ignoreCase;
    /** Each element by the key it is looked up by (itself, or its folded string). */
    private final Map<Object, Object> elements = new LinkedHashMap<>();

    public GenericSet(DotNetType type) {
        this(type, false);
    }

    public GenericSet(DotNetType type, boolean ignoreCase) {
        this.type = type;
        this.ignoreCase = ignoreCase;
    }

    /** HashSet.Add: false when an equal element is there already, which stays as first added. */
    @Override
    public boolean add(Object element) {
        Object key = FoldedKey.of(element, ignoreCase);
        if (elements.containsKey(key)) {
            return false;
        }
        elements.put(key, element);
        return true;
    }

    @Override
    public boolean contains(Object element) {
        return elements.containsKey(FoldedKey.of(element, ignoreCase));
    }

    @Override
    public boolean remove(Object element) {
        return elements.keySet().remove(FoldedKey.of(element, ignoreCase));
    }

    @Override
    public Iterator<Object> iterator() {
        return elements.values().iterator();
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public void clear() {
        elements.clear();
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
