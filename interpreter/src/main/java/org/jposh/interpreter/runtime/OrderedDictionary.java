package org.jposh.interpreter.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * System.Collections.Specialized.OrderedDictionary, what {@code [ordered]@{}} makes: insertion order
 * kept, entries also reachable by position ({@code $h[0]}). {@code [ordered]} literals ignore case.
 */
public final class OrderedDictionary extends AbstractDictionary {
    public OrderedDictionary() {
        this(true);
    }

    public OrderedDictionary(boolean ignoreCase) {
        super(ignoreCase, true);
    }

    /** The value at a position. */
    public Object getAt(int index) {
        return entryAt(index).value();
    }

    /** Replaces the value at a position, keeping its key. */
    public void setAt(int index, Object value) {
        put(entryAt(index).key(), value);
    }

    /** OrderedDictionary.Insert: adds a key at a position. */
    public void insert(int index, Object key, Object value) {
        if (index < 0 || index > size()) {
            throw DotNetException.argumentOutOfRange("index",
                    "Index must be within the bounds of the List.");
        }
        if (containsKey(key)) {
            throw duplicateKey(key, key);
        }
        List<Map.Entry<Object, Object>> rest = new ArrayList<>();
        Iterator<Map.Entry<Object, Object>> it = entrySet().iterator();
        for (int i = 0; it.hasNext(); i++) {
            Map.Entry<Object, Object> e = it.next();
            if (i >= index) {
                rest.add(e);
                it.remove();
            }
        }
        add(key, value);
        for (Map.Entry<Object, Object> e : rest) {
            put(e.getKey(), e.getValue());
        }
    }

    /** OrderedDictionary.RemoveAt. */
    public void removeAt(int index) {
        remove(entryAt(index).key());
    }

    private DictionaryEntry entryAt(int index) {
        if (index < 0 || index >= size()) {
            throw DotNetException.argumentOutOfRange("index",
                    "Index was out of range. Must be non-negative and less than the size of the collection.");
        }
        Iterator<Map.Entry<Object, Object>> it = entrySet().iterator();
        for (int i = 0; i < index; i++) {
            it.next();
        }
        return (DictionaryEntry) it.next();
    }

    @Override
    public String toString() {
        return "System.Collections.Specialized.OrderedDictionary";
    }
}
