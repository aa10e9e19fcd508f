package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.runtime.ErrorCategory;

/** New-Alias: creates an alias; one of that name already there is an error unless -Force is given. */
@Cmdlet(verb = "New", noun = "Alias")
public final class NewAliasCommand extends WriteAliasCommandBase {
    @Override
    protected void processRecord() {
        if (!force && sessionState().aliases().get(name) != null) {
            writeError(errorRecord("The alias is not allowed, because an alias with the name '" + name
                    + "' already exists.", "AliasAlreadyExists", ErrorCategory.ResourceExists, name,
                    "SessionStateException"));
            return;
        }
        writeAlias();
    }
}
