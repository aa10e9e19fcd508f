package org.jposh.interpreter.runtime;

import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * One scope of variables. Scopes chain to their parent dynamically (a function's scope is a child
 * of its caller's), and names are case-insensitive.
 */
public final class SessionStateScope {
    private final SessionStateScope parent;
    private final HashMap<String, Object> variables = new HashMap<>();

    public SessionStateScope(SessionStateScope parent) {
        this.parent = parent;
    }

    public SessionStateScope parent() {
        return parent;
    }

    /** Looks the variable up here and then in each enclosing scope; absent variables read as $null. */
    public Object get(String name) {
        String key = key(name);
        for (SessionStateScope s = this; s != null; s = s.parent) {
            Object value = s.variables.get(key);
            if (value != null || s.variables.containsKey(key)) {
                return value;
            }
        }
        return null;
    }

    /** Sets the variable in this scope, shadowing any of the same name further out. */
    public void set(String name, Object value) {
        variables.put(key(name), value);
    }

    /** The names of the variables visible from this scope (this one's and its parents'), lower-cased. */
    public Set<String> visibleNames() {
        Set<String> names = new TreeSet<>();
        for (SessionStateScope s = this; s != null; s = s.parent) {
            names.addAll(s.variables.keySet());
        }
        return names;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
