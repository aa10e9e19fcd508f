package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.AllowEmptyString;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;

/** Write-Verbose: writes the message to the verbose stream; the host shows it as {@code VERBOSE: message}. */
@Cmdlet(verb = "Write", noun = "Verbose")
public final class WriteVerboseCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    @Alias("Msg")
    @AllowEmptyString
    private String message;

    @Override
    protected void processRecord() {
        writeVerbose(message);
    }
}
