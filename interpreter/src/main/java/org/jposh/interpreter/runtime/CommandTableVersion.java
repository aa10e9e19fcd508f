package org.jposh.interpreter.runtime;

/**
 * Counts the changes to a session's function definitions, so that a call site can keep the function
 * it found for as long as nothing was defined or removed since. It also records whether a function
 * was ever defined in a scope other than a script or the global scope (inside a function or a script
 * block): from then on what a name means depends on the caller's scopes, and call sites search again.
 */
public final class CommandTableVersion {
    private int version;
    private boolean definedInNestedScope;

    public int version() {
        return version;
    }

    public boolean definedInNestedScope() {
        return definedInNestedScope;
    }

    /** A function or alias was defined or removed; {@code nested} when in a scope that is not a script scope. */
    public void changed(boolean nested) {
        version++;
        definedInNestedScope |= nested;
    }
}
