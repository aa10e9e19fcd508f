package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PoshParseError;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * Invoke-Expression: runs a string as script in the caller's scope, so the variables and functions it
 * defines stay, and writes its output. Text that does not parse stops the command with the parse error.
 */
@Cmdlet(verb = "Invoke", noun = "Expression")
public final class InvokeExpressionCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    private String command;

    @Override
    protected void processRecord() {
        ScriptBlock block;
        try {
            block = ScriptBlock.create(command);
        } catch (PoshParseError e) {
            throw throwTerminatingError(errorRecord(e.error().message(), e.error().errorId(),
                    ErrorCategory.ParserError, command, "ParseException"));
        }
        try {
            block.invokeDotSourced(null, null, output());
        } catch (PoshException e) {
            throw new PoshException(e.errorRecord().reportedBy("Microsoft.PowerShell.Commands.InvokeExpressionCommand"),
                    null, e.severity(), e.wrapper());
        }
    }
}
