package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.ScopedItemOptions;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * New-Variable: creates a variable in the current scope (or the -Scope one); one of that name already
 * there is an error (VariableAlreadyExists) unless -Force replaces it, which a constant one refuses.
 */
@Cmdlet(verb = "New", noun = "Variable")
public final class NewVariableCommand extends VariableCommandBase {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    private String name;

    @Parameter(position = 1, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    @AllowNull
    private Object value;

    @Parameter
    private String description;

    @Parameter
    private ScopedItemOptions[] option;

    @Parameter
    private boolean force;

    @Parameter
    private boolean passThru;

    @Parameter
    private String scope;

    @Override
    protected void processRecord() {
        SessionStateScope target = scope(scope);
        PSVariable existing = target.getLocalVariable(name);
        if (existing != null && !force) {
            writeError(errorRecord("A variable with name '" + name + "' already exists.", "VariableAlreadyExists",
                    ErrorCategory.ResourceExists, name, "SessionStateException"));
            return;
        }
        if (existing != null && (existing.isConstant() || existing.isReadOnly())) {
            writeNotWritable(existing.getName());
            return;
        }
        PSVariable variable = new PSVariable(name, value);
        if (description != null) {
            variable.setDescription(description);
        }
        if (option != null) {
            for (ScopedItemOptions o : option) {
                variable.addOption(o);
            }
        }
        target.setVariable(variable);
        if (passThru) {
            writeObject(variable);
        }
    }
}
