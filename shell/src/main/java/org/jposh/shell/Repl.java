package org.jposh.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The interactive loop when standard input is not a terminal (commands piped into jposh): plain
 * lines, no line editing and no escape codes, the prompt and {@code >> } continuation lines still
 * printed while the parser says the input is incomplete.
 */
final class Repl {
    private final BufferedReader in;
    private final PrintStream out;
    private final InteractiveSession session;

    Repl(InputStream in, PrintStream out, InteractiveSession session) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
        this.session = session;
    }

    int run() {
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
            }
        } catch (IOException e) {
            session.host().ui().writeErrorLine("jposh: cannot read input: " + e.getMessage());
            return 1;
        }
    }

    /** Reads lines until they form a complete statement; null at end of input. */
    private String readStatement() throws IOException {
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
