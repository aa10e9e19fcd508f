package org.jposh.shell;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.jposh.interpreter.host.PSHostUserInterface;

/**
 * The interactive loop when standard input is not a terminal (commands piped into jposh): plain
 * lines, no line editing and no escape codes, the prompt and {@code >> } continuation lines still
 * printed while the parser says the input is incomplete. Lines are read through the host, as the
 * prompts of the commands (confirmations, Read-Host) read theirs, so that a prompt takes the lines
 * that follow the command.
 */
final class Repl {
    private final PSHostUserInterface in;
    private final PrintStream out;
    private final InteractiveSession session;

    Repl(PrintStream out, InteractiveSession session) {
        this.in = session.host().ui();
        this.out = out;
        this.session = session;
    }

    int run() {
        session.host().setInputLoop(this::inputLoop);
        return inputLoop();
    }

    /**
     * Reads and runs statements until {@code exit}, the end of the input or, in a nested prompt,
     * {@code $Host.ExitNestedPrompt()}.
     *
     * @return the exit code
     */
    private int inputLoop() {
        try {
            while (true) {
                out.print(session.prompt());
                out.flush();
                String code = readStatement();
                if (code == null) {
                    out.println();
                    return 0;
                }
                if (code.isBlank()) {
                    continue;
                }
                Integer exitCode = session.execute(code);
                if (exitCode != null) {
                    return exitCode;
                }
                if (session.host().nestedPromptLeft()) {
                    return 0;
                }
            }
        } catch (UncheckedIOException e) {
            session.host().ui().writeErrorLine("jposh: cannot read input: " + e.getCause().getMessage());
            return 1;
        }
    }

    /** Reads lines until they form a complete statement; null at end of input. */
    private String readStatement() {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        StringBuilder code = new StringBuilder(line);
        while (InteractiveSession.isIncomplete(code.toString())) {
            out.print(">> ");
            out.flush();
            String more = in.readLine();
            if (more == null) {
                break;
            }
            code.append('\n').append(more);
        }
        return code.toString();
    }
}
