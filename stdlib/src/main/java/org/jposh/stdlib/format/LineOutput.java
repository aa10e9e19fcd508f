package org.jposh.stdlib.format;

import org.jposh.interpreter.runtime.InformationalRecord;

/**
 * Where rendered lines go: the host (Out-Default, Out-Host), a string (Out-String) or a file
 * (Out-File), as pwsh's LineOutput.
 */
public abstract class LineOutput {
    /** Bold green, pwsh's $PSStyle.Formatting.TableHeader and FormatAccent. */
    static final String HEADER_STYLE = "\u001b[32;1m";
    static final String RESET = "\u001b[0m";

    private final int columns;
    private final int screenWidth;
    private final boolean decorated;

    /**
     * @param columns     the line width the output asks for (-Width), or Integer.MAX_VALUE for none
     * @param screenWidth the host's width, which tables use when no width was asked for
     * @param decorated   whether headers and labels are styled with ANSI sequences (terminal hosts)
     */
    protected LineOutput(int columns, int screenWidth, boolean decorated) {
        this.columns = columns;
        this.screenWidth = screenWidth > 0 ? screenWidth : 120;
        this.decorated = decorated;
    }

    /** The line width lists and wide views wrap at ($lo.ColumnNumber). */
    public final int columns() {
        return columns;
    }

    /** The width tables are laid out to: the asked width, else the host's. */
    public final int tableWidth() {
        return columns == Integer.MAX_VALUE ? screenWidth : columns;
    }

    final String headerStyle() {
        return decorated ? HEADER_STYLE : "";
    }

    final String reset() {
        return decorated ? RESET : "";
    }

    public abstract void writeLine(String line);

    /** Text written as is, such as a scalar's string, which may hold several lines. */
    public void writeRawText(String text) {
        writeLine(text);
    }

    /** An error record's view; the host writes it to its error output, other outputs as text. */
    public void writeErrorText(String text) {
        writeRawText(text);
    }

    /** A warning, verbose or debug message; the host writes it as that stream, other outputs as text. */
    public void writeStreamText(InformationalRecord.Kind kind, String text) {
        writeRawText(text);
    }
}
