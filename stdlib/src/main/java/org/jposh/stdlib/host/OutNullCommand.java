package org.jposh.stdlib.host;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;

/** Out-Null: takes its input and writes nothing. */
@Cmdlet(verb = "Out", noun = "Null", dotNetTypeName = "Microsoft.PowerShell.Commands.OutNullCommand")
public final class OutNullCommand extends PSCmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;
}
