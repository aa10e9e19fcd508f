package org.jposh.stdlib.pester;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.host.PSHostUserInterface;
import org.jposh.interpreter.runtime.ErrorRecord;

/**
 * What a Pester 5 run prints, in Pester 5's words and layout (its WriteScreen plugin): Normal prints the
 * discovery lines, the failures (by their full path) and each passing file; Detailed also the version,
 * each file, the Describe and Context headers and every test; None nothing.
 */
final class Pester5Report {
    /** The Pester release whose behaviour and output this follows. */
    static final String VERSION = "5.7.1";

    /** The end of a ScriptStackTrace line, ", file: line 5", which Pester shortens to "file:5" for editors to follow. */
    private static final Pattern LINE_NUMBER = Pattern.compile(":\\s*line\\s*(\\d+)\\s*$");

    enum Verbosity { None, Normal, Detailed, Diagnostic }

    private final PSHostUserInterface ui;
    final Verbosity verbosity;
    /**
     * How many script frames run Invoke-Pester: an error's ScriptStackTrace ends with them, and Pester
     * shows only the frames from the test code in.
     */
    int outerFrames;

    Pester5Report(PSHostUserInterface ui, Verbosity verbosity) {
        this.ui = ui;
        this.verbosity = verbosity;
    }

    private boolean detailed() {
        return verbosity == Verbosity.Detailed || verbosity == Verbosity.Diagnostic;
    }

    private void line(String text) {
        if (verbosity != Verbosity.None) {
            ui.writeLine(text);
        }
    }

    void start() {
        if (detailed()) {
            line("Pester v" + VERSION);
        }
    }

    void discoveryStart(int files) {
        line("\nStarting discovery in " + files + " files.");
    }

    void discoveryFailed(Path file, ErrorRecord error) {
        line("[-] Discovery in " + file + " failed with:");
        errorLines(List.of(error), "");
    }

    void discoveryEnd(int tests, long ticks, List<String> filters, int selected) {
        line("Discovery found " + tests + " tests in " + humanTime(ticks) + ".");
        if (detailed() && !filters.isEmpty()) {
            filters.forEach(this::line);
            line("Filters selected " + selected + " tests to run.");
        }
    }

    void runStart() {
        line("Running tests.");
    }

    void containerStart(Path file) {
        if (detailed()) {
            line("\nRunning tests from '" + file + "'");
        }
    }

    /** A file's errors outside its blocks (its top-level BeforeAll or AfterAll), and in Normal output a file that passed. */
    void containerEnd(Path file, List<ErrorRecord> errors, boolean passed, long ticks, long userTicks) {
        if (!errors.isEmpty()) {
            line("[-] " + file + " failed with:");
            errorLines(errors, "");
        }
        if (verbosity == Verbosity.Normal && passed) {
            line("[+] " + file + " " + times(ticks, userTicks));
        }
    }

    /** Detailed output writes a block's header (and its parents') just before its first test. */
    void testStarting(Block.Test test) {
        if (detailed()) {
            writeBlock(test.block);
        }
    }

    private void writeBlock(Block block) {
        if (block.isRoot() || block.written) {
            return;
        }
        writeBlock(block.parent);
        List<String> path = block.path();
        if (path.size() == 1 && !isFirstBlock(block)) {
            line("");
        }
        block.written = true;
        line(" ".repeat(path.size() - 1) + ("Context".equals(block.commandUsed) ? "Context " : "Describing ")
                + path.getLast());
    }

    /** Whether the block is the first of its parent's blocks that run (Pester's Block.First). */
    private static boolean isFirstBlock(Block block) {
        for (Object child : block.parent.children) {
            if (child instanceof Block sibling && sibling.tests().stream().anyMatch(t -> t.shouldRun)) {
                return sibling == block;
            }
        }
        return true;
    }

    void testResult(Block.Test test) {
        String margin;
        String out;
        if (detailed()) {
            List<String> path = test.path();
            margin = " ".repeat(path.size());
            out = test.expandedName;
        } else {
            margin = "";
            out = String.join(".", test.path());
        }
        String time = times(test.durationTicks, test.userDurationTicks);
        switch (test.result) {
            case "Passed" -> {
                if (detailed()) {
                    line(margin + "[+] " + out + " " + time);
                }
            }
            case "Failed" -> {
                line(margin + "[-] " + out + " " + time);
                errorLines(test.errorRecords, margin + " ");
            }
            case "Skipped" -> {
                if (detailed()) {
                    line(margin + "[!] " + out + " " + time);
                }
            }
            case "Inconclusive" -> {
                if (detailed()) {
                    line(margin + "[?] " + out + " " + time);
                }
            }
            default -> { }
        }
    }

