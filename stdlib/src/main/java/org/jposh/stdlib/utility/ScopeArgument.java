package org.jposh.stdlib.utility;

import java.util.Locale;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * A -Scope argument: Global, Local, Private (the current scope), Script, or a number of scopes up from
 * the current one (0 is the current scope), as SessionState.GetScopeByID reads it.
 */
final class ScopeArgument {
    private ScopeArgument() {
    }

    /**
     * The scope named, the current one when {@code scope} is null or empty.
     *
     * @throws CmdletException Argument for a name that is no scope, ArgumentOutOfRange for a number too high
     */
    static SessionStateScope resolve(SessionState session, String scope) {
        SessionStateScope current = session.currentScope();
        if (scope == null || scope.isEmpty()) {
            return current;
        }
        switch (scope.toLowerCase(Locale.ROOT)) {
            case "global":
                return session.global();
            case "local", "private":
                return current;
            case "script":
                return current.scriptScope();
            default:
                break;
        }
        int depth;
        try {
            depth = Integer.parseInt(scope.strip());
        } catch (NumberFormatException e) {
            throw new CmdletException("Argument", ErrorCategory.InvalidArgument, "Cannot process argument because "
                    + "the value of parameter \"scopeID\" is not valid. Valid values are \"Global\", \"Local\", or "
                    + "\"Script\", or a number relative to the current scope (0 through the number of scopes where 0 "
                    + "is the current scope and 1 is its parent). Change the value of the \"scopeID\" parameter and "
                    + "run the operation again.", "PSArgumentException");
        }
        SessionStateScope found = depth < 0 ? null : current.ancestor(depth);
        if (found == null) {
            throw new CmdletException("ArgumentOutOfRange", ErrorCategory.InvalidArgument, "The scope number '"
                    + scope + "' exceeds the number of active scopes. (Parameter 'scopeID')\nActual value was "
                    + scope + ".", "PSArgumentOutOfRangeException");
        }
        return found;
    }
}
