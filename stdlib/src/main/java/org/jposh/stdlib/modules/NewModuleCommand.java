package org.jposh.stdlib.modules;

import java.util.List;
import java.util.UUID;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * New-Module: a dynamic module made of a script block, run in its own scope; the functions it exports
 * (all, or those -Function names) are defined in the session at once. It returns the module, which
 * Get-Module does not list, as in pwsh.
 */
@Cmdlet(verb = "New", noun = "Module", defaultParameterSetName = "ScriptBlock")
public final class NewModuleCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, parameterSetName = "Name")
    private String name;

    @Parameter(position = 0, mandatory = true, parameterSetName = "ScriptBlock")
    @Parameter(position = 1, mandatory = true, parameterSetName = "Name")
    private ScriptBlock scriptBlock;

    @Parameter
    private String[] function = {"*"};

    @Parameter
    @Alias("Args")
    private Object[] argumentList;

    @Override
    protected void endProcessing() {
        String moduleName = name != null ? name : "__DynamicModule_" + UUID.randomUUID();
        writeObject(ModuleLoader.loadDynamic(PoshContext.get(null), moduleName, scriptBlock, List.of(function),
                argumentList, this::writeObject));
    }
}
