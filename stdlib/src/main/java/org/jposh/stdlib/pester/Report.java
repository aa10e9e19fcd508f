package org.jposh.stdlib.pester;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.host.PSHostUserInterface;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.TimeSpan;

/** What a run prints on the host, in Pester 4's words and layout (Output.ps1). */
final class Report {
    static final String ASSERTION_FAILED = "PesterAssertionFailed";
    private static final String MARGIN = "  ";

    private final PSHostUserInterface ui;
    private final Set<OutputTypes> show;

    Report(PSHostUserInterface ui, Set<OutputTypes> show) {
        this.ui = ui;
        this.show = show;
    }

    void header(String text) {
        if (show.contains(OutputTypes.Header)) {
            ui.writeLine(text);
        }
    }

    /** "Describing X" or "Context X", after an empty line; {@code depth} counts the group itself. */
    void group(String name, boolean isDescribe, int depth) {
        if (show.contains(isDescribe ? OutputTypes.Describe : OutputTypes.Context)) {
            ui.writeLine("");
            ui.writeLine(MARGIN.repeat(depth - 1) + (isDescribe ? "Describing " : "Context ") + name);
        }
    }

    void testResult(String name, String result, TimeSpan time, ErrorRecord error, int depth) {
        OutputTypes type = OutputTypes.valueOf(result);
        if (!show.contains(type)) {
            return;
        }
        String margin = MARGIN.repeat(depth);
        String humanTime = humanTime(time);
        switch (type) {
            case Passed -> ui.writeLine(margin + "[+] " + name + " " + humanTime);
            case Skipped -> ui.writeLine(margin + "[!] " + name + ", is skipped " + humanTime);
            case Pending -> ui.writeLine(margin + "[?] " + name + ", is pending " + humanTime);
            default -> {
                ui.writeLine(margin + "[-] " + name + " " + humanTime);
                String errorMargin = margin + MARGIN;
                for (String line : failureLines(error)) {
                    ui.writeLine(errorMargin + line);
                }
            }
        }
    }

    void summary(PesterRun run) {
        if (!show.contains(OutputTypes.Summary)) {
            return;
        }
        ui.writeLine("Tests completed in " + humanTime(run.elapsed()));
        ui.writeLine("Tests Passed: " + run.passed + ", Failed: " + run.failed + ", Skipped: " + run.skipped
                + ", Pending: " + run.pending + ", Inconclusive: 0 ");
    }

    /** Get-HumanTime: milliseconds below a second, seconds with two decimals from there. */
    static String humanTime(TimeSpan time) {
        double seconds = time.ticks() / 1e7;
        if (seconds > 0.99) {
            return String.format(java.util.Locale.ROOT, "%.2fs", seconds).replaceAll("\\.?0+s$", "s");
        }
        return (long) Math.floor(seconds * 1000) + "ms";
    }

    /**
     * ConvertTo-FailureLines: the message (for errors other than a failed assertion, the first line
     * prefixed with the exception's type), for an assertion the line of the Should, then where it happened.
     */
    static List<String> failureLines(ErrorRecord error) {
        List<String> lines = new ArrayList<>(messageLines(error));
        Extent extent = error.extent();
        if (extent != null) {
            if (ASSERTION_FAILED.equals(error.fullyQualifiedErrorId())) {
                lines.add(extent.startLine() + ": " + extent.source().line(extent.startLine()).stripTrailing());
            }
            lines.add(trace(extent));
        }
        return lines;
    }

    private static List<String> messageLines(ErrorRecord error) {
        List<String> lines = new ArrayList<>(error.message().lines().filter(l -> !l.isEmpty()).toList());
        if (!ASSERTION_FAILED.equals(error.fullyQualifiedErrorId()) && !lines.isEmpty()) {
            lines.set(0, error.exception().dotNetType().name() + ": " + lines.getFirst());
        }
        return lines;
    }

    private static String trace(Extent extent) {
        return "at <ScriptBlock>, " + (extent.file() == null ? "<No file>" : extent.file()) + ": line "
                + extent.startLine();
    }

    /** The result entry's FailureMessage: the error's message. */
    static String failureMessage(ErrorRecord error) {
        return error.message();
    }

    /** The result entry's StackTrace: where the error happened and the line there. */
    static String stackTrace(ErrorRecord error) {
        Extent extent = error.extent();
        if (extent == null) {
            return "";
        }
        return trace(extent) + "\n" + extent.startLine() + ": " + extent.source().line(extent.startLine()).strip();
    }
}
