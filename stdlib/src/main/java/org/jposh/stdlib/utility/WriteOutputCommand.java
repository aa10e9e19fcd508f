package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.AllowEmptyCollection;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;

/** Write-Output: sends objects down the pipeline, unrolling collections unless -NoEnumerate. */
@Cmdlet(verb = "Write", noun = "Output")
public final class WriteOutputCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromRemainingArguments = true)
    @AllowNull
    @AllowEmptyCollection
    private Object[] inputObject;

    @Parameter
    private boolean noEnumerate;

    @Override
    protected void processRecord() {
        if (inputObject == null) {
            writeObject(null);
        } else if (noEnumerate && inputObject.length == 1) {
            writeObject(inputObject[0], false);
        } else {
            writeObject(inputObject, !noEnumerate);
        }
    }
}
