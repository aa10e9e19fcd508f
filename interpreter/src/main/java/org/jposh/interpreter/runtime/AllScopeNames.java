package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.utilities.CyclicAssumption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names variables have had the AllScope option under, in any session of this process. pwsh copies an
 * AllScope variable into every scope made under the one that has it, so that assigning it anywhere assigns
 * that one variable ({@code $IsLinux = 1} in a function fails, a {@code Set-Variable -Option AllScope} counter
 * counts everywhere). A JPosh scope instead takes the variable over the first time it would make its own of
 * that name; this set tells a write which names need that search. It only grows: a false hit costs the
 * search, nothing more.
 */
public final class AllScopeNames {
    private static final Set<String> KEYS = ConcurrentHashMap.newKeySet();
    private static final CyclicAssumption UNCHANGED = new CyclicAssumption("no new AllScope variable name");

    private AllScopeNames() {
    }

    /** Whether a variable of this name may be AllScope somewhere. */
    @TruffleBoundary
    public static boolean contains(String name) {
        return KEYS.contains(ScopeLayout.key(name));
    }

    /** Valid until a name is added, so that a node may keep what {@link #contains} said. */
    public static Assumption unchanged() {
        return UNCHANGED.getAssumption();
    }

    static void add(String key) {
        if (KEYS.add(key)) {
            UNCHANGED.invalidate();
        }
    }
}
