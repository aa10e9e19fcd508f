package org.jposh.grammar;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.jposh.grammar.ast.ScriptSource;

/**
 * Stops at the first syntax error and words it as PowerShell's parser does ({@link SyntaxErrors}); pwsh reports
 * its first error too, and ANTLR-style recovery would only invent later ones.
 */
final class PowerShellErrorStrategy extends DefaultErrorStrategy {
    private final ScriptSource source;

    PowerShellErrorStrategy(ScriptSource source) {
        this.source = source;
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw describe(recognizer, e);
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        throw SyntaxErrors.describe(source, recognizer.getContext(), recognizer.getCurrentToken());
    }

    @Override
    public void sync(Parser recognizer) {
        // No resynchronisation: the first error is the one reported.
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        throw describe(recognizer, e);
    }

    private ParseException describe(Parser recognizer, RecognitionException e) {
        ParserRuleContext context = e.getCtx() instanceof ParserRuleContext c ? c : recognizer.getContext();
        return SyntaxErrors.describe(source, context, e.getOffendingToken());
    }
}
