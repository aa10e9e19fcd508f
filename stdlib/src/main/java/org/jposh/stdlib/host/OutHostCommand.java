package org.jposh.stdlib.host;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.stdlib.format.HostLineOutput;
import org.jposh.stdlib.format.OutputRenderer;

/** Out-Host: formats objects and writes them to the host, as Out-Default does. (-Paging is not supported.) */
@Cmdlet(verb = "Out", noun = "Host", dotNetTypeName = "Microsoft.PowerShell.Commands.OutHostCommand")
public final class OutHostCommand extends PSCmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    private OutputRenderer renderer;

    @Override
    protected void beginProcessing() {
        renderer = new OutputRenderer(new HostLineOutput(host().ui()));
    }

    @Override
    protected void processRecord() {
        renderer.process(inputObject);
    }

    @Override
    protected void endProcessing() {
        renderer.end();
    }
}
