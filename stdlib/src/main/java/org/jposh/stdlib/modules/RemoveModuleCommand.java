package org.jposh.stdlib.modules;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;

/** Remove-Module: unloads modules (by name, wildcards, or object), taking their exports out of the session. */
@Cmdlet(verb = "Remove", noun = "Module", defaultParameterSetName = "name", supportsShouldProcess = true)
public final class RemoveModuleCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, parameterSetName = "name", valueFromPipeline = true)
    private String[] name;

    @Parameter(position = 0, mandatory = true, parameterSetName = "ModuleInfo", valueFromPipeline = true)
    private PSModuleInfo[] moduleInfo;

    @Parameter
    private boolean force;

    private final List<PSModuleInfo> toRemove = new ArrayList<>();

    @Override
    protected void processRecord() {
        if (moduleInfo != null) {
            toRemove.addAll(List.of(moduleInfo));
            return;
        }
        for (PSModuleInfo module : ModuleTable.of(sessionState()).loaded()) {
            if (Wildcards.matchesAny(module.name(), List.of(name)) && !toRemove.contains(module)) {
                toRemove.add(module);
            }
        }
    }

    @Override
    protected void endProcessing() {
        if (toRemove.isEmpty()) {
            writeError(errorRecord("No modules were removed. Verify that the specification of modules to remove is "
                    + "correct and those modules exist in the runspace.", "Modules_NoModulesRemoved",
                    ErrorCategory.ResourceUnavailable, null, "InvalidOperationException"));
            return;
        }
        for (PSModuleInfo module : toRemove) {
            if (shouldProcess(module.name(), "Remove-Module")) {
                ModuleLoader.unload(sessionState(), module, this::writeObject);
            }
        }
    }
}
