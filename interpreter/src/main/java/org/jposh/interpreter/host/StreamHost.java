package org.jposh.interpreter.host;

import java.io.PrintStream;

/**
 * A host that writes to the standard output and error streams the context was created with. The
 * embedder tells it whether those reach a terminal and how wide it is (options posh.Terminal and
 * posh.TerminalWidth); on a terminal it draws Write-Progress as a bar on the last line.
 */
public final class StreamHost implements PSHost, PSHostUserInterface {
    private static final String WARNING_STYLE = "\u001b[33;1m";
    private static final String ERROR_STYLE = "\u001b[31;1m";
    private static final String RESET = "\u001b[0m";

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final int width;
    private final ProgressLine progress = new ProgressLine();
    private final History history = new History();

    public StreamHost(PrintStream out, PrintStream err) {
        this(out, err, false, 0);
    }

    /** @param width the terminal's width in cells, or 0 when unknown */
    public StreamHost(PrintStream out, PrintStream err, boolean terminal, int width) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.width = width > 0 ? width : DEFAULT_WIDTH;
    }

    @Override
    public String name() {
        return "JPosh";
    }

    @Override
    public PSHostUserInterface ui() {
        return this;
    }

    @Override
    public History history() {
        return history;
    }

    @Override
    public void write(String text) {
        print(out, text, false);
    }

    @Override
    public void writeLine(String text) {
        print(out, text, true);
    }

    /** Red on a terminal, as pwsh's $PSStyle.Formatting.Error; plain when redirected. */
    @Override
    public void writeErrorLine(String text) {
        print(err, terminal ? ERROR_STYLE + text + RESET : text, true);
    }

    /** On a terminal, in pwsh's $PSStyle.Formatting colours: bold yellow for these, bold red for errors. */
    @Override
    public void writeWarningLine(String text) {
        print(out, styled(WARNING_STYLE, "WARNING: " + text), true);
    }

    @Override
    public void writeVerboseLine(String text) {
        print(out, styled(WARNING_STYLE, "VERBOSE: " + text), true);
    }

    @Override
    public void writeDebugLine(String text) {
        print(out, styled(WARNING_STYLE, "DEBUG: " + text), true);
    }

    private String styled(String style, String text) {
        return terminal ? style + text + RESET : text;
    }

    @Override
    public boolean isTerminal() {
        return terminal;
    }

    @Override
    public int bufferWidth() {
        return width;
    }

    @Override
    public void writeProgress(long sourceId, ProgressRecord record) {
        if (terminal) {
            out.print(progress.update(sourceId, record, width));
            out.flush();
        }
    }

    private void print(PrintStream stream, String text, boolean newLine) {
        boolean bar = progress.isShown();
        if (bar) {
            out.print(progress.erase());
            out.flush();
        }
        if (newLine) {
            stream.println(text);
        } else {
            stream.print(text);
        }
        if (bar) {
            stream.flush();
            out.print(progress.redraw());
            out.flush();
        }
    }
}
