package org.jposh.interpreter.commands;

import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.CollectingPipe;
import org.jposh.interpreter.runtime.PoshException;

/**
 * Imports a module for the language itself ({@code #requires -Modules}, {@code using module}) as pwsh does:
 * by running the session's {@code Import-Module -Name <name> -PassThru} (which leaves a loaded module as it is),
 * its errors stopping it.
 */
public final class ModuleImport {
    private ModuleImport() {
    }

    /**
     * The module imported (a PSModuleInfo), or null when Import-Module passed none back. What the module's
     * script outputs while it loads is dropped.
     *
     * @throws PoshException Import-Module's error when the module cannot be found or loaded
     */
    public static Object run(PoshContext context, String nameOrPath) {
        CommandArgument[] arguments = {CommandArgument.named("Name", nameOrPath, null),
                CommandArgument.named("ErrorAction", "Stop", null), CommandArgument.parameter("PassThru", null)};
        CollectingPipe output = new CollectingPipe();
        CommandProcessorBase importModule = CommandDiscovery.createProcessor(context, "Import-Module", false, arguments,
                null, 1, false);
        CommandProcessorBase.runPipeline(new CommandProcessorBase[]{importModule}, null, output);
        Object[] written = output.toArray();
        return written.length == 0 ? null : written[written.length - 1]; // after what the module's script output
    }
}
