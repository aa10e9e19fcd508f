package org.jposh.interpreter.runtime;

import java.util.Map;

/**
 * System.Collections.Hashtable. {@code @{}} makes one whose string keys ignore case; {@code new()} and
 * conversions from other dictionaries make case-sensitive ones, as in .NET. Insertion order is not
 * kept (pwsh's order follows hash codes that differ from run to run; scripts cannot rely on it).
 */
public final class Hashtable extends AbstractDictionary {
    /** An empty hashtable as {@code @{}} makes it: string keys compared without case. */
    public Hashtable() {
        this(true);
    }

    public Hashtable(boolean ignoreCase) {
        super(ignoreCase, false);
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
