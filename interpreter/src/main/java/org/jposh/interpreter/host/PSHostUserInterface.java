package org.jposh.interpreter.host;

/**
 * The host's console: where formatted output and error text are written for people to read.
 *
 * <p>Beyond writing text, formatting and a few cmdlets ask the host what it is: whether the output is
 * a terminal (colours, table header styles and progress bars are for terminals only; redirected output
 * stays plain text, as pwsh's OutputRendering=Host) and how wide its lines are (tables are laid out
 * to that width; 120 columns, pwsh's default, when unknown). Progress goes through
 * {@link #writeProgress}, which hosts without a terminal ignore, as pwsh does when output is redirected.
 */
public interface PSHostUserInterface {
    /** The width pwsh lays tables out to when the host's width is unknown, as with redirected output. */
    int DEFAULT_WIDTH = 120;

    void write(String text);

    void writeLine(String text);

    void writeErrorLine(String text);

    /** Whether output reaches a terminal, which understands ANSI escape sequences. */
    default boolean isTerminal() {
        return false;
    }

    /** The width of the host's lines in cells ($Host.UI.RawUI.BufferSize.Width). */
    default int bufferWidth() {
        return DEFAULT_WIDTH;
    }

    /**
     * Shows or updates a progress bar ($Host.UI.WriteProgress). The default shows nothing, which is
     * what hosts without a terminal do.
     *
     * @param sourceId identifies the command that reports progress
     */
    default void writeProgress(long sourceId, ProgressRecord record) {
    }

    /** A warning (WriteWarning); consoles show it as {@code WARNING: text}. */
    default void writeWarningLine(String text) {
        writeLine("WARNING: " + text);
    }

    /** A verbose message (WriteVerboseLine); consoles show it as {@code VERBOSE: text}. */
    default void writeVerboseLine(String text) {
        writeLine("VERBOSE: " + text);
    }

    /** A debug message (WriteDebugLine); consoles show it as {@code DEBUG: text}. */
    default void writeDebugLine(String text) {
        writeLine("DEBUG: " + text);
    }

    /** A message of the information stream shown to the user (Write-Information with Continue): the text alone. */
    default void writeInformation(String text) {
        writeLine(text);
    }
}
