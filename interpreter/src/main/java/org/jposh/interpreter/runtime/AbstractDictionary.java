package org.jposh.interpreter.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What PowerShell's dictionaries share: keys compared as .NET compares them (strings ordinally, with
 * or without case, everything else with equals), a null key refused, and entries that remember the
 * key as first added. Subclasses choose whether insertion order is kept.
 */
public abstract class AbstractDictionary extends AbstractMap<Object, Object> {
    private final boolean ignoreCase;
    private final Map<Object, DictionaryEntry> entries;

    protected AbstractDictionary(boolean ignoreCase, boolean ordered) {
        this.ignoreCase = ignoreCase;
        this.entries = ordered ? new LinkedHashMap<>() : new HashMap<>();
    }

    /** A view of another dictionary's entries: what one changes, the other has. */
    protected AbstractDictionary(AbstractDictionary shared) {
        this.ignoreCase = shared.ignoreCase;
        this.entries = shared.entries;
    }

    /** What a synchronized view of the entries locks: the entries themselves, shared by every view. */
    protected Object entriesLock() {
        return entries;
    }

    /**
     * Gives a dictionary type of another layer (RuntimeDefinedParameterDictionary) the members every
     * dictionary has: Count, Keys, Values, Add, Remove, ContainsKey, Clear...
     */
    public static void defineDictionaryMembers(TypeAdapter.Builder b) {
        DictionaryMembers.defineCommon(b);
    }

    /** Whether string keys compare without case (OrdinalIgnoreCase), as in {@code @{}} and {@code [ordered]@{}}. */
    public boolean ignoreCase() {
        return ignoreCase;
    }

    /** The key as given, converted as the dictionary requires (generic dictionaries convert to their key type). */
    protected Object convertKey(Object key) {
        return key;
    }

    protected Object convertValue(Object value) {
        return value;
    }

    private Object lookupKey(Object key) {
        if (key instanceof PSObject pso) {
            key = pso.baseObject();
        }
        return FoldedKey.of(key, ignoreCase);
    }

    @Override
    public Object get(Object key) {
        if (key == null) {
            return null;
        }
        DictionaryEntry entry = entries.get(lookupKey(key));
        return entry == null ? null : entry.value();
    }

    @Override
    public boolean containsKey(Object key) {
        return key != null && entries.containsKey(lookupKey(key));
    }

    /** The indexer's set: adds the key or replaces its value, keeping the key as first added. */
    @Override
    public Object put(Object key, Object value) {
        Object converted = convertKey(requireKey(key));
        Object lookup = lookupKey(converted);
        DictionaryEntry old = entries.get(lookup);
        entries.put(lookup, new DictionaryEntry(old == null ? converted : old.key(), convertValue(value)));
        return old == null ? null : old.value();
    }

    /**
     * IDictionary.Add: a key already present is an error.
     *
     * @throws DotNetException ArgumentException, as .NET's Hashtable words it
     */
    public void add(Object key, Object value) {
        Object converted = convertKey(requireKey(key));
        Object lookup = lookupKey(converted);
        DictionaryEntry old = entries.get(lookup);
        if (old != null) {
            throw duplicateKey(old.key(), converted);
        }
        entries.put(lookup, new DictionaryEntry(converted, convertValue(value)));
    }

    protected DotNetException duplicateKey(Object existing, Object added) {
        return DotNetException.argument("Item has already been added. Key in dictionary: '"
                + LanguagePrimitives.toStringValue(existing) + "'  Key being added: '"
                + LanguagePrimitives.toStringValue(added) + "'", null);
    }

    private static Object requireKey(Object key) {
        if (key == null || key == AutomationNull.VALUE) {
            throw DotNetException.argumentNull("key");
        }
        return key;
    }

    @Override
    public Object remove(Object key) {
        if (key == null) {
            return null;
        }
        DictionaryEntry old = entries.remove(lookupKey(key));
        return old == null ? null : old.value();
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public void clear() {
        entries.clear();
    }

    /** The entries in enumeration order, as DictionaryEntry objects. */
    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Object, Object>> iterator() {
                Iterator<DictionaryEntry> it = entries.values().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Map.Entry<Object, Object> next() {
                        return it.next();
                    }

                    @Override
                    public void remove() {
                        it.remove();
                    }
                };
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    /** .NET dictionaries are equal only to themselves (their contents change; their identity does not). */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Copies the entries of another dictionary into this one, in its enumeration order. */
    protected void putAllEntries(Map<?, ?> source) {
        for (Map.Entry<?, ?> e : source.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }
}
