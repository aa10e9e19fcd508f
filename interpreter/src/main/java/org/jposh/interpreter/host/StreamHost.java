package org.jposh.interpreter.host;

import java.io.PrintStream;

/** A host that writes to the standard output and error streams the context was created with. */
public final class StreamHost implements PSHost, PSHostUserInterface {
    private final PrintStream out;
    private final PrintStream err;

    public StreamHost(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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
    public void write(String text) {
        out.print(text);
    }

    @Override
    public void writeLine(String text) {
        out.println(text);
    }

    @Override
    public void writeErrorLine(String text) {
        err.println(text);
    }
}
