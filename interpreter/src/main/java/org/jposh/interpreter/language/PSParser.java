package org.jposh.interpreter.language;

import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT_ARRAY;
import static org.jposh.interpreter.runtime.CoreTypes.PS_REFERENCE;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jposh.grammar.ParseException;
import org.jposh.grammar.ScriptParser;
import org.jposh.grammar.ScriptTokens;
import org.jposh.grammar.ast.Extent;
import org.jposh.grammar.ast.ScriptSource;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSReference;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.PSParser, PowerShell 2's tokenizer API that older tools still call:
 * {@code [PSParser]::Tokenize($script, [ref]$errors)} gives PSTokens (Content, Type, Start, Length, lines and
 * columns) from the same tokens {@code Parser.ParseInput} lists, typed as pwsh's PSToken.GetPSTokenType types them,
 * and the parse errors as PSParseErrors (JPosh's parser reports the first).
 */
public final class PSParser {
    private static final String SMA = "System.Management.Automation";
    public static final DotNetType TYPE = registered(CoreTypes.define(SMA, "PSParser", null, PSParser::define));
    public static final DotNetType TOKEN_TYPE = registered(CoreTypes.defineEnum(SMA, "PSTokenType", false, "Unknown",
            "Command", "CommandParameter", "CommandArgument", "Number", "String", "Variable", "Member", "LoopLabel",
            "Attribute", "Type", "Operator", "GroupStart", "GroupEnd", "Keyword", "Comment", "StatementSeparator",
            "NewLine", "LineContinuation", "Position"));
    private static final DotNetType TOKEN = registered(CoreTypes.define(SMA, "PSToken", PSToken.class,
            PSParser::defineToken));
    private static final DotNetType PARSE_ERROR = registered(CoreTypes.define(SMA, "PSParseError", PSParseError.class,
            PSParser::defineParseError));

    private static final Set<String> GROUP_STARTS = Set.of("LParen", "LCurly", "AtParen", "AtCurly", "DollarParen");
    private static final Set<String> KEYWORDS = Set.of("Begin", "Break", "Catch", "Class", "Continue", "Data", "Define",
            "Do", "Dynamicparam", "Else", "ElseIf", "End", "Exit", "Filter", "Finally", "For", "Foreach", "From",
            "Function", "If", "In", "Param", "Process", "Return", "Switch", "Throw", "Trap", "Try", "Until", "Using",
            "Var", "While", "Workflow", "Parallel", "Sequence", "InlineScript", "Configuration", "Public", "Private",
            "Static", "Interface", "Enum", "Namespace", "Module", "Type", "Assembly", "Command", "Hidden", "Base",
            "Default", "Clean");

    private PSParser() {
    }

    private static DotNetType registered(DotNetType type) {
        CoreTypes.register(type);
        return type;
    }

    /** A token as PSParser gives it. */
    public record PSToken(String content, int type, Extent extent) implements DotNetTyped {
        @Override
        public DotNetType dotNetType() {
            return TOKEN;
        }

        @Override
        public String toString() {
            return "System.Management.Automation.PSToken";
        }
    }

    /** A parse error as PSParser gives it: the message and a token at its position. */
    public record PSParseError(PSToken token, String message) implements DotNetTyped {
        @Override
        public DotNetType dotNetType() {
            return PARSE_ERROR;
        }

        @Override
        public String toString() {
            return "System.Management.Automation.PSParseError";
        }
    }

    private static void define(TypeAdapter.Builder b) {
        b.staticMethod("Tokenize", CoreTypes.OBJECT, (t, a) -> tokenize(text(a[0]), (PSReference) a[1]),
                param("script", STRING), param("errors", PS_REFERENCE));
        b.staticMethod("Tokenize", CoreTypes.OBJECT, (t, a) -> tokenize(lines((Object[]) a[0]), (PSReference) a[1]),
                param("script", OBJECT_ARRAY), param("errors", PS_REFERENCE));
    }

    private static void defineToken(TypeAdapter.Builder b) {
        b.property("Content", STRING, t -> ((PSToken) t).content());
        b.property("Type", TOKEN_TYPE, t -> new EnumValue(TOKEN_TYPE, ((PSToken) t).type()));
        b.property("Start", INT32, t -> ((PSToken) t).extent().startOffset());
        b.property("Length", INT32, t -> ((PSToken) t).extent().endOffset() - ((PSToken) t).extent().startOffset());
        b.property("StartLine", INT32, t -> ((PSToken) t).extent().startLine());
        b.property("StartColumn", INT32, t -> ((PSToken) t).extent().startColumn());
        b.property("EndLine", INT32, t -> ((PSToken) t).extent().endLine());
        b.property("EndColumn", INT32, t -> ((PSToken) t).extent().endColumn());
    }

    private static void defineParseError(TypeAdapter.Builder b) {
        b.property("Token", TOKEN, e -> ((PSParseError) e).token());
        b.property("Message", STRING, e -> ((PSParseError) e).message());
    }

    private static String text(Object script) {
        if (script == null) {
            throw DotNetException.argumentNull("script");
        }
        return (String) script;
    }

    /** The lines of a script given as an array of lines, joined as pwsh joins them. */
    private static String lines(Object[] script) {
        if (script == null) {
            throw DotNetException.argumentNull("script");
        }
        StringBuilder text = new StringBuilder();
        for (Object line : script) {
            text.append(line == null ? "" : LanguagePrimitives.toStringValue(line)).append('\n');
        }
        return text.toString();
    }

    private static Object tokenize(String script, PSReference errors) {
        ScriptSource source = new ScriptSource(null, script);
        List<PSParseError> found = new ArrayList<>();
        try {
            ScriptParser.parse(source);
        } catch (ParseException e) {
            Extent at = e.error().extent();
            found.add(new PSParseError(new PSToken(at.text(), 19, at), e.error().message()));
        }
        if (errors != null) {
            errors.setValue(found.toArray());
        }
        List<Object> tokens = new ArrayList<>();
        for (ScriptTokens.Token token : ScriptTokens.tokens(source)) {
            if (!token.kind().equals("EndOfInput")) {
                tokens.add(new PSToken(content(token), type(token), token.extent()));
            }
        }
        return tokens.toArray();
    }

    /** pwsh's PSToken.GetPSTokenType: a word's role first, then its kind. */
    private static int type(ScriptTokens.Token token) {
        if (token.role() != null) {
            return switch (token.role()) {
                case COMMAND -> 1;
                case MEMBER -> 7;
                default -> 10;
            };
        }
        String kind = token.kind();
        return switch (kind) {
            case "Variable", "SplattedVariable" -> 6;
            case "Parameter" -> 2;
            case "Number" -> 4;
            case "Label" -> 8;
            case "Identifier", "Generic" -> 3;
            case "NewLine" -> 17;
            case "LineContinuation" -> 18;
            case "Comment" -> 15;
            case "StringLiteral", "StringExpandable", "HereStringLiteral", "HereStringExpandable" -> 5;
            case "RParen", "RCurly" -> 13;
            case "Semi" -> 16;
            case "Unknown" -> 0;
            default -> GROUP_STARTS.contains(kind) ? 12 : KEYWORDS.contains(kind) ? 14 : 11;
        };
    }

    /** A string's value without its quotes (doubled single quotes undone), a variable's name, else the text. */
    private static String content(ScriptTokens.Token token) {
        String text = token.text();
        return switch (token.kind()) {
            case "StringLiteral" -> text.substring(1, text.length() - 1).replace("''", "'");
            case "StringExpandable" -> text.substring(1, text.length() - 1);
            case "HereStringLiteral", "HereStringExpandable" -> hereStringBody(text);
            case "Variable", "SplattedVariable" -> text.substring(text.startsWith("${") ? 2 : 1,
                    text.length() - (text.startsWith("${") ? 1 : 0));
            default -> text;
        };
    }

    private static String hereStringBody(String text) {
        int start = text.indexOf('\n') + 1;
        int end = text.lastIndexOf('\n');
        return start <= 0 || end < start ? "" : text.substring(start, end > 0 && text.charAt(end - 1) == '\r'
                ? end - 1 : end);
    }
}
