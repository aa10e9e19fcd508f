package org.jposh.stdlib.host;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.stdlib.format.HostLineOutput;
import org.jposh.stdlib.format.OutputRenderer;

/**
 * Out-Default: what hosts append to every pipeline they run; it formats objects (or renders format
 * data from Format-*) and writes the lines to the host as they come, with one formatting state for
 * the whole pipeline.
 */
@Cmdlet(verb = "Out", noun = "Default", dotNetTypeName = "Microsoft.PowerShell.Commands.OutDefaultCommand")
public final class OutDefaultCommand extends PSCmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter
    private boolean transcript;

    private OutputRenderer renderer;

    @Override
    protected void beginProcessing() {
        renderer = new OutputRenderer(new HostLineOutput(host().ui()));
    }

    @Override
    protected void processRecord() {
        if (!transcript) {
            renderer.process(inputObject);
        }
    }

    @Override
    protected void endProcessing() {
        renderer.end();
    }
}
