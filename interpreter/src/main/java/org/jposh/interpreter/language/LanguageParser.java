package org.jposh.interpreter.language;

import static org.jposh.interpreter.runtime.CoreTypes.PS_REFERENCE;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jposh.grammar.ParseError;
import org.jposh.grammar.ParseException;
import org.jposh.grammar.ScriptParser;
import org.jposh.grammar.ScriptTokens;
import org.jposh.grammar.ast.Extent;
import org.jposh.grammar.ast.NamedBlockAst;
import org.jposh.grammar.ast.ScriptBlockAst;
import org.jposh.grammar.ast.ScriptSource;
import org.jposh.grammar.ast.TokenKind;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.PSReference;
import org.jposh.interpreter.runtime.PoshParseError;
import org.jposh.interpreter.runtime.ProcessEnvironment;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.Language.Parser: {@code ParseInput} and {@code ParseFile} give a script's AST, its
 * tokens and its parse errors, as tools (linters, documentation generators) call them.
 *
 * <p>pwsh's parser recovers from errors and reports all of them with a tree of what it could read. JPosh's stops
 * at the first: the errors are that one, and the tree is the whole text as a script block with no statements. Once
 * the syntax is read, the checks pwsh's parser makes next ({@code using module} finds its module, a block's types
 * have distinct names) report their first error with the tree.
 */
public final class LanguageParser {
    public static final DotNetType TYPE = CoreTypes.define(AstTypes.NAMESPACE, "Parser", null, LanguageParser::define);

    private LanguageParser() {
    }

    private static void define(TypeAdapter.Builder b) {
        b.staticMethod("ParseInput", AstTypes.typeOf(ScriptBlockAst.class),
                (t, a) -> parse(new ScriptSource(null, text(a[0], "input")), (PSReference) a[1],
                        (PSReference) a[2]),
                param("input", STRING), param("tokens", PS_REFERENCE), param("errors", PS_REFERENCE));
        b.staticMethod("ParseInput", AstTypes.typeOf(ScriptBlockAst.class),
                (t, a) -> parse(new ScriptSource((String) a[1], text(a[0], "input")), (PSReference) a[2],
                        (PSReference) a[3]),
                param("input", STRING), param("fileName", STRING), param("tokens", PS_REFERENCE),
                param("errors", PS_REFERENCE));
        b.staticMethod("ParseFile", AstTypes.typeOf(ScriptBlockAst.class),
                (t, a) -> parseFile(text(a[0], "fileName"), (PSReference) a[1], (PSReference) a[2]),
                param("fileName", STRING), param("tokens", PS_REFERENCE), param("errors", PS_REFERENCE));
    }

    private static String text(Object value, String parameter) {
        if (value == null) {
            throw DotNetException.argumentNull(parameter);
        }
        return (String) value;
    }

    private static AstValue parseFile(String fileName, PSReference tokens, PSReference errors) {
        Path file = ProcessEnvironment.resolve(fileName);
        ScriptSource source;
        try {
            source = ScriptSource.read(file);
        } catch (IOException e) {
            // As pwsh: no exception, a FileReadError and an empty script.
            String reason = e instanceof NoSuchFileException ? "Could not find file '" + file + "'." : e.getMessage();
            ScriptSource empty = new ScriptSource(null, "");
            ParseError error = new ParseError(empty.extent(0, 0), "FileReadError",
                    "The file could not be read: " + reason + ".");
            return result(empty(empty), new ScriptTokens.Token[0], new ParseError[] {error}, tokens, errors);
        }
        return parse(source, tokens, errors);
    }

    private static AstValue parse(ScriptSource source, PSReference tokens, PSReference errors) {
        ScriptBlockAst ast;
        ParseError[] found = null;
        try {
            ast = ScriptParser.parse(source);
        } catch (ParseException e) {
            ast = empty(source);
            found = new ParseError[] {e.error()};
        }
        if (found == null) {
            try {
                PoshContext.get(null).language().checkSymbols(ast);
                found = new ParseError[0];
            } catch (PoshParseError e) {
                found = new ParseError[] {e.error()};
            }
        }
        List<ScriptTokens.Token> list = tokens == null ? List.of() : ScriptTokens.tokens(source);
        return result(ast, list.toArray(ScriptTokens.Token[]::new), found, tokens, errors);
    }

    private static AstValue result(ScriptBlockAst ast, ScriptTokens.Token[] tokenArray, ParseError[] errorArray,
                                   PSReference tokens, PSReference errors) {
        if (tokens != null) {
            tokens.setValue(tokenArray);
        }
        if (errors != null) {
            errors.setValue(errorArray);
        }
        return AstValue.root(ast);
    }

    /** What a script that does not parse is: its whole text, with no statements. */
    private static ScriptBlockAst empty(ScriptSource source) {
        Extent all = source.extent(0, source.text().length());
        return new ScriptBlockAst(all, List.of(), null, null, null,
                new NamedBlockAst(all, TokenKind.END, true, List.of(), List.of()), null, null, null);
    }
}
