package org.jposh.stdlib.utility;

import java.util.EnumSet;
import java.util.Set;
import org.jposh.interpreter.commands.AliasInfo;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ScopedItemOptions;

/** The parameters and the writing of Set-Alias and New-Alias. */
abstract class WriteAliasCommandBase extends AliasCommandBase {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    protected String name;

    @Parameter(position = 1, mandatory = true, valueFromPipelineByPropertyName = true)
    protected String value;

    @Parameter
    private String description = "";

    @Parameter
    private ScopedItemOptions[] option;

    @Parameter
    private boolean passThru;

    @Parameter
    private String scope;

    @Parameter
    protected boolean force;

    /**
     * Sets the alias unless the one there is constant, or read-only without -Force (AliasNotWritable);
     * with -PassThru writes the new alias.
     */
    protected final void writeAlias() {
        checkScope(scope);
        AliasInfo existing = sessionState().aliases().get(name);
        if (existing != null && (existing.isConstant() || (existing.isReadOnly() && !force))) {
            writeError(errorRecord("Alias is not writeable because alias " + name + " is read-only or constant and "
                    + "cannot be written to.", "AliasNotWritable", ErrorCategory.WriteError, name,
                    "SessionStateUnauthorizedAccessException"));
            return;
        }
        Set<ScopedItemOptions> options = EnumSet.noneOf(ScopedItemOptions.class);
        if (option != null) {
            options.addAll(java.util.List.of(option));
        }
        AliasInfo alias = new AliasInfo(name, value, options, description);
        sessionState().aliases().set(alias);
        if (passThru) {
            writeObject(alias);
        }
    }
}
