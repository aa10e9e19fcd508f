package org.jposh.grammar;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.jposh.grammar.ast.Extent;
import org.jposh.grammar.ast.ScriptSource;

/**
 * Stops at the first syntax error and words it as PowerShell's parser does, from what was expected
 * and what came instead. PowerShell's parser does not recover into ANTLR-style guesses either.
 */
final class PowerShellErrorStrategy extends DefaultErrorStrategy {
    private final ScriptSource source;

    PowerShellErrorStrategy(ScriptSource source) {
        this.source = source;
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw describe(recognizer, e.getOffendingToken());
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        throw describe(recognizer, recognizer.getCurrentToken());
    }

    @Override
    public void sync(Parser recognizer) {
        // No resynchronisation: the first error is the one reported.
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (!(e instanceof InputMismatchException)) {
            throw describe(recognizer, e.getOffendingToken());
        }
    }

    private ParseException describe(Parser recognizer, Token offending) {
        TokenStream tokens = recognizer.getInputStream();
        Token previous = previousVisible(tokens, offending.getTokenIndex());
        boolean atEnd = offending.getType() == Token.EOF || offending.getType() == PowerShellLexer.NEWLINE;
        if (previous != null && isBinaryOperator(previous.getType()) && (atEnd || !startsValue(offending))) {
            Extent after = source.extent(previous.getStopIndex() + 1, previous.getStopIndex() + 1);
            return error(after, "ExpectedValueExpression",
                    String.format(ParserStrings.EXPECTED_VALUE_EXPRESSION, previous.getText()));
        }
        if (expectsClosingParen(recognizer) && (atEnd || offending.getType() != PowerShellLexer.RPAREN)) {
            int at = previous == null ? offending.getStartIndex() : previous.getStopIndex() + 1;
            return error(source.extent(at, at), "MissingEndParenthesisInExpression",
                    ParserStrings.MISSING_END_PARENTHESIS_IN_EXPRESSION);
        }
        if (previous != null && previous.getType() == PowerShellLexer.ASSIGN && atEnd) {
            Extent after = source.extent(previous.getStopIndex() + 1, previous.getStopIndex() + 1);
            return error(after, "MissingExpressionAfterToken",
                    String.format(ParserStrings.MISSING_EXPRESSION_AFTER_TOKEN, previous.getText()));
        }
        int start = offending.getStartIndex();
        int stop = Math.max(offending.getStopIndex() + 1, start);
        String text = offending.getType() == Token.EOF ? "" : offending.getText();
        return error(source.extent(start, stop), "UnexpectedToken", String.format(ParserStrings.UNEXPECTED_TOKEN, text));
    }

    private static ParseException error(Extent extent, String id, String message) {
        return new ParseException(new ParseError(extent, id, message));
    }

    private static Token previousVisible(TokenStream tokens, int index) {
        for (int i = index - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != PowerShellLexer.NEWLINE) {
                return t;
            }
        }
        return null;
    }

    private static boolean isBinaryOperator(int type) {
        return type == PowerShellLexer.PLUS || type == PowerShellLexer.MINUS || type == PowerShellLexer.STAR
                || type == PowerShellLexer.SLASH || type == PowerShellLexer.PERCENT;
    }

    private static boolean startsValue(Token t) {
        int type = t.getType();
        return type == PowerShellLexer.NUMBER || type == PowerShellLexer.VARIABLE || type == PowerShellLexer.STRING_SQ
                || type == PowerShellLexer.STRING_DQ || type == PowerShellLexer.LPAREN;
    }

    private static boolean expectsClosingParen(Parser recognizer) {
        return recognizer.getExpectedTokens().contains(PowerShellLexer.RPAREN)
                && recognizer.getContext() instanceof PowerShellParser.ParenExpressionContext;
    }
}
