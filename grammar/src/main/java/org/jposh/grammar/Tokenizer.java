package org.jposh.grammar;

import static org.jposh.grammar.PowerShellParser.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jposh.grammar.ast.Extent;
import org.jposh.grammar.ast.ExpressionAst;
import org.jposh.grammar.ast.ScriptSource;
import org.jposh.grammar.ast.TokenKind;
import org.jposh.grammar.ast.UsingExpressionAst;
import org.jposh.grammar.ast.VariableExpressionAst;
import org.jposh.grammar.ast.VariablePath;

/**
 * Scans one token at a time the way PowerShell's tokenizer.cs does, in the mode the caller asks for: command
 * mode (arguments: bare words, {@code -parameters}), expression mode (operators, numbers), type-name mode (inside
 * {@code [ ]}) or signature mode (class bodies). The result is left in the fields {@link #kind}, {@link #start},
 * {@link #end} and, depending on the kind, {@link #value}, {@link #number} and so on. {@link PowerShellLexer}
 * decides the mode from the context, as pwsh's parser does.
 *
 * <p>The text scanned is either the whole script or the inside of a {@code $( )} in a string, whose doubled
 * quotes stand for one; {@link #origin} maps each character back to its offset in the script.
 */
final class Tokenizer {
    enum Mode { COMMAND, EXPRESSION, TYPE_NAME, SIGNATURE }

    /** Parses the {@code $( )} of an expandable string, given its text and where each character came from. */
    interface NestedParser {
        ExpressionAst parseSubExpression(char[] text, int[] origin);
    }

    static final Map<String, Integer> KEYWORDS = new HashMap<>();
    /** Operator names after the dash: their token type and the kind stored in the AST. */
    static final Map<String, TokenKind> OPERATORS = new HashMap<>();

    static {
        String[] keywords = {"elseif", "if", "else", "switch", "foreach", "from", "in", "for", "while", "until", "do",
                "try", "catch", "finally", "trap", "data", "return", "continue", "break", "exit", "throw", "begin",
                "process", "end", "dynamicparam", "function", "filter", "param", "class", "define", "var", "using",
                "workflow", "parallel", "sequence", "inlinescript", "configuration", "public", "private", "static",
                "interface", "enum", "namespace", "module", "type", "assembly", "command", "hidden", "base",
                "default", "clean"};
        int[] types = {ELSEIF, IF, ELSE, SWITCH, FOREACH, RESERVED_KEYWORD, IN, FOR, WHILE, UNTIL, DO, TRY, CATCH,
                FINALLY, TRAP, DATA, RETURN, CONTINUE, BREAK, EXIT, THROW, BEGIN, PROCESS, END, DYNAMICPARAM,
                FUNCTION, FILTER, PARAM, CLASS, RESERVED_KEYWORD, RESERVED_KEYWORD, USING, WORKFLOW, BLOCK_KEYWORD,
                BLOCK_KEYWORD, GENERIC, GENERIC, GENERIC, GENERIC, STATIC, GENERIC, ENUM, NAMESPACE, MODULE, TYPE, ASSEMBLY, COMMAND,
                HIDDEN, BASE, DEFAULT, CLEAN};
        for (int i = 0; i < keywords.length; i++) {
            KEYWORDS.put(keywords[i], types[i]);
        }
        for (TokenKind kind : TokenKind.values()) {
            String text = kind.text();
            if (text.length() > 1 && text.charAt(0) == '-' && Character.isLetter(text.charAt(1))) {
                OPERATORS.put(text.substring(1), kind);
            }
        }
        for (String op : new String[]{"eq", "ne", "ge", "gt", "lt", "le", "like", "notlike", "match", "notmatch",
                "replace", "contains", "notcontains", "in", "notin", "split"}) {
            OPERATORS.put("i" + op, OPERATORS.get(op));
        }
    }

    /** The token type of an operator kind. */
    static int operatorType(TokenKind kind) {
        return switch (kind) {
            case NOT -> NOT_OP;
            case BNOT -> BNOT_OP;
            case FORMAT -> FORMAT;
            case AND, OR, XOR -> LOGICAL_OP;
            case BAND, BOR, BXOR -> BITWISE_OP;
            case ISPLIT, CSPLIT -> SPLIT_OP;
            case JOIN -> JOIN_OP;
            default -> COMPARE_OP;
        };
    }

    private final ScriptSource source;
    private final char[] cs;
    private final int length;
    private final int[] origin;
    private final NestedParser nestedParser;
    int pos;

    // How to scan the next token.
    Mode mode = Mode.COMMAND;
    boolean allowSignedNumbers;
    boolean forceEndNumberOnTernary;
    boolean wantSimpleName;

    // The token scanned.
    int kind;
    int start;
    int end;
    String value;
    Object number;
    VariablePath variablePath;
    List<ExpressionAst> nested;
    String format;
    int fromStream;
    int toStream;
    boolean append;

    Tokenizer(ScriptSource source, char[] text, int[] origin, NestedParser nestedParser) {
        this.source = source;
        this.cs = text;
        this.length = text.length;
        this.origin = origin;
        this.nestedParser = nestedParser;
    }

    // ---- positions ----

    /** The script offset of buffer position {@code i} (which may be the end). */
    int offset(int i) {
        return origin == null ? i : origin[i];
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return i < length ? cs[i] : '\0';
    }

    private Extent extent(int from, int to) {
        return source.extent(offset(from), offset(to));
    }

    private char get() {
        int p = pos++;
        return p < length ? cs[p] : '\0';
    }

    private void unget() {
        pos--;
    }

    private char peek() {
        return pos < length ? cs[pos] : '\0';
    }

    private boolean atEof() {
        return pos > length;
    }

    private boolean inCommandMode() {
        return mode == Mode.COMMAND;
    }

    private boolean inExpressionMode() {
        return mode == Mode.EXPRESSION;
    }

