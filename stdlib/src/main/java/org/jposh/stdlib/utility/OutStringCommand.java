package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.stdlib.format.OutputRenderer;
import org.jposh.stdlib.format.TextLineOutput;

/**
 * Out-String: formats objects as Out-Default would and writes the text: one string of all the lines
 * (each ended by a newline; -NoNewline joins them without), or with -Stream one string per line.
 */
@Cmdlet(verb = "Out", noun = "String", defaultParameterSetName = "NoNewLineFormatting")
public final class OutStringCommand extends PSCmdlet {
    @Parameter(parameterSetName = "StreamFormatting")
    private boolean stream;

    @Parameter
    @ValidateRange(min = 2, max = Integer.MAX_VALUE)
    private int width;

    @Parameter(parameterSetName = "NoNewLineFormatting")
    private boolean noNewline;

    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    private final StringBuilder buffer = new StringBuilder();
    private OutputRenderer renderer;

    @Override
    protected void beginProcessing() {
        renderer = new OutputRenderer(new TextLineOutput(width, host().ui().bufferWidth(), this::onLine));
    }

    private void onLine(String line) {
        if (stream) {
            for (String part : line.split("\r?\n", -1)) {
                writeObject(part);
            }
        } else {
            buffer.append(line);
            if (!noNewline) {
                buffer.append('\n');
            }
        }
    }

    @Override
    protected void processRecord() {
        renderer.process(inputObject);
    }

    @Override
    protected void endProcessing() {
        renderer.end();
        if (!stream) {
            writeObject(buffer.toString());
        }
    }
}
