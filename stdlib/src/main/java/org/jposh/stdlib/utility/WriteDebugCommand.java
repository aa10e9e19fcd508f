package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.AllowEmptyString;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;

/** Write-Debug: writes the message to the debug stream; the host shows it as {@code DEBUG: message}. */
@Cmdlet(verb = "Write", noun = "Debug")
public final class WriteDebugCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    @Alias("Msg")
    @AllowEmptyString
    private String message;

    @Override
    protected void processRecord() {
        writeDebug(message);
    }
}
