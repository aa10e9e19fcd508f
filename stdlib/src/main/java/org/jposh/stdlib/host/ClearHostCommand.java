package org.jposh.stdlib.host;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;

/**
 * Clear-Host (alias cls): clears the terminal. pwsh on Unix writes what the {@code clear} program prints; this
 * writes the same control sequences for an xterm-like terminal (cursor home, erase the screen and the scroll-back)
 * through the host, without starting a process.
 */
@Cmdlet(verb = "Clear", noun = "Host")
public final class ClearHostCommand extends PSCmdlet {
    private static final String CLEAR = "\u001b[H\u001b[2J\u001b[3J";

    @Override
    protected void endProcessing() {
        host().ui().write(CLEAR);
    }
}
