package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.TimeSpan;

/**
 * Measure-Command: runs the script block in the caller's scope, once per input object with it as
 * {@code $_} (once without input), discards its output, and writes the time all the runs took as a
 * TimeSpan.
 */
@Cmdlet(verb = "Measure", noun = "Command")
public final class MeasureCommandCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true)
    private ScriptBlock expression;

    @Parameter(valueFromPipeline = true)
    @AllowNull
    private Object inputObject = AutomationNull.VALUE;

    private long elapsedNanos;

    @Override
    protected void processRecord() {
        long start = System.nanoTime();
        expression.invokeDotSourced(inputObject == AutomationNull.VALUE ? null : inputObject, null, value -> { });
        elapsedNanos += System.nanoTime() - start;
    }

    @Override
    protected void endProcessing() {
        writeObject(new TimeSpan(elapsedNanos / 100));
    }
}