    // ---- errors ----

    private ParseException error(int from, int to, String errorId, Object... args) {
        return Errors.error(extent(from, to), errorId, args);
    }

    private ParseException incomplete(int from, int to, String errorId, Object... args) {
        return Errors.incomplete(extent(from, to), offset(to), errorId, args);
    }

    // ---- whitespace and comments ----

    /**
     * Skips whitespace, comments and line continuations (but not newlines, which are tokens). Returns whether
     * anything was skipped; {@code requires} collects the {@code #requires} lines met, when not null.
     */
    boolean skipTrivia(List<int[]> requires) {
        int from = pos;
        while (true) {
            char c = peek();
            if (c == '#') {
                int lineStart = pos;
                skipLineComment();
                if (requires != null && isRequires(lineStart)) {
                    requires.add(new int[]{lineStart, pos});
                }
            } else if (c == '<' && charAt(pos + 1) == '#') {
                skipBlockComment();
            } else if (c == '`') {
                char c1 = charAt(pos + 1);
                if (c1 == '\r' || c1 == '\n') {
                    pos += 2;
                    if (c1 == '\r' && peek() == '\n') {
                        pos++;
                    }
                } else if (CharTraits.isWhitespace(c1)) {
                    pos += 2;
                } else if (pos + 1 >= length) {
                    throw incomplete(pos + 1, pos + 1, "IncompleteString");
                } else {
                    break;
                }
            } else if (CharTraits.isWhitespace(c)) {
                pos++;
            } else {
                break;
            }
        }
        return pos != from;
    }

    private void skipLineComment() {
        while (pos < length && cs[pos] != '\r' && cs[pos] != '\n') {
            pos++;
        }
    }

    private void skipBlockComment() {
        int from = pos;
        pos += 2;
        while (true) {
            if (pos >= length) {
                throw incomplete(from, length, "MissingTerminatorMultiLineComment");
            }
            if (cs[pos] == '#' && charAt(pos + 1) == '>') {
                pos += 2;
                return;
            }
            pos++;
        }
    }

