package org.jposh.stdlib.format;

import java.util.function.Consumer;

/**
 * Lines collected as text (Out-String, Out-File), as pwsh's TextWriterLineOutput: never styled; lists
 * and wide views are as wide as -Width (unbounded without it), tables -Width or the host's width.
 */
public final class TextLineOutput extends LineOutput {
    private final Consumer<String> sink;

    /**
     * @param width       -Width, or 0 when not given
     * @param screenWidth the host's width
     * @param sink        receives each line, without its line break
     */
    public TextLineOutput(int width, int screenWidth, Consumer<String> sink) {
        super(width > 0 ? width : Integer.MAX_VALUE, screenWidth, false);
        this.sink = sink;
    }

    @Override
    public void writeLine(String line) {
        sink.accept(line);
    }
}
