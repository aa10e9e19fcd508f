package org.jposh.shell;

import java.io.PrintStream;
import org.jposh.interpreter.host.History;
import org.jposh.interpreter.host.HostException;
import org.jposh.interpreter.host.LocalInteractiveSession;
import org.jposh.interpreter.host.PSHost;
import org.jposh.interpreter.host.PSHostUserInterface;
import org.jposh.interpreter.host.StreamHost;

/**
 * The host of an interactive session (pwsh's ConsoleHost): the console's streams, the session's
 * command history, and the remote runspace Enter-PSSession pushes, if any. Read-Host and prompts
 * read the console's standard input between the lines the session reads. A nested prompt (Suspend,
 * {@code $Host.EnterNestedPrompt()}) runs the console's input loop again, inside the suspended command.
 */
final class ConsoleHost extends LocalInteractiveSession implements PSHost {
    private final StreamHost console;
    private final History history = new History();
    private Runnable inputLoop;
    private boolean leaveNestedPrompt;

    /** @param width the terminal's width, or 0 when unknown */
    ConsoleHost(PrintStream out, PrintStream err, boolean terminal, int width) {
        this.console = new StreamHost(out, err, System.in, terminal, width);
    }

    @Override
    public String name() {
        return "ConsoleHost";
    }

    @Override
    public PSHostUserInterface ui() {
        return console;
    }

    @Override
    public History history() {
        return history;
    }

    /** The console's read-eval loop, which a nested prompt runs until it returns; set once it runs. */
    void setInputLoop(Runnable loop) {
        this.inputLoop = loop;
    }

    /** Runs a nested input loop; before the console's loop runs (in a profile) there is none, as in a script. */
    @Override
    public void enterNestedPrompt() {
        if (inputLoop == null) {
            throw HostException.notSupported();
        }
        inputLoop.run();
    }

    @Override
    public void exitNestedPrompt() {
        leaveNestedPrompt = true;
    }

    /** Whether the input loop should end, after {@code $Host.ExitNestedPrompt()}; the request is then cleared. */
    boolean nestedPromptLeft() {
        boolean left = leaveNestedPrompt;
        leaveNestedPrompt = false;
        return left;
    }
}
