package org.jposh.stdlib.format;

import org.jposh.interpreter.host.PSHostUserInterface;
import org.jposh.interpreter.runtime.InformationalRecord;

/**
 * Lines written to the host (Out-Default, Out-Host), as pwsh's ConsoleLineOutput: laid out to the
 * host's width, styled only on a terminal, error views to the host's error output.
 */
public final class HostLineOutput extends LineOutput {
    private final PSHostUserInterface ui;

    public HostLineOutput(PSHostUserInterface ui) {
        super(ui.bufferWidth(), ui.bufferWidth(), ui.isTerminal());
        this.ui = ui;
    }

    @Override
    public void writeLine(String line) {
        ui.writeLine(line);
    }

    @Override
    public void writeErrorText(String text) {
        ui.writeErrorLine(text);
    }

    @Override
    public void writeStreamText(InformationalRecord.Kind kind, String text) {
        switch (kind) {
            case WARNING -> ui.writeWarningLine(text);
            case VERBOSE -> ui.writeVerboseLine(text);
            case DEBUG -> ui.writeDebugLine(text);
        }
    }
}