    /** A comment is a {@code #requires} line when "requires" (any case) follows the '#' at once, as in pwsh. */
    private boolean isRequires(int hash) {
        String word = "requires";
        for (int i = 0; i < word.length(); i++) {
            if (hash + 1 + i >= pos || Character.toLowerCase(cs[hash + 1 + i]) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the newline ending at {@code from} continues a pipeline: the next line, after whitespace and
     * comments but no blank line, starts with {@code |} (pwsh 7). Returns the position of that '|', or -1.
     */
    int pipeContinuation(int from) {
        boolean lastWasNewline = true;
        int i = from;
        while (i < length) {
            char c = cs[i];
            if (CharTraits.isWhitespace(c)) {
                i++;
            } else if (c == '\n' || c == '\r') {
                if (lastWasNewline) {
                    return -1;
                }
                lastWasNewline = true;
                i += c == '\r' && charAt(i + 1) == '\n' ? 2 : 1;
            } else if (c == '#') {
                lastWasNewline = false;
                while (i < length && cs[i] != '\r' && cs[i] != '\n') {
                    i++;
                }
            } else if (c == '<' && charAt(i + 1) == '#') {
                lastWasNewline = false;
                int close = i + 2;
                while (close < length && !(cs[close] == '#' && charAt(close + 1) == '>')) {
                    close++;
                }
                i = Math.min(close + 2, length);
            } else {
                return c == '|' ? i : -1;
            }
        }
        return -1;
    }

    // ---- the main scan ----

    /** Scans the next token in the current mode; leading trivia must have been skipped. */
    int scan() {
        value = null;
        number = null;
        variablePath = null;
        nested = null;
        format = null;
        start = pos;
        char c = get();
        kind = switch (c) {
            case '\'', '\u2018', '\u2019', '\u201a', '\u201b' -> scanStringLiteral();
            case '"', '\u201c', '\u201d', '\u201e' -> scanStringExpandable();
            case '@' -> scanAt();
            case '\n' -> NEWLINE;
            case '\r' -> {
                if (peek() == '\n') {
                    pos++;
                }
                yield NEWLINE;
            }
            case '`' -> {
                char c1 = get();
                if (c1 == '\0' && atEof()) {
                    throw incomplete(pos - 1, pos - 1, "IncompleteString");
                }
                StringBuilder sb = new StringBuilder();
                appendBacktick(sb, c1);
                yield scanGeneric(sb);
            }
            case '=' -> operatorInCommandMode(c, EQUALS);
            case '+' -> scanPlus(c);
            case '-', '\u2013', '\u2014', '\u2015' -> scanDash(c);
            case '*' -> scanStar(c);
            case '/', '%' -> {
                if (peek() == '=') {
                    pos++;
                    yield operatorInCommandMode(c, '=', ASSIGN_OP);
                }
                yield operatorInCommandMode(c, c == '/' ? SLASH : PERCENT);
            }
            case '$' -> {
                if (peek() == '(') {
                    pos++;
                    yield DOLLAR_PAREN;
                }
                yield scanVariable(false, false);
            }
            case '<' -> INPUT_REDIRECTION;
            case '>' -> {
                if (peek() == '>') {
                    pos++;
                    yield fileRedirection(1, true, false);
                }
                yield fileRedirection(1, false, false);
            }
            case '(' -> LPAREN;
            case ')' -> RPAREN;
            case '[' -> inCommandMode() && !CharTraits.forceStartNewToken(peek())
                    ? scanGeneric(new StringBuilder("[")) : LBRACKET;
            case ']' -> RBRACKET;
            case '{' -> LCURLY;
            case '}' -> RCURLY;
            case '.' -> scanDot();
            case ';' -> SEMI;
            case ',' -> COMMA;
            case '0', '7', '8', '9' -> scanNumber(c);
            case '1', '2', '3', '4', '5', '6' -> peek() == '>' ? scanStreamRedirection(c) : scanNumber(c);
            case '&' -> {
                if (peek() == '&') {
                    pos++;
                    yield ANDAND;
                }
                yield AMPERSAND;
            }
            case '|' -> {
                if (peek() == '|') {
                    pos++;
                    yield OROR;
                }
                yield PIPE;
            }
            case '!' -> scanExclaim(c);
            case ':' -> scanColon();
            case '?' -> inExpressionMode() ? scanQuestion() : scanGeneric(new StringBuilder("?"));
            case '\0' -> atEof() ? EOF : scanGeneric(new StringBuilder().append(c));
            default -> {
                if (CharTraits.isIdentifierStart(c)) {
                    yield scanIdentifier();
                }
                yield scanGeneric(new StringBuilder().append(c));
            }
        };
        if (kind == EOF) {
            pos = length;
            start = length;
        }
        end = pos;
        return kind;
    }

    private int scanAt() {
        char c1 = get();
        if (c1 == '{') {
            return AT_CURLY;
        }
        if (c1 == '(') {
            return AT_PAREN;
        }
        if (CharTraits.isSingleQuote(c1)) {
            return scanHereStringLiteral();
        }
        if (CharTraits.isDoubleQuote(c1)) {
            return scanHereStringExpandable();
        }
        unget();
        if (CharTraits.isVariableStart(c1)) {
            return scanVariable(true, false);
        }
        throw error(pos - 1, pos, "UnrecognizedToken");
    }

    private int scanPlus(char c) {
        char c1 = peek();
        if (c1 == '+') {
            pos++;
            return operatorInCommandMode(c, c1, PLUSPLUS);
        }
        if (c1 == '=') {
            pos++;
            return operatorInCommandMode(c, c1, ASSIGN_OP);
        }
        if (allowSignedNumbers && (Character.isDigit(c1) || c1 == '.')) {
            return scanNumber(c);
        }
        return operatorInCommandMode(c, PLUS);
    }

    private int scanDash(char c) {
        char c1 = peek();
        if (CharTraits.isDash(c1)) {
            pos++;
            return operatorInCommandMode(c, c1, MINUSMINUS);
        }
        if (c1 == '=') {
            pos++;
            return operatorInCommandMode(c, c1, ASSIGN_OP);
        }
        if (Character.isLetter(c1) || c1 == '_' || c1 == '?') {
            return scanParameter();
        }
        if (allowSignedNumbers && (Character.isDigit(c1) || c1 == '.')) {
            return scanNumber(c);
        }
        return operatorInCommandMode(c, MINUS);
    }

    private int scanStar(char c) {
        char c1 = peek();
        if (c1 == '=') {
            pos++;
            return operatorInCommandMode(c, c1, ASSIGN_OP);
        }
        if (c1 == '>') {
            pos++;
            c1 = peek();
            if (c1 == '>') {
                pos++;
                return fileRedirection(0, true, false);
            }
            if (c1 == '&') {
                pos++;
                if (peek() == '1') {
                    pos++;
                    return mergingRedirection(0, 1);
                }
                unget();
            }
            return fileRedirection(0, false, false);
        }
        return operatorInCommandMode(c, STAR);
    }

    private int scanStreamRedirection(char c) {
        int stream = c - '0';
        pos++;
        char c1 = peek();
        if (c1 == '>') {
            pos++;
            return fileRedirection(stream, true, true);
        }
        if (c1 == '&') {
            pos++;
            c1 = peek();
            if (c1 == '1' || c1 == '2') {
                pos++;
                return mergingRedirection(stream, c1 - '0');
            }
            unget();
        }
        return fileRedirection(stream, false, true);
    }

    private int fileRedirection(int stream, boolean append, boolean streamWritten) {
        if (streamWritten && inExpressionMode()) {
            // In an expression, "2>" is the number 2 followed by a redirection.
            pos = start + 1;
            number = stream;
            return NUMBER;
        }
        this.fromStream = stream;
        this.append = append;
        return FILE_REDIRECTION;
    }

    private int mergingRedirection(int from, int to) {
        this.fromStream = from;
        this.toStream = to;
        return MERGING_REDIRECTION;
    }

    private int scanExclaim(char c) {
        char c1 = peek();
        if (inCommandMode() && !CharTraits.forceStartNewToken(c1)
                || inExpressionMode() && CharTraits.isIdentifierStart(c1)) {
            return scanGeneric(new StringBuilder().append(c));
        }
        if (inExpressionMode() && (Character.isDigit(c1) || c1 == '.')) {
            // "!5" is a number operand; "!5x" is a bare word.
            int save = pos;
            String digits = scanNumberText(c, new NumberLiteral.Scan());
            pos = save;
            if (digits == null) {
                return scanGeneric(new StringBuilder().append(c));
            }
        }
        return EXCLAIM;
    }

    private int scanColon() {
        if (peek() == ':') {
            pos++;
            if (inCommandMode() && !wantSimpleName && !CharTraits.forceStartNewToken(peek())) {
                return scanGeneric(new StringBuilder("::"));
            }
            return COLONCOLON;
        }
        if (inCommandMode()) {
            return scanLabel();
        }
        return COLON;
    }

    private int scanQuestion() {
        if (peek() == '?') {
            pos++;
            if (peek() == '=') {
                pos++;
                return ASSIGN_OP;
            }
            return QUESTION_QUESTION;
        }
        return QUESTION;
    }

    /** An operator character is the start of a bare word in command mode when more follows: {@code *.txt}. */
    private int operatorInCommandMode(char c, int type) {
        if (inCommandMode() && !CharTraits.forceStartNewToken(peek())) {
            return scanGeneric(new StringBuilder().append(c));
        }
        return type;
    }

    private int operatorInCommandMode(char c1, char c2, int type) {
        if (inCommandMode() && !CharTraits.forceStartNewToken(peek())) {
            return scanGeneric(new StringBuilder().append(c1).append(c2));
        }
        return type;
    }

    private int scanDot() {
        char c = peek();
        if (c == '.') {
            pos++;
            c = peek();
            if (inCommandMode() && !CharTraits.forceStartNewToken(c)) {
                unget();
                return scanGeneric(new StringBuilder("."));
            }
            return DOTDOT;
        }
        if (CharTraits.isDecimalDigit(c)) {
            return scanNumber('.');
        }
        // ".$command", ."name", .'name' dot-source a command; ".\x.ps1" is a path.
        if (inCommandMode() && !CharTraits.forceStartNewToken(c) && c != '$' && c != '"' && c != '\'') {
            return scanGeneric(new StringBuilder("."));
        }
        return DOT;
    }

    // ---- words ----

    private int scanIdentifier() {
        while (CharTraits.isIdentifierFollow(peek())) {
            pos++;
        }
        if (mode == Mode.TYPE_NAME) {
            return scanTypeName();
        }
        char c = peek();
        if (!wantSimpleName && inCommandMode() && !CharTraits.forceStartNewToken(c)) {
            return scanGeneric(new StringBuilder().append(cs, start, pos - start));
        }
        value = new String(cs, start, pos - start);
        if (!wantSimpleName && (inCommandMode() || mode == Mode.SIGNATURE)) {
            Integer keyword = KEYWORDS.get(value.toLowerCase(Locale.ROOT));
            if (keyword != null && keyword != GENERIC) {
                return keyword;
            }
        }
        return IDENTIFIER;
    }

    private int scanTypeName() {
        while (true) {
            char c = peek();
            if (c == '.' || c == '`' || c == '_' || c == '+' || c == '#' || c == '\\' || Character.isLetterOrDigit(c)) {
                pos++;
            } else {
                break;
            }
        }
        value = new String(cs, start, pos - start);
        return TYPE_NAME;
    }

    /**
     * The assembly name after {@code [Type, } up to the closing bracket: {@code mscorlib, Version=4.0.0.0}.
     * Returns its text, or an empty string when there is none.
     */
    int scanAssemblyNameSpec() {
        start = pos;
        StringBuilder sb = new StringBuilder();
        scanAssemblyNameSpecToken(sb);
        while (peek() == ',') {
            sb.append(", ");
            pos++;
            scanAssemblyNameSpecToken(sb);
            if (peek() == '=') {
                sb.append('=');
                pos++;
                scanAssemblyNameSpecToken(sb);
            }
        }
        value = sb.toString().trim();
        end = pos;
        kind = ASSEMBLY_NAME;
        return kind;
    }

    private void scanAssemblyNameSpecToken(StringBuilder sb) {
        while (CharTraits.isWhitespace(peek())) {
            pos++;
        }
        while (!CharTraits.forceStartNewTokenInAssemblyNameSpec(peek())) {
            sb.append(get());
        }
        while (CharTraits.isWhitespace(peek())) {
            pos++;
        }
    }

    private int scanLabel() {
        char c = get();
        if (!CharTraits.isIdentifierStart(c)) {
            unget();
            if (c == '\0') {
                value = ":";
                return GENERIC;
            }
            return scanGeneric(new StringBuilder(":"));
        }
        while (CharTraits.isIdentifierFollow(c)) {
            c = get();
        }
        unget();
        if (inCommandMode() && !CharTraits.forceStartNewToken(c)) {
            return scanGeneric(new StringBuilder().append(cs, start, pos - start));
        }
        value = new String(cs, start + 1, pos - start - 1);
        return LABEL;
    }

    /** A parameter ({@code -Name}, {@code -Name:}) or, in expression mode, an operator ({@code -eq}). */
    private int scanParameter() {
        StringBuilder sb = new StringBuilder();
        boolean sawColon = false;
        scanning:
        while (true) {
            char c = get();
            if (CharTraits.isWhitespace(c)) {
                unget();
                break;
            }
            switch (c) {
                case '{', '}', '(', ')', ';', ',', '|', '&', '.', '[', '\r', '\n', '\0' -> {
                    unget();
                    break scanning;
                }
                case ':' -> {
                    sawColon = true;
                    if (!inCommandMode()) {
                        unget();
                    }
                    break scanning;
                }
                case '\'', '\u2018', '\u2019', '\u201a', '\u201b', '"', '\u201c', '\u201d', '\u201e' -> {
                    unget();
                    if (inCommandMode()) {
                        // Quotes are never part of a parameter: the token is an argument.
                        return scanGeneric(sb.insert(0, cs[start]));
                    }
                    break scanning;
                }
                default -> {
                    if (c < 128 && Character.isLetter(c) || inCommandMode()) {
                        sb.append(c);
                    } else {
                        unget();
                        break scanning;
                    }
                }
            }
        }
        String name = sb.toString();
        if (inExpressionMode()) {
            TokenKind operator = OPERATORS.get(name.toLowerCase(Locale.ROOT));
            if (operator != null) {
                value = operator.name();
                return operatorType(operator);
            }
        }
        if (name.isEmpty()) {
            return MINUS;
        }
        value = name;
        return sawColon && inCommandMode() ? PARAMETER_COLON : PARAMETER;
    }

    /**
     * A bare word: everything up to a character that always ends a token, with backtick escapes applied, quoted
     * parts taken as their content and {@code $var}/{@code $( )} parts recorded for expansion. {@code sb} holds
     * what the caller already scanned.
     */
    private int scanGeneric(StringBuilder sb) {
        List<ExpressionAst> parts = new ArrayList<>(0);
        StringBuilder formatSb = new StringBuilder(sb);
        for (char c = get(); !CharTraits.forceStartNewToken(c); c = get()) {
            if (c == '`') {
                if (scanEscape(sb, formatSb)) {
                    continue;
                }
            } else if (CharTraits.isSingleQuote(c)) {
                int before = sb.length();
                scanStringLiteralBody(sb);
                formatSb.append(sb, before, sb.length());
                continue;
            } else if (CharTraits.isDoubleQuote(c)) {
                scanStringExpandableBody(sb, formatSb, parts);
                continue;
            } else if (c == '$' && scanDollarInString(sb, formatSb, false, parts)) {
                continue;
            }
            sb.append(c);
            formatSb.append(c);
            if (c == '{' || c == '}') {
                formatSb.append(c);
            }
        }
        unget();
        value = sb.toString();
        if (!parts.isEmpty()) {
            nested = parts;
            format = formatSb.toString();
        }
        return GENERIC;
    }

    /** The verbatim argument after {@code --%}: the rest of the line up to a pipe or {@code &&}, as written. */
    int scanVerbatimArgument() {
        while (CharTraits.isWhitespace(peek())) {
            pos++;
        }
        start = pos;
        boolean inQuotes = false;
        while (true) {
            char c = get();
            if (c == '\r' || c == '\n' || c == '\0' && atEof()) {
                unget();
                break;
            }
            if (CharTraits.isDoubleQuote(c)) {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '|' || c == '&' && peek() == '&')) {
                unget();
                break;
            }
        }
        end = pos;
        value = new String(cs, start, end - start);
        nested = null;
        kind = VERBATIM_ARGUMENT;
        return kind;
    }

    // ---- strings ----

    /**
     * After a backtick inside an expandable token or string: appends the escaped character to the
     * value and to the format string; false when the input ends right after the backtick.
     */
    private boolean scanEscape(StringBuilder sb, StringBuilder formatSb) {
        char c1 = peek();
        if (c1 == '\0') {
            return false;
        }
        pos++;
        int before = sb.length();
        appendBacktick(sb, c1);
        formatSb.append(sb, before, sb.length());
        return true;
    }

    private void appendBacktick(StringBuilder sb, char c) {
        switch (c) {
            case '0' -> sb.append('\0');
            case 'a' -> sb.append('\u0007');
            case 'b' -> sb.append('\b');
            case 'e' -> sb.append('\u001b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'u' -> appendUnicodeEscape(sb);
            case 'v' -> sb.append('\u000b');
            default -> sb.append(c);
        }
    }

    /** {@code `u{1F600}}: one to six hex digits in braces. */
    private void appendUnicodeEscape(StringBuilder sb) {
        int escapeStart = pos - 2;
        if (get() != '{') {
            unget();
            throw error(escapeStart, pos, "InvalidUnicodeEscapeSequence");
        }
        int digitsStart = pos;
        for (int i = 0; ; i++) {
            char c = get();
            if (c == '}') {
                if (i == 0) {
                    throw error(escapeStart, pos, "InvalidUnicodeEscapeSequence");
                }
                break;
            }
            if (!CharTraits.isHexDigit(c)) {
                unget();
                throw error(pos, pos + 1, i < 6 ? "InvalidUnicodeEscapeSequence"
                        : "MissingUnicodeEscapeSequenceTerminator");
            }
            if (i == 6) {
                unget();
                throw error(pos, pos + 1, "TooManyDigitsInUnicodeEscapeSequence");
            }
        }
        int codePoint = Integer.parseInt(new String(cs, digitsStart, pos - 1 - digitsStart), 16);
        if (codePoint > 0x10FFFF) {
            throw error(escapeStart + 3, pos - 1, "InvalidUnicodeEscapeSequenceValue");
        }
        sb.appendCodePoint(codePoint);
    }

    private int scanStringLiteral() {
        StringBuilder sb = new StringBuilder();
        scanStringLiteralBody(sb);
        value = sb.toString();
        return STRING_LITERAL;
    }

    /** The content of a single-quoted string, the opening quote consumed; {@code ''} is one quote. */
    private void scanStringLiteralBody(StringBuilder sb) {
        int errorIndex = pos - 1;
        while (true) {
            char c = get();
            if (c == '\0' && atEof()) {
                unget();
                throw incomplete(errorIndex, pos, "TerminatorExpectedAtEndOfString", "'");
            }
            if (CharTraits.isSingleQuote(c)) {
                if (!CharTraits.isSingleQuote(peek())) {
                    return;
                }
                c = get();
            }
            sb.append(c);
        }
    }

    private int scanStringExpandable() {
        StringBuilder sb = new StringBuilder();
        StringBuilder formatSb = new StringBuilder();
        List<ExpressionAst> parts = new ArrayList<>(0);
        scanStringExpandableBody(sb, formatSb, parts);
        return expandableResult(STRING_EXPANDABLE, sb, formatSb, parts);
    }

    private int expandableResult(int type, StringBuilder sb, StringBuilder formatSb, List<ExpressionAst> parts) {
        value = sb.toString();
        if (!parts.isEmpty()) {
            nested = parts;
            format = formatSb.toString();
        }
        return type;
    }

    /** The content of a double-quoted string, the opening quote consumed. */
    private void scanStringExpandableBody(StringBuilder sb, StringBuilder formatSb, List<ExpressionAst> parts) {
        int errorIndex = pos - 1;
        while (true) {
            char c = get();
            if (c == '\0' && atEof()) {
                unget();
                throw incomplete(errorIndex, pos, "TerminatorExpectedAtEndOfString", "\"");
            }
            if (CharTraits.isDoubleQuote(c)) {
                if (!CharTraits.isDoubleQuote(peek())) {
                    return;
                }
                c = get();
            } else if (c == '$') {
                if (scanDollarInString(sb, formatSb, false, parts)) {
                    continue;
                }
            } else if (c == '`') {
                if (scanEscape(sb, formatSb)) {
                    continue;
                }
            }
            if (c == '{' || c == '}') {
                formatSb.append(c);
            }
            sb.append(c);
            formatSb.append(c);
        }
    }

    /**
     * After a {@code $} in an expandable string or bare word: a variable or a {@code $( )} becomes a nested
     * expression and a {@code {n}} in the format string. Returns false when the dollar is just a character.
     */
    private boolean scanDollarInString(StringBuilder sb, StringBuilder formatSb, boolean hereString,
                                       List<ExpressionAst> parts) {
        int dollar = pos - 1;
        char c1 = peek();
        ExpressionAst part;
        if (c1 == '(') {
            pos++;
            part = scanSubExpressionInString(dollar, hereString);
        } else if (CharTraits.isVariableStart(c1) || c1 == '{') {
            Mode savedMode = mode;
            int savedStart = start;
            String savedValue = value;
            mode = Mode.EXPRESSION;
            start = dollar;
            scanVariable(false, true);
            mode = savedMode;
            part = variableExpression(variablePath, extent(dollar, pos), false);
            variablePath = null;
            start = savedStart;
            value = savedValue;
        } else {
            return false;
        }
        sb.append(cs, dollar, pos - dollar);
        formatSb.append('{').append(parts.size()).append('}');
        parts.add(part);
        return true;
    }

    /** {@code $using:x} is a UsingExpressionAst around the variable without its {@code using:} prefix. */
    static ExpressionAst variableExpression(VariablePath path, Extent extent, boolean splatted) {
        if ("using".equalsIgnoreCase(path.drive())) {
            return new UsingExpressionAst(extent,
                    new VariableExpressionAst(extent, VariablePath.parse(path.name()), splatted));
        }
        return new VariableExpressionAst(extent, path, splatted);
    }

    /**
     * The {@code $( )} of a string, found by counting parentheses as pwsh does (quotes are not considered), its
     * doubled quotes standing for one; the inside is parsed as a subexpression.
     */
    private ExpressionAst scanSubExpressionInString(int dollar, boolean hereString) {
        StringBuilder text = new StringBuilder("$(");
        int[] originOf = new int[length - dollar + 3];
        originOf[0] = offset(dollar);
        originOf[1] = offset(dollar + 1);
        int depth = 1;
        while (depth > 0) {
            int at = pos;
            char c = get();
            if (c == '\0' && atEof()) {
                unget();
                throw incomplete(dollar, pos, "IncompleteDollarSubexpressionReference");
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if ((c == '`' || CharTraits.isDoubleQuote(c)) && !hereString
                    && CharTraits.isDoubleQuote(peek())) {
                at = pos;
                c = get();
            }
            originOf[text.length()] = offset(at);
            text.append(c);
        }
        originOf[text.length()] = offset(pos);
        char[] chars = text.toString().toCharArray();
        return nestedParser.parseSubExpression(chars, java.util.Arrays.copyOf(originOf, chars.length + 1));
    }

    private int scanHereStringLiteral() {
        int headerOffset = pos - 2;
        scanAfterHereStringHeader(headerOffset, "'@");
        StringBuilder sb = new StringBuilder();
        int[] falseFooter = {-1};
        if (!scanPossibleHereStringFooter(true, sb, null, falseFooter)) {
            while (true) {
                char c = get();
                if (c == '\r' || c == '\n') {
                    int lengthBefore = sb.length();
                    sb.append(c);
                    if (c == '\r' && peek() == '\n') {
                        pos++;
                        sb.append('\n');
                    }
                    if (scanPossibleHereStringFooter(true, sb, null, falseFooter)) {
                        sb.setLength(lengthBefore);
                        break;
                    }
                } else if (c != '\0' || !atEof()) {
                    sb.append(c);
                } else {
                    unget();
                    throw hereStringUnterminated(headerOffset, falseFooter[0], "'@");
                }
            }
        }
        value = sb.toString();
        return HERE_STRING_LITERAL;
    }

    private int scanHereStringExpandable() {
        int headerOffset = pos - 2;
        scanAfterHereStringHeader(headerOffset, "\"@");
        StringBuilder sb = new StringBuilder();
        StringBuilder formatSb = new StringBuilder();
        List<ExpressionAst> parts = new ArrayList<>(0);
        int[] falseFooter = {-1};
        if (!scanPossibleHereStringFooter(false, sb, formatSb, falseFooter)) {
            while (true) {
                char c = get();
                if (c == '\r' || c == '\n') {
                    int lengthBefore = sb.length();
                    int formatLengthBefore = formatSb.length();
                    sb.append(c);
                    formatSb.append(c);
                    if (c == '\r' && peek() == '\n') {
                        pos++;
                        sb.append('\n');
                        formatSb.append('\n');
                    }
                    if (scanPossibleHereStringFooter(false, sb, formatSb, falseFooter)) {
                        sb.setLength(lengthBefore);
                        formatSb.setLength(formatLengthBefore);
                        break;
                    }
                    continue;
                }
                if (c == '$') {
                    if (scanDollarInString(sb, formatSb, true, parts)) {
                        continue;
                    }
                } else if (c == '`') {
                    if (scanEscape(sb, formatSb)) {
                        continue;
                    }
                }
                if (c == '{' || c == '}') {
                    formatSb.append(c);
                }
                if (c != '\0' || !atEof()) {
                    sb.append(c);
                    formatSb.append(c);
                } else {
                    unget();
                    throw hereStringUnterminated(headerOffset, falseFooter[0], "\"@");
                }
            }
        }
        return expandableResult(HERE_STRING_EXPANDABLE, sb, formatSb, parts);
    }

    private ParseException hereStringUnterminated(int headerOffset, int falseFooter, String terminator) {
        if (falseFooter >= 0) {
            return incomplete(falseFooter, pos, "WhitespaceBeforeHereStringFooter");
        }
        return incomplete(headerOffset, pos, "TerminatorExpectedAtEndOfString", terminator);
    }

    /** Only whitespace may follow {@code @"} or {@code @'} on its line. */
    private void scanAfterHereStringHeader(int headerOffset, String terminator) {
        char c;
        do {
            c = get();
        } while (CharTraits.isWhitespace(c));
        if (c == '\r') {
            if (peek() == '\n') {
                pos++;
            }
            return;
        }
        if (c == '\n') {
            return;
        }
        if (c == '\0' && atEof()) {
            unget();
            throw incomplete(headerOffset, pos, "TerminatorExpectedAtEndOfString", terminator);
        }
        unget();
        throw error(pos, pos + 1, "UnexpectedCharactersAfterHereStringHeader");
    }

    /**
     * At the start of a line of a here-string: whether it is the footer ({@code "@} or {@code '@} in column 1).
     * A footer indented by whitespace is content, but remembered for a better error if no footer follows.
     */
    private boolean scanPossibleHereStringFooter(boolean single, StringBuilder sb, StringBuilder formatSb,
                                                 int[] falseFooter) {
        char c = get();
        if (isQuote(c, single) && peek() == '@') {
            pos++;
            return true;
        }
        while (CharTraits.isWhitespace(c)) {
            sb.append(c);
            if (formatSb != null) {
                formatSb.append(c);
            }
            c = get();
        }
        if (c == '\r' || c == '\n' || c == '\0' && atEof()) {
            unget();
            return false;
        }
        if (isQuote(c, single) && peek() == '@') {
            if (falseFooter[0] == -1) {
                falseFooter[0] = pos - 1;
            }
            sb.append(c).append('@');
            if (formatSb != null) {
                formatSb.append(c).append('@');
            }
            pos++;
        } else {
            unget();
        }
        return false;
    }

    private static boolean isQuote(char c, boolean single) {
        return single ? CharTraits.isSingleQuote(c) : CharTraits.isDoubleQuote(c);
    }

    // ---- variables ----

    /** A variable after its {@code $} or {@code @}. */
    private int scanVariable(boolean splatted, boolean inString) {
        int errorStart = pos;
        StringBuilder sb = new StringBuilder();
        char c = get();
        if (c == '{') {
            return scanBracedVariable(errorStart, inString);
        }
        if (!CharTraits.isVariableStart(c)) {
            unget();
            return scanGeneric(new StringBuilder("$"));
        }
        sb.append(c);
        if (c != '$' && c != '?' && c != '^') {
            scanning:
            while (true) {
                c = get();
                if (c < 128 && CharTraits.isIdentifierFollow(c) || c == '?') {
                    sb.append(c);
                    continue;
                }
                switch (c) {
                    case ':' -> {
                        if (peek() == ':') {
                            // $a::b is a static member access.
                            unget();
                            break scanning;
                        }
                        sb.append(c);
                    }
                    case '\0', '\t', '\r', '\n', ' ', '&', '(', ')', ',', ';', '{', '}', '|', '.', '[', '=' -> {
                        unget();
                        break scanning;
                    }
                    default -> {
                        if (Character.isLetterOrDigit(c)) {
                            sb.append(c);
                        } else if (inCommandMode() && !CharTraits.forceStartNewToken(c)) {
                            pos = start;
                            return scanGeneric(new StringBuilder());
                        } else {
                            unget();
                            break scanning;
                        }
                    }
                }
            }
        } else if (inCommandMode() && !CharTraits.forceStartNewToken(peek())) {
            pos = start;
            return scanGeneric(new StringBuilder());
        }
        String name = sb.toString();
        variablePath = VariablePath.parse(name);
        int colon = name.indexOf(':');
        if (colon >= 0 && colon == name.length() - 1) {
            throw error(start, pos, colon > 0 ? "InvalidVariableReferenceWithDrive" : "InvalidVariableReference");
        }
        return splatted ? SPLATTED_VARIABLE : VARIABLE;
    }

    private int scanBracedVariable(int errorStart, boolean inString) {
        StringBuilder sb = new StringBuilder();
        char c;
        while (true) {
            c = get();
            if (c == '}') {
                break;
            }
            if (c == '\0' && atEof()) {
                unget();
                throw incomplete(errorStart, pos, "IncompleteDollarVariableReference");
            }
            if (c == '`') {
                char c1 = get();
                if (c1 == '\0' && atEof()) {
                    unget();
                    throw incomplete(errorStart, pos, "IncompleteDollarVariableReference");
                }
                appendBacktick(sb, c1);
                continue;
            }
            if (CharTraits.isDoubleQuote(c) && inString) {
                char c1 = get();
                if (c1 == '\0' && atEof()) {
                    unget();
                    throw incomplete(errorStart, pos, "IncompleteDollarVariableReference");
                }
                if (CharTraits.isDoubleQuote(c1)) {
                    c = c1;
                } else {
                    unget();
                }
            } else if (c == '{') {
                throw error(pos, pos + 1, "OpenBraceNeedsToBeBackTickedInVariableName");
            }
            sb.append(c);
        }
        String name = sb.toString();
        if (name.isEmpty()) {
            throw error(pos - 1, pos, "EmptyVariableReference");
        }
        if (inCommandMode()) {
            char c1 = peek();
            // A '.' or '[' after the variable name in command mode is an operator, not part of the token.
            if (!CharTraits.forceStartNewToken(c1) && c1 != '.' && c1 != '[') {
                pos = start;
                return scanGeneric(new StringBuilder());
            }
        }
        variablePath = VariablePath.parse(name);
        if (name.endsWith(":")) {
            throw error(start, pos, "InvalidBracedVariableReference");
        }
        return VARIABLE;
    }

    // ---- numbers ----

    private int scanNumber(char firstChar) {
        NumberLiteral.Scan scan = new NumberLiteral.Scan();
        String digits = scanNumberText(firstChar, scan);
        if (digits == null) {
            pos = start;
            return scanGeneric(new StringBuilder());
        }
        Object result = NumberLiteral.value(digits, scan);
        if (result == null) {
            if (!inExpressionMode()) {
                pos = start;
                return scanGeneric(new StringBuilder());
            }
            throw error(start, pos, "BadNumericConstant", new String(cs, start, pos - start));
        }
        number = result;
        return NUMBER;
    }

    /**
     * Scans the characters of a number from its first character (already consumed, or about to be when it is
     * the digit after '!'); returns the digits to convert, with the sign, or null when the token is not a number
     * ({@code 77z}).
     */
    private String scanNumberText(char firstChar, NumberLiteral.Scan scan) {
        StringBuilder sb = new StringBuilder();
        boolean notNumber = false;
        int signIndex = -1;
        if (CharTraits.isDash(firstChar) || firstChar == '+') {
            sb.append(firstChar);
            firstChar = get();
        }
        char c;
        if (firstChar == '.') {
            sb.append('.');
            signIndex = scanNumberAfterDot(sb, scan);
            scan.real = true;
        } else {
            c = peek();
            if (firstChar == '0' && (c == 'x' || c == 'X' || c == 'b' || c == 'B')) {
                pos++;
                if (c == 'x' || c == 'X') {
                    sb.append('0');
                    while (CharTraits.isHexDigit(peek())) {
                        sb.append(get());
                    }
                    scan.format = NumberLiteral.Format.HEX;
                } else {
                    while (peek() == '0' || peek() == '1') {
                        sb.append(get());
                    }
                    if (sb.isEmpty()) {
                        notNumber = true;
                    }
                    scan.format = NumberLiteral.Format.BINARY;
                }
            } else {
                sb.append(firstChar);
                scanDecimalDigits(sb);
                c = peek();
                if (c == '.') {
                    pos++;
                    if (peek() == '.') {
                        // A range operator follows: 1..10.
                        unget();
                    } else {
                        sb.append('.');
                        scan.real = true;
                        signIndex = scanNumberAfterDot(sb, scan);
                    }
                } else if (c == 'e' || c == 'E') {
                    pos++;
                    sb.append(c);
                    scan.real = true;
                    signIndex = scanExponent(sb, scan);
                }
            }
        }
        if (scan.exponentMissing) {
            notNumber = true;
        }
        c = peek();
        if (CharTraits.isTypeSuffix(c)) {
            pos++;
            scan.suffix = NumberLiteral.suffixOf(c);
            c = peek();
            if (CharTraits.isTypeSuffix(c)) {
                pos++;
                NumberLiteral.Suffix combined = scan.suffix == NumberLiteral.Suffix.UNSIGNED
                        ? NumberLiteral.unsignedSuffixOf(c) : null;
                if (combined == null) {
                    notNumber = true;
                } else {
                    scan.suffix = combined;
                }
                c = peek();
            }
        }
        if (CharTraits.isMultiplierStart(c)) {
            pos++;
            scan.multiplier = NumberLiteral.multiplierOf(c);
            char c1 = peek();
            if (c1 == 'b' || c1 == 'B') {
                pos++;
                c = peek();
            } else {
                notNumber = true;
            }
        }
        if (!CharTraits.forceStartNewToken(c)
                && (!inExpressionMode() || !CharTraits.forceStartNewTokenAfterNumber(c, forceEndNumberOnTernary))) {
            notNumber = true;
        }
        if (notNumber) {
            return null;
        }
        if (signIndex >= 0 && CharTraits.isDash(sb.charAt(signIndex))) {
            sb.setCharAt(signIndex, '-');
        }
        if (CharTraits.isDash(sb.charAt(0))) {
            sb.setCharAt(0, '-');
        }
        return sb.toString();
    }

    private int scanDecimalDigits(StringBuilder sb) {
        int count = 0;
        while (CharTraits.isDecimalDigit(peek())) {
            sb.append(get());
            count++;
        }
        return count;
    }

    private int scanNumberAfterDot(StringBuilder sb, NumberLiteral.Scan scan) {
        scanDecimalDigits(sb);
        char c = peek();
        if (c == 'e' || c == 'E') {
            pos++;
            sb.append(c);
            return scanExponent(sb, scan);
        }
        return -1;
    }

    private int scanExponent(StringBuilder sb, NumberLiteral.Scan scan) {
        int signIndex = -1;
        char c = peek();
        if (c == '+' || CharTraits.isDash(c)) {
            pos++;
            signIndex = sb.length();
            sb.append(c);
        }
        if (scanDecimalDigits(sb) == 0) {
            scan.exponentMissing = true;
        }
        return signIndex;
    }

    // ---- look-ahead helpers for the lexer ----

    /**
     * Whether a {@code [} at {@code at} starts generic method arguments: type names and commas up to the matching
     * {@code ]}, followed at once by {@code (}, as in {@code $x.Method[string](...)}.
     */
    boolean isGenericMethodArguments(int at) {
        int depth = 0;
        for (int i = at; i < length; i++) {
            char c = cs[i];
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                if (--depth == 0) {
                    return i > at + 1 && charAt(i + 1) == '(' && CharTraits.isIdentifierStart(firstNonBlank(at + 1));
                }
            } else if (!(c == '.' || c == ',' || c == '`' || c == '_' || c == '+' || c == '#' || c == '\\'
                    || Character.isLetterOrDigit(c) || CharTraits.isWhitespace(c))) {
                return false;
            }
        }
        return false;
    }

    private char firstNonBlank(int i) {
        while (i < length && CharTraits.isWhitespace(cs[i])) {
            i++;
        }
        return charAt(i);
    }

    /** Whether {@code word} (lower case) is the identifier at {@code at}, ending where identifiers end. */
    boolean isWordAt(int at, String word) {
        int i = 0;
        while (i < word.length() && at + i < length && Character.toLowerCase(cs[at + i]) == word.charAt(i)) {
            i++;
        }
        return i == word.length() && !CharTraits.isIdentifierFollow(charAt(at + i));
    }
}
