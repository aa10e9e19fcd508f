package org.jposh.stdlib.help;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out help text as pwsh's ComplexWriter lays out custom views: text collects on the current line
 * and a newline writes it, each of its lines padded on the left by the indentation of the frames open
 * at that moment (so an empty line inside a frame is that many spaces, as in pwsh's help).
 */
final class HelpWriter {
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private int indentation;

    HelpWriter text(String text) {
        buffer.append(text);
        return this;
    }

    HelpWriter newline() {
        String pad = " ".repeat(indentation);
        for (String line : buffer.toString().split("\n", -1)) {
            lines.add(pad + line);
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
