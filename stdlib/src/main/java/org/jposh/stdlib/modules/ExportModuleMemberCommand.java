package org.jposh.stdlib.modules;

import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Export-ModuleMember: names (wildcards) the functions and variables the module whose script is running
 * exports; once called, only what it names is exported. -Alias is accepted: JPosh's aliases belong to
 * the session, not to scopes, so an alias a module defines is visible whether it exports it or not.
 */
@Cmdlet(verb = "Export", noun = "ModuleMember")
public final class ExportModuleMemberCommand extends PSCmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    private String[] function;

    @Parameter(valueFromPipelineByPropertyName = true)
    private String[] variable;

    @Parameter(valueFromPipelineByPropertyName = true)
    private String[] alias;

    @Override
    protected void processRecord() {
        ModuleTable.ExportRequest request = ModuleTable.of(sessionState()).current();
        if (request == null) {
            throw throwTerminatingError(errorRecord("The Export-ModuleMember cmdlet can only be called from inside a "
                    + "module.", "Modules_CanOnlyExecuteExportModuleMemberInsideAModule",
                    ErrorCategory.PermissionDenied, null, "InvalidOperationException"));
        }
        request.called = true;
        add(request.functions, function);
        add(request.variables, variable);
    }

    private static void add(List<String> into, String[] names) {
        if (names != null) {
            into.addAll(List.of(names));
        }
    }
}
