package org.jposh.stdlib.help;

import java.util.ArrayList;
import java.util.List;
import org.jposh.stdlib.format.TextLines;

/**
 * Lays out help text as pwsh's ComplexWriter lays out custom views: text collects on the current line
 * and a newline writes it, each of its lines padded on the left by the indentation of the frames open
 * at that moment (so an empty line inside a frame is that many spaces, as in pwsh's help), and lines
 * longer than the width left of the indentation wrapped at word boundaries.
 */
final class HelpWriter {
    private final int width;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private int indentation;

    /** @param width the host's line width, which the text is laid out to */
    HelpWriter(int width) {
        this.width = width;
    }

    HelpWriter text(String text) {
        buffer.append(text);
        return this;
    }

    HelpWriter newline() {
        String pad = " ".repeat(indentation);
        int usable = Math.max(width - indentation, 1);
        for (String line : TextLines.wrap(buffer.toString(), usable, usable)) {
            lines.add(pad + (line == null ? "" : line));
        }
        buffer.setLength(0);
        return this;
    }

    HelpWriter newlines(int count) {
        for (int i = 0; i < count; i++) {
            newline();
        }
        return this;
    }

    /** Opens a frame indented by {@code left} more columns. */
    HelpWriter indent(int left) {
        indentation += left;
        return this;
    }

    HelpWriter outdent(int left) {
        indentation -= left;
        return this;
    }

    /** The lines, after writing what is pending as pwsh does at the end of an object. */
    String finish() {
        newline();
        return String.join("\n", lines);
    }
}
