package org.jposh.grammar.ast;

/**
 * A span of script text, as PowerShell's IScriptExtent: lines and columns are 1-based,
 * offsets are 0-based and the end is exclusive.
 */
public record Extent(ScriptSource source, int startOffset, int endOffset) {

    public String file() {
        return source.file();
    }

    public int startLine() {
        return source.lineOf(startOffset);
    }

    public int startColumn() {
        return source.columnOf(startOffset);
    }

    public int endLine() {
        return source.lineOf(endOffset);
    }

    public int endColumn() {
        return source.columnOf(endOffset);
    }

    public ScriptPosition startPosition() {
        return new ScriptPosition(source, startOffset);
    }

    public ScriptPosition endPosition() {
        return new ScriptPosition(source, endOffset);
    }

    /** The text of the extent; an extent past the end (pwsh puts end-of-input one beyond it) has none there. */
    public String text() {
        int length = source.text().length();
        return source.text().substring(Math.min(startOffset, length), Math.min(endOffset, length));
    }

    /** IScriptExtent.ToString(): the text. */
    @Override
    public String toString() {
        return text();
    }

    /** The extent from the start of this one to the end of {@code last}. */
    public Extent to(Extent last) {
        return new Extent(source, startOffset, last.endOffset);
    }

    /** An empty extent on the character before this one (pwsh's Parser.Before). */
    public Extent before() {
        int offset = Math.max(0, startOffset - 1);
        return new Extent(source, offset, offset);
    }

    /** An empty extent just after this one, where something is missing. */
    public Extent after() {
        return new Extent(source, endOffset, endOffset);
    }

    /**
     * The position message PowerShell puts in errors (PositionUtilities.VerboseMessage):
     * <pre>
     * At line:1 char:4
     * + 1 +
     * +    ~
     * </pre>
     */
    public String positionMessage() {
        int line = startLine();
        int column = startColumn();
        String where = "At " + (file() == null ? "line" : file()) + ":" + line + " char:" + column;
        String sourceLine = source.line(line).stripTrailing();
        if (sourceLine.isEmpty()) {
            return where + "\n+ ";
        }
        int before = column - 1;
        int length = line == endLine() && endColumn() <= sourceLine.length() + 1
                ? endColumn() - column
                : sourceLine.length() - column + 1;
        if (sourceLine.indexOf('\t') >= 0) {
            String head = sourceLine.substring(0, Math.min(before, sourceLine.length())).replace("\t", "    ");
            String marked = sourceLine.substring(Math.min(before, sourceLine.length()),
                    Math.min(before + Math.max(length, 0), sourceLine.length())).replace("\t", "    ");
            sourceLine = sourceLine.replace("\t", "    ");
            before = head.length();
            length = marked.length();
        }
        return where + "\n+ " + PositionLine.fit(sourceLine, before, length);
    }
}
