package org.jposh.remoting.psrp.clixml;

import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a serialized dictionary ({@code DCT}), in wire order. Keys may be any value, so the
 * entries are a list rather than a map; {@link #get(String)} looks string keys up the way a
 * PowerShell hashtable does, ignoring case.
 */
public record PsDictionary(List<Entry> entries) {

    /** One {@code En} element: its {@code Key} and {@code Value}. */
    public record Entry(Object key, Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Entry e && PsValues.deepEquals(key, e.key) && PsValues.deepEquals(value, e.value);
        }

        @Override
        public int hashCode() {
            return key == null ? 0 : key.hashCode();
        }
    }

    public PsDictionary() {
        this(new ArrayList<>());
    }

    public PsDictionary put(Object key, Object value) {
        entries.add(new Entry(key, value));
        return this;
    }

    /** The value of the first entry whose key is a string equal to {@code key} ignoring case, or null. */
    public Object get(String key) {
        for (Entry e : entries) {
            if (e.key() instanceof String s && s.equalsIgnoreCase(key)) {
                return e.value();
            }
        }
        return null;
    }

    public boolean containsKey(String key) {
        for (Entry e : entries) {
            if (e.key() instanceof String s && s.equalsIgnoreCase(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PsDictionary d && PsValues.deepEquals(this, d);
    }

    @Override
    public int hashCode() {
        return entries.size();
    }
}
