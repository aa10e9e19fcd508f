package org.jposh.grammar.ast;

/** A point in script text, as PowerShell's IScriptPosition (an extent's StartScriptPosition): 0-based offset, 1-based line and column. */
public record ScriptPosition(ScriptSource source, int offset) {

    public String file() {
        return source.file();
    }

    public int lineNumber() {
        return source.lineOf(offset);
    }

    public int columnNumber() {
        return source.columnOf(offset);
    }

    /** The text of the position's line. */
    public String line() {
        return source.line(lineNumber());
    }
}
