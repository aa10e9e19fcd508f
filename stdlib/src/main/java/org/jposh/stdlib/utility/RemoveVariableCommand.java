package org.jposh.stdlib.utility;

import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Remove-Variable: removes variables from the scope that holds them (the nearest one visible, or the
 * -Scope one). Read-only variables go only with -Force, constant ones never.
 */
@Cmdlet(verb = "Remove", noun = "Variable")
public final class RemoveVariableCommand extends VariableCommandBase {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    private String[] name;

    @Parameter
    private String[] include;

    @Parameter
    private String[] exclude;

    @Parameter
    private boolean force;

    @Parameter
    private String scope;

    @Override
    protected void processRecord() {
        for (String pattern : name) {
            List<Found> matches = matching(pattern, scope, include, exclude);
            for (Found found : matches) {
                if (found.variable().isConstant() || (found.variable().isReadOnly() && !force)) {
                    writeError(errorRecord("Cannot remove variable " + found.variable().getName()
                            + " because it is constant or read-only. If the variable is read-only, try the operation "
                            + "again specifying the Force option.", "VariableNotRemovable", ErrorCategory.WriteError,
                            found.variable().getName(), "SessionStateUnauthorizedAccessException"));
                } else {
                    found.scope().remove(found.variable().getName());
                }
            }
            if (matches.isEmpty() && reportsNotFound(pattern)) {
                writeNotFound(pattern);
            }
        }
    }
}
