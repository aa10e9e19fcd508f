package org.jposh.grammar;

import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.jposh.grammar.ast.ExpressionAst;
import org.jposh.grammar.ast.VariablePath;

/**
 * A token with what PowerShell's tokenizer knows about it beyond its text: the value of a string or bare word
 * (escapes applied), a number's value, a variable's path, a parameter's name, the parts of an expandable string.
 * Offsets are into the whole script, also for tokens of a nested scan (the inside of a string's {@code $( )}).
 */
final class PsToken extends CommonToken {
    private final String script;
    /** The string value, bare word, parameter name (no dash or colon), label or identifier. */
    String value;
    /** The value of a NUMBER token. */
    Object number;
    /** A VARIABLE or SPLATTED_VARIABLE's path. */
    VariablePath variablePath;
    /** The variables and subexpressions of an expandable string or bare word, or null when there are none. */
    List<ExpressionAst> nested;
    /** An expandable string as a .NET format string, {@code {0}} standing for the first nested expression. */
    String format;
    /** For redirections: the streams, and whether a file redirection appends. */
    int fromStream;
    int toStream;
    boolean append;

    PsToken(String script, int type, int start, int end, int line, int column) {
        super(type);
        this.script = script;
        setStartIndex(start);
        setStopIndex(end - 1);
        setLine(line);
        setCharPositionInLine(column);
    }

    /** The end offset, exclusive. */
    int end() {
        return getStopIndex() + 1;
    }

    @Override
    public String getText() {
        if (getType() == EOF) {
            return "<EOF>";
        }
        return script.substring(getStartIndex(), end());
    }
}
