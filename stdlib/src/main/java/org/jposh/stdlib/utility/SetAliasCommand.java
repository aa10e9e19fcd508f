package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Cmdlet;

/** Set-Alias: creates or changes an alias. */
@Cmdlet(verb = "Set", noun = "Alias")
public final class SetAliasCommand extends WriteAliasCommandBase {
    @Override
    protected void processRecord() {
        writeAlias();
    }
}
