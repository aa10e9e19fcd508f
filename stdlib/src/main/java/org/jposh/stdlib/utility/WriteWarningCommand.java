package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.AllowEmptyString;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;

/** Write-Warning: writes the message to the warning stream; the host shows it as {@code WARNING: message}. */
@Cmdlet(verb = "Write", noun = "Warning")
public final class WriteWarningCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    @Alias("Msg")
    @AllowEmptyString
    private String message;

    @Override
    protected void processRecord() {
        writeWarning(message);
    }
}
