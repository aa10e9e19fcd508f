package org.jposh.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.jposh.grammar.ast.ExpressionAst;
import org.jposh.grammar.ast.ScriptBlockAst;
import org.jposh.grammar.ast.ScriptRequirements;
import org.jposh.grammar.ast.ScriptSource;

/** Parses PowerShell script text into a {@link ScriptBlockAst}. */
public final class ScriptParser {
    private final ScriptSource source;

    private ScriptParser(ScriptSource source) {
        this.source = source;
    }

    /**
     * Parses a whole script (a byte order mark at its start is skipped).
     *
     * @throws ParseException with the first error, positioned and worded as PowerShell reports it
     */
    public static ScriptBlockAst parse(ScriptSource source) {
        try {
            return new ScriptParser(source).parseScript();
        } catch (StackOverflowError e) {
            // As pwsh does: parse once more on a thread of its own (with a large stack), then give up.
            return parseOnLargeStack(source);
        }
    }

    private static final long LARGE_STACK = 512L << 20;

    private static ScriptBlockAst parseOnLargeStack(ScriptSource source) {
        ScriptBlockAst[] result = new ScriptBlockAst[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = new ScriptParser(source).parseScript();
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (StackOverflowError e) {
                failure[0] = Errors.error(source.extent(0, 0), "ScriptTooComplicated");
            }
        }, "jposh-parser", LARGE_STACK);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }

    private ScriptBlockAst parseScript() {
        char[] text = source.text().toCharArray();
        Tokenizer tokenizer = new Tokenizer(source, text, null, this::parseSubExpression);
        if (text.length > 0 && text[0] == '\uFEFF') {
            tokenizer.pos = 1;
        }
        List<int[]> requires = new ArrayList<>();
        PowerShellParser parser = parser(new PowerShellLexer(source, tokenizer, requires,
                PowerShellLexer.State.STATEMENT));
        ScriptBlockAst script = new AstBuilder(source).script(parser.script(), null);
        ScriptRequirements requirements = Requirements.of(source, requires, this);
        if (requirements == null) {
            return script;
        }
        return new ScriptBlockAst(script.extent(), script.usingStatements(), script.paramBlock(), script.beginBlock(),
                script.processBlock(), script.endBlock(), script.cleanBlock(), script.dynamicParamBlock(), requirements);
    }

    /** The {@code $( )} of an expandable string: its text, where each character of it is in the script. */
    private ExpressionAst parseSubExpression(char[] text, int[] origin) {
        Tokenizer tokenizer = new Tokenizer(source, text, origin, this::parseSubExpression);
        PowerShellParser parser = parser(new PowerShellLexer(source, tokenizer, null, PowerShellLexer.State.OPERAND));
        return new AstBuilder(source).subExpression(parser.subExpressionOnly().subExpression());
    }

    /** Parses one {@code #requires} line (without its '#') as the command it is written as. */
    PowerShellParser.ScriptContext parseRequiresLine(int start, int end) {
        char[] text = source.text().substring(start, end).toCharArray();
        int[] origin = new int[text.length + 1];
        for (int i = 0; i <= text.length; i++) {
            origin[i] = start + i;
        }
        Tokenizer tokenizer = new Tokenizer(source, text, origin, this::parseSubExpression);
        return parser(new PowerShellLexer(source, tokenizer, null, PowerShellLexer.State.STATEMENT)).script();
    }

    private PowerShellParser parser(PowerShellLexer lexer) {
        PowerShellParser parser = new PowerShellParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.setErrorHandler(new PowerShellErrorStrategy(source));
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        return parser;
    }
}
