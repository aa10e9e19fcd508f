package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jposh.grammar.ScriptParser;
import org.jposh.grammar.ast.AstSearcher;
import org.jposh.grammar.ast.ScriptBlockAst;
import org.jposh.grammar.ast.ScriptSource;
import org.jposh.grammar.ast.UsingExpressionAst;
import org.jposh.grammar.ast.VariableExpressionAst;
import org.jposh.grammar.ast.VariablePath;

/**
 * {@code $using:} values as pwsh 5 and later pass them: the caller evaluates each using expression of
 * the block in its own scope and sends a dictionary from the expression's key to its value; the block
 * runs elsewhere (a remote session, a job) where each {@code $using:} expression reads its key.
 * pwsh sends the dictionary as a parameter named {@code --%} of the script (PSRemotingCmdlet,
 * VariableOps.GetUsingValue), which is what lets a JPosh client talk to a pwsh server and back.
 */
public final class UsingExpressions {
    /** The parameter name pwsh gives the dictionary (Parser.VERBATIM_ARGUMENT). */
    public static final String PARAMETER_NAME = "--%";

    private static final Pattern USING_PREFIX = Pattern.compile("^\\$(\\{?)using:", Pattern.CASE_INSENSITIVE);

    private UsingExpressions() {
    }

    /**
     * pwsh's key of a using expression (PsUtils.GetUsingExpressionKey): the base64 of the UTF-16LE bytes of
     * its text, lower-cased when it is a plain variable (variable names ignore case, indexes may not).
     */
    public static String key(UsingExpressionAst ast) {
        String text = ast.extent().text();
        if (ast.subExpression() instanceof VariableExpressionAst) {
            text = text.toLowerCase(Locale.ROOT);
        }
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_16LE));
    }

    /**
     * The values of the block's using expressions (nested blocks included), evaluated in the current
     * scope of {@code state}, by key in source order. A variable that does not exist is an error, as pwsh
     * makes it; so is an environment variable that does not exist, which pwsh silently sends as $null.
     */
    @TruffleBoundary
    public static Map<String, Object> collect(ScriptBlock block, SessionState state) {
        ScriptBlockAst ast = ScriptParser.parse(new ScriptSource(null, block.toString()));
        Map<String, Object> values = new LinkedHashMap<>();
        for (UsingExpressionAst using : AstSearcher.findAll(ast, UsingExpressionAst.class)) {
            String key = key(using);
            if (!values.containsKey(key)) {
                values.put(key, evaluate(using, state));
            }
        }
        return values;
    }

    private static Object evaluate(UsingExpressionAst using, SessionState state) {
        String localText = USING_PREFIX.matcher(using.extent().text()).replaceFirst("\\$$1");
        if (using.subExpression() instanceof VariableExpressionAst) {
            VariablePath path = VariablePath.parse(localText.substring(1).replace("{", "").replace("}", ""));
            if (path.drive() == null) {
                if (!state.currentScope().exists(path.name())) {
                    throw undefined(path);
                }
                return state.currentScope().get(path.name());
            }
            if (path.drive().equalsIgnoreCase("env")) {
                String value = state.getEnvironmentVariable(path.name());
                if (value == null) {
                    throw undefined(path);
                }
                return value;
            }
        }
        // A member or index of a variable, or a scope-qualified variable: evaluated as written. The
        // unary comma keeps a collection whole through the output pipe.
        CollectingPipe output = new CollectingPipe();
        ScriptBlock.create(",(" + localText + ")").invokeDotSourced(null, null, output);
        Object[] items = output.toArray();
        return items.length == 0 ? null : items[0];
    }

    private static PSRuntimeException undefined(VariablePath path) {
        return new PSRuntimeException("UsingVariableIsUndefined", ErrorCategory.InvalidOperation,
                "The value of the using variable '$using:" + path.userPath()
                        + "' cannot be retrieved because it has not been set in the local session.");
    }

    /** What {@code $using:} reads outside a remote or job invocation: pwsh's error. */
    public static PSRuntimeException withoutInvokeCommand() {
        return new PSRuntimeException("UsingWithoutInvokeCommand", ErrorCategory.InvalidOperation,
                "A Using variable cannot be retrieved. A Using variable can be used only with Invoke-Command, Start-Job, "
                        + "or InlineScript in the script workflow. When it is used with Invoke-Command, the Using "
                        + "variable is valid only if the script block is invoked on a remote computer.");
    }
}
