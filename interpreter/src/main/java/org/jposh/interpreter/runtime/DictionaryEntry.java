package org.jposh.interpreter.runtime;

import java.util.Map;

/** System.Collections.DictionaryEntry: one key and value of a dictionary, as its enumerator yields them. */
public record DictionaryEntry(Object key, Object value) implements Map.Entry<Object, Object> {
    @Override
    public Object getKey() {
        return key;
    }

    @Override
    public Object getValue() {
        return value;
    }

    /** Entries are snapshots of a dictionary's contents; changing one would not change the dictionary. */
    @Override
    public Object setValue(Object value) {
        throw new UnsupportedOperationException("a DictionaryEntry is a read-only copy of a dictionary entry");
    }

    @Override
    public String toString() {
        return "System.Collections.DictionaryEntry";
    }
}
