package org.jposh.interpreter.host;

/** The host's console: where formatted output and error text are written for people to read. */
public interface PSHostUserInterface {
    void write(String text);

    void writeLine(String text);

    void writeErrorLine(String text);

    /** A warning (WriteWarning); consoles show it as {@code WARNING: text}. */
    default void writeWarningLine(String text) {
        writeLine("WARNING: " + text);
    }
}
