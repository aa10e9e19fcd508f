package org.jposh.shell;

import java.io.Console;
import java.io.PrintStream;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Runs one script with host output, as {@code pwsh -File} and {@code pwsh -Command} do, and turns the
 * outcome into an exit code: 0, the script's {@code exit N}, or 1 after a parse or uncaught error.
 */
final class ScriptRunner {
    private ScriptRunner() {
    }

    /** @param nonInteractive whether the script may not prompt (-NonInteractive) */
    static int run(Source source, List<String> arguments, boolean nonInteractive, PrintStream err) {
        Context context = newContext(arguments.toArray(String[]::new), nonInteractive);
        int exitCode = evaluate(context, source, err);
        close(context);
        return exitCode;
    }

    /** Closes a context; one the script ended with {@code exit} reports that again, which is no error. */
    static void close(Context context) {
        try {
            context.close();
        } catch (PolyglotException e) {
            if (!e.isExit()) {
                throw e;
            }
        }
    }

    static Context newContext(String[] arguments, boolean nonInteractive) {
        return Context.newBuilder(Main.LANGUAGE)
                .option("posh.HostOutput", "true")
                .option("posh.NonInteractive", Boolean.toString(nonInteractive))
                .option("posh.Terminal", Boolean.toString(isTerminal()))
                .option("posh.TerminalWidth", Integer.toString(terminalWidth()))
                .option("engine.WarnInterpreterOnly", "false")
                .arguments(Main.LANGUAGE, arguments)
                .allowAllAccess(true)
                .build();
    }

    /** Whether standard output is an interactive terminal (not redirected to a file or pipe). */
    private static boolean isTerminal() {
        Console console = System.console();
        return console != null && console.isTerminal();
    }

    /** The terminal's width as the shell exports it in COLUMNS, or 0 when unknown. */
    private static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        try {
            return columns == null ? 0 : Math.max(0, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Evaluates a source; errors have been printed by the time this returns their exit code. */
    static int evaluate(Context context, Source source, PrintStream err) {
        try {
            // A host-output run returns $? of its last statement: pwsh exits 1 when that failed.
            return context.eval(source).asBoolean() ? 0 : 1;
        } catch (PolyglotException e) {
            return report(e, err);
        }
    }

    static int report(PolyglotException e, PrintStream err) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isSyntaxError()) {
            err.println(e.getGuestObject().getMember("NormalView").asString());
            return 1;
        }
        if (e.isGuestException() && !e.isInternalError()) {
            // The language printed it, as the host's error view.
            return 1;
        }
        if (e.isCancelled()) {
            return 130;
        }
        err.println("jposh: internal error: " + e.getMessage());
        err.println("This is a bug in JPosh; please report it with the script that caused it.");
        if (System.getenv("JPOSH_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return 70;
    }
}
