package org.jposh.grammar;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.jposh.grammar.ast.ScriptSource;

/** Turns the first character the lexer cannot use into PowerShell's error for it. */
final class LexerErrorListener extends BaseErrorListener {
    private final ScriptSource source;

    LexerErrorListener(ScriptSource source) {
        this.source = source;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        Lexer lexer = (Lexer) recognizer;
        int start = lexer._tokenStartCharIndex;
        String text = source.text();
        char c = start < text.length() ? text.charAt(start) : ' ';
        if (c == '"' || c == '\'') {
            throw new ParseException(new ParseError(source.extent(start, text.length()),
                    "TerminatorExpectedAtEndOfString",
                    String.format(ParserStrings.TERMINATOR_EXPECTED_AT_END_OF_STRING, c)));
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        throw new ParseException(new ParseError(source.extent(start, Math.max(end, start + 1)), "UnexpectedToken",
                String.format(ParserStrings.UNEXPECTED_TOKEN, text.substring(start, Math.max(end, start + 1)))));
    }
}
