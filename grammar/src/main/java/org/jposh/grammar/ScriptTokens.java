package org.jposh.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.jposh.grammar.ast.ScriptSource;

import static org.jposh.grammar.PowerShellParser.*;

/**
 * A script cut into classified spans for syntax highlighting, as PSReadLine colours its input:
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

    /** The classified spans in order; text between them (white space, unknown words) has none. */
    public static List<Span> of(String script) {
        ScriptSource source = new ScriptSource(null, script);
        char[] text = script.toCharArray();
        Tokenizer tokenizer = new Tokenizer(source, text, null, (nested, origin) -> null);
        PowerShellLexer lexer = new PowerShellLexer(source, tokenizer, null, PowerShellLexer.State.STATEMENT);
        List<Span> spans = new ArrayList<>();
        int previousEnd = 0;
        int previousType = NEWLINE;
        try {
            while (true) {
                boolean commandExpected = expectsCommand(lexer.state());
                Token token = lexer.nextToken();
                if (token.getType() == Token.EOF) {
                    break;
                }
                int start = token.getStartIndex();
                int end = token.getStopIndex() + 1;
                if (end <= start) {
                    continue;
                }
                comments(text, previousEnd, start, spans);
                Kind kind = kind(token.getType(), previousType, commandExpected);
                if (kind != null) {
                    spans.add(new Span(start, end, kind));
                }
                previousEnd = end;
                previousType = token.getType();
            }
        } catch (ParseException e) {
            return spans;
        }
        comments(text, previousEnd, text.length, spans);
        return spans;
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
    private static void comments(char[] text, int from, int to, List<Span> spans) {
        int i = from;
        while (i < to) {
            if (text[i] == '#') {
                int end = i;
                while (end < to && text[end] != '\n' && text[end] != '\r') {
                    end++;
                }
                spans.add(new Span(i, end, Kind.COMMENT));
                i = end;
            } else if (text[i] == '<' && i + 1 < to && text[i + 1] == '#') {
                int end = i + 2;
                while (end < to && !(text[end - 1] == '#' && text[end] == '>' && end - 1 > i + 1)) {
                    end++;
                }
                end = Math.min(end + 1, to);
                spans.add(new Span(i, end, Kind.COMMENT));
                i = end;
            } else {
                i++;
            }
        }
    }
}