    /** "[-] Describe X failed" with the error of its BeforeAll or AfterAll. */
    void blockFailed(Block block) {
        String errorMargin = " ";
        if (detailed()) {
            if (block.tests().stream().noneMatch(t -> t.executed)) {
                writeBlock(block);
            }
            errorMargin = " ".repeat(block.path().size() + 1);
        }
        line("[-] " + block.commandUsed + " " + String.join(".", block.path()) + " failed");
        errorLines(block.errorRecords, errorMargin);
    }

    void summary(PesterRun run, long ticks, int failedContainers, List<Path> failedContainerPaths) {
        line("Tests completed in " + humanTime(ticks));
        line("Tests Passed: " + run.passed + ", Failed: " + run.failed + ", Skipped: " + run.skipped
                + ", Inconclusive: " + run.inconclusive + ", NotRun: " + run.notRun);
        if (!run.failedBlocks.isEmpty()) {
            line("BeforeAll \\ AfterAll failed: " + run.failedBlocks.size());
            List<String> names = new ArrayList<>();
            for (Block block : run.failedBlocks) {
                names.add("  - " + String.join(".", block.path()));
            }
            line(String.join("\n", names));
        }
        if (failedContainers > 0) {
            line("Container failed: " + failedContainers);
            List<String> names = new ArrayList<>();
            for (Path file : failedContainerPaths) {
                names.add("  - " + file);
            }
            line(String.join("\n", names));
        }
    }

    /** "12ms (8ms|4ms)": the test's time, then the time in its own code and the framework's. */
    private static String times(long ticks, long userTicks) {
        return humanTime(ticks) + " (" + humanTime(userTicks) + "|" + humanTime(Math.max(0, ticks - userTicks)) + ")";
    }

    /** Get-HumanTime: whole milliseconds below a second, else seconds to two decimals. */
    static String humanTime(long ticks) {
        if (ticks < 10_000_000L) {
            return (long) Math.rint(ticks / 10_000.0) + "ms";
        }
        double seconds = Math.rint(ticks / 100_000.0) / 100.0;
        String text = String.format(Locale.ROOT, "%.2f", seconds).replaceAll("\\.?0+$", "");
        return text + "s";
    }

    private void errorLines(List<ErrorRecord> errors, String margin) {
        if (errors.size() == 1) {
            for (String text : displayLines(errors.getFirst(), outerFrames)) {
                line(margin + text);
            }
            return;
        }
        for (int i = 0; i < errors.size(); i++) {
            List<String> lines = displayLines(errors.get(i), outerFrames);
            if (!lines.isEmpty()) {
                lines.set(0, "[" + i + "] " + lines.getFirst());
            }
            for (String text : lines) {
                line(margin + text);
            }
        }
    }

    /**
     * An error as Pester 5 shows it (its DisplayErrorMessage and DisplayStackTrace): the message, the type
     * of the exception before the first line unless it is a failed assertion, then for an assertion the
     * Should line, and where it happened: the frames of its ScriptStackTrace from the test code in.
     */
    static List<String> displayLines(ErrorRecord error, int outerFrames) {
        List<String> lines = new ArrayList<>(error.message().lines().filter(l -> !l.isEmpty()).toList());
        boolean assertion = Report.ASSERTION_FAILED.equals(error.fullyQualifiedErrorId());
        if (!assertion && !lines.isEmpty()) {
            lines.set(0, error.exception().dotNetType().name() + ": " + lines.getFirst());
        }
        Extent extent = error.extent();
        if (extent != null) {
            String file = extent.file() == null ? "<No file>" : extent.file();
            if (assertion) {
                lines.add("at " + extent.source().line(extent.startLine()).strip() + ", " + file + ":"
                        + extent.startLine());
            }
        }
        List<String> frames = error.scriptStackTrace() == null ? List.of() : error.scriptStackTrace().lines().toList();
        if (frames.size() > outerFrames) {
            for (String frame : frames.subList(0, frames.size() - outerFrames)) {
                lines.add(LINE_NUMBER.matcher(frame).replaceFirst(":$1"));
            }
        } else if (extent != null) {
            lines.add("at <ScriptBlock>, " + (extent.file() == null ? "<No file>" : extent.file()) + ":"
                    + extent.startLine());
        }
        return lines;
    }
}
