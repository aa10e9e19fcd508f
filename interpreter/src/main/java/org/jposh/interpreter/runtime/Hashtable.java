package org.jposh.interpreter.runtime;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * System.Collections.Hashtable. {@code @{}} makes one whose string keys ignore case; {@code new()} and
 * conversions from other dictionaries make case-sensitive ones, as in .NET. Insertion order is not
 * kept (pwsh's order follows hash codes that differ from run to run; scripts cannot rely on it).
 */
public class Hashtable extends AbstractDictionary {
    /** An empty hashtable as {@code @{}} makes it: string keys compared without case. */
    public Hashtable() {
        this(true);
    }

    public Hashtable(boolean ignoreCase) {
        super(ignoreCase, false);
    }

    private Hashtable(Hashtable shared) {
        super(shared);
    }

    /**
     * {@code [hashtable]::Synchronized($table)}: a view of the table whose every operation takes the table's lock,
     * which scripts share between the runspaces of a pool. The table itself stays unlocked, as in .NET.
     */
    public static Hashtable synchronizedView(Hashtable table) {
        return new Synchronized(table);
    }

    public boolean isSynchronized() {
        return false;
    }

    /** The object scripts lock to change the table from several runspaces: the table under every view of it. */
    public Object syncRoot() {
        return this;
    }

    /** .NET's Hashtable+SyncHashtable. Enumerating it goes over a copy, so that other runspaces may go on writing. */
    private static final class Synchronized extends Hashtable {
        private final Hashtable table;
        private final Object lock;

        Synchronized(Hashtable table) {
            super(table);
            this.table = table;
            this.lock = table.entriesLock();
        }

        @Override
        public Object syncRoot() {
            return table.syncRoot();
        }

        @Override
        public boolean isSynchronized() {
            return true;
        }

        @Override
        public Object get(Object key) {
            synchronized (lock) {
                return super.get(key);
            }
        }

        @Override
        public boolean containsKey(Object key) {
            synchronized (lock) {
                return super.containsKey(key);
            }
        }

        @Override
        public Object put(Object key, Object value) {
            synchronized (lock) {
                return super.put(key, value);
            }
        }

        @Override
        public void add(Object key, Object value) {
            synchronized (lock) {
                super.add(key, value);
            }
        }

        @Override
        public Object remove(Object key) {
            synchronized (lock) {
                return super.remove(key);
            }
        }

        @Override
        public int size() {
            synchronized (lock) {
                return super.size();
            }
        }

        @Override
        public void clear() {
            synchronized (lock) {
                super.clear();
            }
        }

        @Override
        public Set<Map.Entry<Object, Object>> entrySet() {
            synchronized (lock) {
                return new LinkedHashSet<>(super.entrySet());
            }
        }
    }

    /** {@code [hashtable]$dictionary}: a case-sensitive copy, as .NET's Hashtable(IDictionary) makes. */
    public static Hashtable copyOf(Map<?, ?> source, boolean ignoreCase) {
        Hashtable copy = new Hashtable(ignoreCase);
        copy.putAllEntries(source);
        return copy;
    }

    @Override
    public String toString() {
        return "System.Collections.Hashtable";
    }
}
