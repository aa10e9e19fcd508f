package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.AliasInfo;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;

/** Remove-Alias: removes aliases; read-only ones only with -Force, constant ones never. */
@Cmdlet(verb = "Remove", noun = "Alias", defaultParameterSetName = "Default")
public final class RemoveAliasCommand extends AliasCommandBase {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    private String[] name;

    @Parameter
    private String scope;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        checkScope(scope);
        for (String aliasName : name) {
            AliasInfo alias = sessionState().aliases().get(aliasName);
            if (alias == null) {
                writeError(errorRecord("This command cannot find a matching alias because an alias with the name '"
                        + aliasName + "' does not exist.", "ItemNotFoundException", ErrorCategory.ObjectNotFound,
                        aliasName, "ItemNotFoundException"));
            } else if (alias.isConstant() || (alias.isReadOnly() && !force)) {
                writeError(errorRecord("Alias was not removed because alias " + alias.name()
                        + " is constant or read-only.", "AliasNotRemovable", ErrorCategory.WriteError, aliasName,
                        "SessionStateUnauthorizedAccessException"));
            } else {
                sessionState().aliases().remove(aliasName);
            }
        }
    }
}
