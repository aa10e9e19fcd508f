package org.jposh.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * A plain read-eval-print loop: one session for all input, {@code >> } continuation lines while the
 * parser says the input is incomplete, errors printed without ending the session.
 */
final class Repl {
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;

    Repl(InputStream in, PrintStream out, PrintStream err) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
        this.err = err;
    }

    int run() {
        Context context = ScriptRunner.newContext(new String[0]);
        try {
            while (true) {
                out.print("PS " + Path.of("").toAbsolutePath() + "> ");
                out.flush();
                String code = readStatement(context);
                if (code == null) {
                    out.println();
                    return 0;
                }
                if (code.isBlank()) {
                    continue;
                }
                try {
                    context.eval(Source.newBuilder(Main.LANGUAGE, code, "<interactive>").cached(false).buildLiteral());
                } catch (PolyglotException e) {
                    if (e.isExit()) {
                        return e.getExitStatus();
                    }
                    ScriptRunner.report(e, err);
                }
            }
        } catch (IOException e) {
            err.println("jposh: cannot read input: " + e.getMessage());
            return 1;
        } finally {
            ScriptRunner.close(context);
        }
    }

    /** Reads lines until they form a complete statement; null at end of input. */
    private String readStatement(Context context) throws IOException {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        StringBuilder code = new StringBuilder(line);
        while (isIncomplete(context, code.toString())) {
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

    /** Whether the parser stopped at the end of the input, in the middle of a statement. */
    private static boolean isIncomplete(Context context, String code) {
        try {
            context.parse(Source.newBuilder(Main.LANGUAGE, code, "<interactive>").cached(false).buildLiteral());
            return false;
        } catch (PolyglotException e) {
            return e.isIncompleteSource();
        }
    }
}
