package org.jposh.stdlib.host;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * Out-Default: what hosts append to every pipeline they run; it writes objects to the host for people
 * to read. Scalars are written one per line and $null writes nothing.
 */
@Cmdlet(verb = "Out", noun = "Default", dotNetTypeName = "Microsoft.PowerShell.Commands.OutDefaultCommand")
public final class OutDefaultCommand extends PSCmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Override
    protected void processRecord() {
        if (inputObject != null) {
            host().ui().writeLine(LanguagePrimitives.toStringValue(inputObject));
        }
    }
}
