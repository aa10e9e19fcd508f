package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.PSRuntimeException;

/** What the alias cmdlets share: aliases are per session, so -Scope is only checked to be a scope. */
abstract class AliasCommandBase extends PSCmdlet {
    /** Stops the command with the scope argument's error when {@code scope} names no scope. */
    protected final void checkScope(String scope) {
        try {
            ScopeArgument.resolve(sessionState(), scope);
        } catch (PSRuntimeException e) {
            throw throwTerminatingError(errorRecord(e, scope));
        }
    }
}
