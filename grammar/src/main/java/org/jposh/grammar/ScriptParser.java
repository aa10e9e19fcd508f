package org.jposh.grammar;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.jposh.grammar.ast.ScriptBlockAst;
import org.jposh.grammar.ast.ScriptSource;

/** Parses PowerShell script text into a {@link ScriptBlockAst}. */
public final class ScriptParser {
    private ScriptParser() {
    }

    /**
     * Parses a whole script.
     *
     * @throws ParseException with the first error, positioned and worded as PowerShell reports it
     */
    public static ScriptBlockAst parse(ScriptSource source) {
        String text = source.text();
        int bom = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        PowerShellLexer lexer = new PowerShellLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new LexerErrorListener(source));
        if (bom == 1) {
            lexer.getInputStream().consume();
        }
        PowerShellParser parser = new PowerShellParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.setErrorHandler(new PowerShellErrorStrategy(source));
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        return new AstBuilder(source).build(parser.script());
    }
}
