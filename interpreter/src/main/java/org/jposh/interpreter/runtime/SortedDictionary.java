package org.jposh.interpreter.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * System.Collections.Generic.SortedDictionary[TKey,TValue]: a generic dictionary that enumerates (and lists
 * its Keys and Values) in the order of its keys, compared as Sort-Object compares values (strings by culture,
 * with case, so apple, Banana, cherry), as .NET's default comparer orders them.
 */
public final class SortedDictionary extends GenericDictionary {
    public SortedDictionary(DotNetType type) {
        super(type, false, false);
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        List<Map.Entry<Object, Object>> sorted = new ArrayList<>(super.entrySet());
        sorted.sort((a, b) -> ComparisonOperators.compareValues(a.getKey(), b.getKey(), false));
        return entriesIn(sorted);
    }
}
