package org.jposh.grammar;

import java.util.ArrayList;
import java.util.List;
import org.jposh.grammar.ast.Extent;
import org.jposh.grammar.ast.PowerShellNames;
import org.jposh.grammar.ast.ScriptSource;

import static org.jposh.grammar.PowerShellParser.*;

/**
 * A script cut into tokens: pwsh's token list ({@link #tokens}, what {@code Parser.ParseInput} returns), and
 * classified spans for syntax highlighting ({@link #of}), as PSReadLine colours its input:
 * commands, parameters, strings, variables, numbers, operators, comments, keywords, type names and
 * members, each decided by the same lexer the parser uses (so {@code -eq} is an operator and
 * {@code -Path} a parameter, and the first word of a pipeline element is a command). Text the
 * tokenizer cannot read (an unterminated string) is left unclassified from there on.
 */
public final class ScriptTokens {
    public enum Kind { COMMAND, PARAMETER, STRING, VARIABLE, NUMBER, OPERATOR, COMMENT, KEYWORD, TYPE, MEMBER }

    /** The characters [start, end) of the script are of this kind. */
    public record Span(int start, int end, Kind kind) {
    }

    private ScriptTokens() {
    }

    /**
     * A token as pwsh's {@code Parser.ParseInput} lists it: where it is and the name of its TokenKind
     * ({@code Generic}, {@code Variable}, {@code Ieq}, {@code If}, {@code Comment}, {@code NewLine}...), and the role
     * pwsh's TokenFlags give a word ({@link Kind#COMMAND} for a command name, {@link Kind#MEMBER}, {@link Kind#TYPE});
     * null for none.
     */
    public record Token(Extent extent, String kind, Kind role) {
        public String text() {
            return extent.text();
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** What {@link #scan} reports: a token the lexer read, or a comment between tokens. */
    private interface Sink {
        void token(org.antlr.v4.runtime.Token token, int previousType, boolean commandExpected);

        void comment(int start, int end);
    }

    /** The classified spans in order; text between them (white space, unknown words) has none. */
    public static List<Span> of(String script) {
        List<Span> spans = new ArrayList<>();
        scan(new ScriptSource(null, script), new Sink() {
            @Override
            public void token(org.antlr.v4.runtime.Token token, int previousType, boolean commandExpected) {
                Kind kind = kind(token.getType(), previousType, commandExpected);
                if (kind != null) {
                    spans.add(new Span(token.getStartIndex(), token.getStopIndex() + 1, kind));
                }
            }

            @Override
            public void comment(int start, int end) {
                spans.add(new Span(start, end, Kind.COMMENT));
            }
        });
        return spans;
    }

    /**
     * The tokens of a script with pwsh's kinds, comments and newlines included, ending with EndOfInput. Where the
     * tokenizer cannot go on (an unterminated string) the list stops there, with EndOfInput.
     */
    public static List<Token> tokens(ScriptSource source) {
        List<Token> tokens = new ArrayList<>();
        scan(source, new Sink() {
            @Override
            public void token(org.antlr.v4.runtime.Token token, int previousType, boolean commandExpected) {
                Kind role = kind(token.getType(), previousType, commandExpected);
                tokens.add(new Token(source.extent(token.getStartIndex(), token.getStopIndex() + 1),
                        powerShellKind((PsToken) token), role == Kind.COMMAND || role == Kind.MEMBER
                        || role == Kind.TYPE ? role : null));
            }

            @Override
            public void comment(int start, int end) {
                tokens.add(new Token(source.extent(start, end), "Comment", null));
            }
        });
        int end = source.text().length();
        tokens.add(new Token(source.extent(end, end), "EndOfInput", null));
        return tokens;
    }

    private static void scan(ScriptSource source, Sink sink) {
        char[] text = source.text().toCharArray();
        Tokenizer tokenizer = new Tokenizer(source, text, null, (nested, origin) -> null);
        PowerShellLexer lexer = new PowerShellLexer(source, tokenizer, null, PowerShellLexer.State.STATEMENT);
        int previousEnd = 0;
        int previousType = NEWLINE;
        try {
            while (true) {
                boolean commandExpected = expectsCommand(lexer.state());
                org.antlr.v4.runtime.Token token = lexer.nextToken();
                if (token.getType() == org.antlr.v4.runtime.Token.EOF) {
                    break;
                }
                int start = token.getStartIndex();
                int end = token.getStopIndex() + 1;
                if (end <= start) {
                    continue;
                }
                comments(text, previousEnd, start, sink);
                sink.token(token, previousType, commandExpected);
                previousEnd = end;
                previousType = token.getType();
            }
        } catch (ParseException e) {
            return;
        }
        comments(text, previousEnd, text.length, sink);
    }

    /** pwsh's keyword token kinds; a keyword token's kind is the one its text names. */
    private static final String[] KEYWORD_KINDS = {"Begin", "Break", "Catch", "Class", "Continue", "Data", "Define",
        "Do", "Dynamicparam", "Else", "ElseIf", "End", "Exit", "Filter", "Finally", "For", "Foreach", "From",
        "Function", "If", "In", "Param", "Process", "Return", "Switch", "Throw", "Trap", "Try", "Until", "Using", "Var",
        "While", "Workflow", "Parallel", "Sequence", "InlineScript", "Configuration", "Public", "Private", "Static",
        "Interface", "Enum", "Namespace", "Module", "Type", "Assembly", "Command", "Hidden", "Base", "Default",
        "Clean"};

    private static String powerShellKind(PsToken token) {
        int type = token.getType();
        if (type >= IF && type <= BLOCK_KEYWORD) {
            for (String keyword : KEYWORD_KINDS) {
                if (keyword.equalsIgnoreCase(token.getText())) {
                    return keyword;
                }
            }
            return "Identifier";
        }
        return switch (type) {
            case GENERIC, VERBATIM_ARGUMENT, ASSEMBLY_NAME -> "Generic";
            case IDENTIFIER, TYPE_NAME -> "Identifier";
            case VARIABLE -> "Variable";
            case SPLATTED_VARIABLE -> "SplattedVariable";
            case PARAMETER, PARAMETER_COLON, SWITCH_FILE_PARAMETER, THROTTLE_LIMIT_PARAMETER -> "Parameter";
            case NUMBER -> "Number";
            case LABEL -> "Label";
            case NEWLINE -> "NewLine";
            case STRING_LITERAL -> "StringLiteral";
            case STRING_EXPANDABLE -> "StringExpandable";
            case HERE_STRING_LITERAL -> "HereStringLiteral";
            case HERE_STRING_EXPANDABLE -> "HereStringExpandable";
            case LPAREN, INVOKE_LPAREN -> "LParen";
            case RPAREN -> "RParen";
            case LCURLY, INVOKE_LCURLY -> "LCurly";
            case RCURLY -> "RCurly";
            case LBRACKET, INDEX_LBRACKET, ATTRIBUTE_LBRACKET, PARAM_ATTRIBUTE_LBRACKET -> "LBracket";
            case RBRACKET -> "RBracket";
            case QUESTION_LBRACKET -> "QuestionLBracket";
            case AT_PAREN -> "AtParen";
            case AT_CURLY -> "AtCurly";
            case DOLLAR_PAREN -> "DollarParen";
            case SEMI -> "Semi";
            case ANDAND -> "AndAnd";
            case OROR -> "OrOr";
            case AMPERSAND -> "Ampersand";
            case PIPE -> "Pipe";
            case COMMA, UNARY_COMMA -> "Comma";
            case MINUSMINUS, POSTFIX_MINUSMINUS -> "MinusMinus";
            case PLUSPLUS, POSTFIX_PLUSPLUS -> "PlusPlus";
            case DOTDOT -> "DotDot";
            case COLONCOLON -> "ColonColon";
            case DOT, DOT_SOURCE -> "Dot";
            case QUESTION_DOT -> "QuestionDot";
            case EXCLAIM -> "Exclaim";
            case STAR -> "Multiply";
            case SLASH -> "Divide";
            case PERCENT -> "Rem";
            case PLUS, UNARY_PLUS -> "Plus";
            case MINUS, UNARY_MINUS -> "Minus";
            case EQUALS -> "Equals";
            case ASSIGN_OP -> PowerShellNames.of(AstBuilder.assignmentOperator(token));
            case FILE_REDIRECTION, MERGING_REDIRECTION -> "Redirection";
            case INPUT_REDIRECTION -> "RedirectInStd";
            case FORMAT -> "Format";
            case QUESTION -> "QuestionMark";
            case COLON -> "Colon";
            case QUESTION_QUESTION -> "QuestionQuestion";
            case COMPARE_OP, SPLIT_OP, UNARY_SPLIT, JOIN_OP, UNARY_JOIN, BITWISE_OP, LOGICAL_OP, NOT_OP, BNOT_OP ->
                    PowerShellNames.of(org.jposh.grammar.ast.TokenKind.valueOf(token.value));
            default -> "Unknown";
        };
    }

    private static boolean expectsCommand(PowerShellLexer.State state) {
        return state == PowerShellLexer.State.STATEMENT || state == PowerShellLexer.State.STATEMENT_END
                || state == PowerShellLexer.State.PIPELINE || state == PowerShellLexer.State.PIPELINE_OPTIONAL
                || state == PowerShellLexer.State.COMMAND_NAME;
    }

    private static Kind kind(int type, int previousType, boolean commandExpected) {
        if (type == GENERIC || type == IDENTIFIER) {
            if (previousType == DOT || previousType == COLONCOLON || previousType == QUESTION_DOT) {
                return Kind.MEMBER;
            }
            return commandExpected ? Kind.COMMAND : null;
        }
        if (type == STRING_LITERAL || type == STRING_EXPANDABLE || type == HERE_STRING_LITERAL
                || type == HERE_STRING_EXPANDABLE || type == VERBATIM_ARGUMENT) {
            return Kind.STRING;
        }
        if (type == VARIABLE || type == SPLATTED_VARIABLE) {
            return Kind.VARIABLE;
        }
        if (type == NUMBER) {
            return Kind.NUMBER;
        }
        if (type == PARAMETER || type == PARAMETER_COLON || type == SWITCH_FILE_PARAMETER
                || type == THROTTLE_LIMIT_PARAMETER) {
            return Kind.PARAMETER;
        }
        if (type == TYPE_NAME) {
            return Kind.TYPE;
        }
        if (type >= IF && type <= BLOCK_KEYWORD) {
            return Kind.KEYWORD;
        }
        if (type >= COMMA && type <= EXCLAIM || type >= UNARY_PLUS && type <= POSTFIX_MINUSMINUS
                || type == QUESTION_QUESTION || type == QUESTION || type >= FILE_REDIRECTION && type <= INPUT_REDIRECTION) {
            return Kind.OPERATOR;
        }
        return null;
    }

    /** The comments in a gap between tokens, which holds only white space, comments and line continuations. */
    private static void comments(char[] text, int from, int to, Sink sink) {
        int i = from;
        while (i < to) {
            if (text[i] == '#') {
                int end = i;
                while (end < to && text[end] != '\n' && text[end] != '\r') {
                    end++;
                }
                sink.comment(i, end);
                i = end;
            } else if (text[i] == '<' && i + 1 < to && text[i + 1] == '#') {
                int end = i + 2;
                while (end < to && !(text[end - 1] == '#' && text[end] == '>' && end - 1 > i + 1)) {
                    end++;
                }
                end = Math.min(end + 1, to);
                sink.comment(i, end);
                i = end;
            } else {
                i++;
            }
        }
    }
}
