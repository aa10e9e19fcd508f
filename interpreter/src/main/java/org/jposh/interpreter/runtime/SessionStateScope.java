package org.jposh.interpreter.runtime;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;

/**
 * One scope of variables. Scopes chain to their parent dynamically (a function's scope is a child
 * of its caller's), and names are case-insensitive.
 */
public final class SessionStateScope {
    private final SessionStateScope parent;
    private final HashMap<String, Object> variables = new HashMap<>();
    /** Each variable's name as first set, which PowerShell keeps (Get-Variable shows it). */
    private final HashMap<String, String> spellings = new HashMap<>();

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
        String key = key(name);
        variables.put(key, value);
        spellings.putIfAbsent(key, name);
    }

    /** Whether the variable is set in this scope itself. */
    public boolean isSet(String name) {
        return variables.containsKey(key(name));
    }

    /** Removes the variable from this scope, as Remove-Variable does. */
    public void remove(String name) {
        variables.remove(key(name));
        spellings.remove(key(name));
    }

    /** The names of the variables set in this scope itself, spelled as when first set. */
    public Collection<String> names() {
        return Collections.unmodifiableCollection(spellings.values());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
