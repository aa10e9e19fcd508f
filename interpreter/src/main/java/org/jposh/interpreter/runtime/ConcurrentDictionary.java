package org.jposh.interpreter.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * System.Collections.Concurrent.ConcurrentDictionary[TKey,TValue], which the threads of
 * {@code ForEach-Object -Parallel} and thread jobs share: a generic dictionary whose every operation holds its
 * lock, so that TryAdd, TryRemove, TryUpdate and GetOrAdd are atomic, and whose enumeration is a snapshot that
 * other threads' changes do not disturb (.NET's makes the same promise). It enumerates in no particular order.
 */
public final class ConcurrentDictionary extends GenericDictionary {
    public ConcurrentDictionary(DotNetType type) {
        super(type, false, false);
    }

    @Override
    public synchronized Object get(Object key) {
        return super.get(key);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return super.containsKey(key);
    }

    @Override
    public synchronized Object put(Object key, Object value) {
        return super.put(key, value);
    }

    @Override
    public synchronized void add(Object key, Object value) {
        super.add(key, value);
    }

    @Override
    public synchronized Object remove(Object key) {
        return super.remove(key);
    }

    @Override
    public synchronized int size() {
        return super.size();
    }

    @Override
    public synchronized void clear() {
        super.clear();
    }

    /** A snapshot of the entries, taken under the lock. */
    @Override
    public synchronized Set<Map.Entry<Object, Object>> entrySet() {
        List<Map.Entry<Object, Object>> snapshot = new ArrayList<>(super.entrySet());
        return entriesIn(snapshot);
    }

    /** TryAdd: adds the key unless it is there already. */
    synchronized boolean tryAdd(Object key, Object value) {
        if (super.containsKey(convertKey(key))) {
            return false;
        }
        super.put(key, value);
        return true;
    }

    /** TryRemove: the value removed, through {@code result}; false when the key was not there. */
    synchronized boolean tryRemove(Object key, PSReference result, DotNetType valueType) {
        Object converted = convertKey(key);
        if (!super.containsKey(converted)) {
            result.setValue(LanguagePrimitives.convertTo(null, valueType));
            return false;
        }
        result.setValue(super.remove(converted));
        return true;
    }

    /** TryUpdate: replaces the value only while it still equals {@code comparison}. */
    synchronized boolean tryUpdate(Object key, Object value, Object comparison) {
        Object converted = convertKey(key);
        if (!super.containsKey(converted)) {
            return false;
        }
        Object current = super.get(converted);
        Object expected = convertValue(comparison);
        if (current == null ? expected != null : expected == null || !ComparisonOperators.objectEquals(current, expected)) {
            return false;
        }
        super.put(converted, value);
        return true;
    }

    /** GetOrAdd: the value there, or {@code value} once added. */
    synchronized Object getOrAdd(Object key, Object value) {
        Object converted = convertKey(key);
        if (!super.containsKey(converted)) {
            super.put(converted, value);
        }
        return super.get(converted);
    }
}
