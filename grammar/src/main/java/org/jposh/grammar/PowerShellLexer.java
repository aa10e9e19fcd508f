package org.jposh.grammar;

import static org.jposh.grammar.PowerShellParser.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.jposh.grammar.Tokenizer.Mode;
import org.jposh.grammar.ast.ScriptSource;

/**
 * The token source of the grammar. PowerShell's parser tells its tokenizer, token by token, whether it expects a
 * command argument, an expression, a type name or a class member, and the same characters scan differently in
 * each ({@code -eq} is an operator or a parameter, {@code 1+2} a sum or one bare word). ANTLR lexes ahead of its
 * parser, so this lexer follows the statement structure itself: a stack of open brackets ({@link Frame}) and a
 * state saying what comes next ({@link State}), moved along by each token as pwsh's parser moves. Each token is
 * scanned by {@link Tokenizer} in the mode pwsh would use there, and typed so the grammar needs no guessing.
 */
final class PowerShellLexer implements TokenSource {

    /** What the next token is expected to be. */
    enum State {
        /** The start of a statement: keywords and labels count, then an expression or a command. */
        STATEMENT,
        /** Just after a statement that ends with a block: like STATEMENT, but a newline ends it. */
        STATEMENT_END,
        /** The start of a pipeline element (after '|', '(', '&&'): an expression or a command, no keywords. */
        PIPELINE,
        /** After return, throw, exit: an optional pipeline, ended by a newline. */
        PIPELINE_OPTIONAL,
        /** After '&' or '.' invoking a command: the command name or expression. */
        COMMAND_NAME,
        COMMAND_ARGS,
        OPERAND,
        OPERATOR,
        /** Right after a value: '.', '::', '[' written without a space continue it. */
        POSTFIX,
        /** After '.', '::' or '?.': the member name. */
        MEMBER,
        /** After a member name: '(' or '{' without a space make it a method call. */
        AFTER_MEMBER_NAME,
        AFTER_GENERIC_METHOD_ARGUMENTS,
        /** After the ']' of a type literal: a cast operand, or '::' for a static member. */
        AFTER_TYPE_LITERAL,
        /** After the ']' of an attribute that starts a statement: param, class or enum may follow. */
        AFTER_STATEMENT_ATTRIBUTE,
        /** After an attribute with arguments in an expression ({@code [ValidateRange(1, 5)]$x}): newlines skipped. */
        AFTER_ATTRIBUTE,
        TYPE_NAME_EXPECTED,
        TYPE_AFTER_NAME,
        TYPE_ASSEMBLY,
        TYPE_AFTER_ARGUMENTS,
        HASH_KEY,
        LABEL_ARGUMENT,
        /** After if, elseif, while, for, or the while/until of a do loop: '(' comes next. */
        KEYWORD_HEAD,
        EXPECT_BLOCK,
        EXPECT_SCRIPT_BODY,
        FUNCTION_NAME,
        FUNCTION_SIGNATURE,
        PARAM_HEAD,
        SWITCH_HEAD,
        SWITCH_FILE,
        SWITCH_CLAUSE,
        SWITCH_CLAUSE_BODY,
        FOREACH_HEAD,
        FOREACH_THROTTLE,
        FOREACH_VARIABLE,
        FOREACH_IN,
        DO_TAIL,
        CATCH_HEAD,
        TRAP_HEAD,
        DATA_HEAD,
        DATA_COMMANDS,
        USING_HEAD,
        USING_ITEM,
        CLASS_HEAD,
        CLASS_AFTER_NAME,
        CLASS_BASES,
        CLASS_MEMBER,
        METHOD_SIGNATURE,
        METHOD_AFTER_PARAMETERS,
        METHOD_BASE,
        METHOD_BASE_ARGUMENTS,
        ENUM_HEAD,
        ENUM_AFTER_NAME,
        ENUM_BASE,
        ENUM_MEMBER,
        REDIRECT_TARGET
    }

    /** An open bracket and what it holds. */
    enum FrameKind {
        SCRIPT('\0', State.STATEMENT),
        /** A script block: a value, or a function or method body. It may start with param and named blocks. */
        SCRIPT_BLOCK('}', State.STATEMENT),
        /** The statement block of a keyword: if, loops, try... */
        BLOCK('}', State.STATEMENT),
        SUBEXPRESSION(')', State.STATEMENT),
        PAREN(')', State.PIPELINE),
        CONDITION(')', State.PIPELINE),
        FOR_PAREN(')', State.PIPELINE),
        HASH('}', State.HASH_KEY),
        SWITCH_BODY('}', State.SWITCH_CLAUSE),
        CLASS_BODY('}', State.CLASS_MEMBER),
        ENUM_BODY('}', State.ENUM_MEMBER),
        // Frames inside an expression, where newlines do not end anything:
        INDEX(']', null),
        METHOD_ARGUMENTS(')', null),
        ATTRIBUTE_ARGUMENTS(')', null),
        PARAMETER_LIST(')', null),
        FOREACH_PAREN(')', null),
        /** The brackets of a type literal or attribute. */
        TYPE(']', null),
        /** Generic arguments or array dimensions after a type name. */
        GENERIC_ARGUMENTS(']', null),
        /** A bracketed generic argument, which may name its assembly: [[int, mscorlib]]. */
        BRACKETED_ARGUMENT(']', null),
        GENERIC_METHOD_ARGUMENTS(']', null);

        final char closer;
        /** The state after a newline or ';' at this level, or null when newlines do not end statements here. */
        final State level;

        FrameKind(char closer, State level) {
            this.closer = closer;
            this.level = level;
        }
    }

    /** An open bracket: what it is, the state after it closes, and the registers to restore then. */
    private static final class Frame {
        final FrameKind kind;
        final State after;
        final State savedPostfixReturn;
        final State savedBlockAfter;
        final int savedContinuation;
        /** For scripts and script blocks: 0 before anything, 1 after param, 2 in named blocks, 3 in statements. */
        int prologue;
        /** For a type literal: it had arguments, so it is an attribute. */
        boolean attribute;

        Frame(FrameKind kind, State after, State savedPostfixReturn, State savedBlockAfter, int savedContinuation) {
            this.kind = kind;
            this.after = after;
            this.savedPostfixReturn = savedPostfixReturn;
            this.savedBlockAfter = savedBlockAfter;
            this.savedContinuation = savedContinuation;
        }
    }

    /** What may continue a statement after its block: nothing, else/elseif (an if), catch/finally (a try). */
    private static final int NO_CONTINUATION = 0;
    private static final int ELSE_CONTINUATION = 1;
    private static final int CATCH_CONTINUATION = 2;

    private static final int PROLOGUE_START = 0;
    private static final int PROLOGUE_AFTER_PARAM = 1;
    private static final int PROLOGUE_NAMED_BLOCKS = 2;
    private static final int PROLOGUE_DONE = 3;

    private final Tokenizer tokenizer;
    private final ScriptSource source;
    private final String script;
    private final List<int[]> requires;
    private final ArrayList<Frame> frames = new ArrayList<>();
    private State state;
    /** The state a postfix chain returns to when no '.', '::' or '[' follows: OPERATOR, COMMAND_ARGS... */
    private State postfixReturn = State.OPERATOR;
    private State redirectReturn = State.COMMAND_ARGS;
    /** The state after the statement block that the current keyword expects. */
    private State blockAfter = State.STATEMENT_END;
    /** The continuation keywords of the statement whose block comes next. */
    private int blockContinuation = NO_CONTINUATION;
    /** The continuation keywords that may come now, just after a block (newlines aside). */
    private int allowedContinuation = NO_CONTINUATION;
    /** The state after the ')' of a keyword's condition. */
    private State conditionAfter = State.EXPECT_BLOCK;
    /** The paren kind a KEYWORD_HEAD opens. */
    private FrameKind conditionKind = FrameKind.CONDITION;
    /** Where the last value ended, to see whether '.' or '[' follows it without a space. */
    private int valueEnd = -1;
    private boolean verbatimNext;
    /** Whether the statement attributes being read precede param (else class or enum). */
    private boolean attributesBeforeParam;
    /** A class method's body just closed: another member may follow on the same line. */
    private boolean memberEnded;
    private int previousType = NEWLINE;
    private PsToken eof;

    /**
     * @param requires collects the {@code #requires} comment lines met, as [start, end) buffer ranges, or null
     * @param initial the state at the start: STATEMENT for a script, OPERAND for a string's {@code $( )}
     */
    PowerShellLexer(ScriptSource source, Tokenizer tokenizer, List<int[]> requires, State initial) {
        this.source = source;
        this.script = source.text();
        this.tokenizer = tokenizer;
        this.requires = requires;
        this.state = initial;
        frames.add(new Frame(FrameKind.SCRIPT, State.STATEMENT, State.OPERATOR, State.STATEMENT_END,
                NO_CONTINUATION));
    }

    /** What the lexer expects next; before a word, whether that word names a command. */
    State state() {
        return state;
    }

    @Override
    public Token nextToken() {
        if (eof != null) {
            return eof;
        }
        while (true) {
            if (verbatimNext) {
                verbatimNext = false;
                tokenizer.scanVerbatimArgument();
                state = State.COMMAND_ARGS;
                return emit(VERBATIM_ARGUMENT);
            }
            tokenizer.skipTrivia(requires);
            PsToken token = next();
            if (token != null) {
                return token;
            }
        }
    }

    private Frame top() {
        return frames.getLast();
    }

    // ---- dispatch ----

    /** The next token, or null when a newline was dropped because the next line continues the pipeline. */
    private PsToken next() {
        int here = tokenizer.pos;
        char c = tokenizer.charAt(here);
        if (here >= tokenizer.length()) {
            return endOfInput();
        }
        if (c == '\n' || c == '\r' || c == ';') {
            return terminator();
        }
        if ((state == State.STATEMENT_END || memberEnded) && needsSeparator(c, here)) {
            return separator(here);
        }
        memberEnded = false;
        boolean adjacent = here == valueEnd;
        return switch (state) {
            case STATEMENT, STATEMENT_END -> statementStart(true);
            case PIPELINE, PIPELINE_OPTIONAL -> statementStart(false);
            case COMMAND_NAME -> commandValue(State.COMMAND_ARGS);
            case COMMAND_ARGS -> commandArgument();
            case OPERAND -> operand(scan(Mode.EXPRESSION, true));
            case OPERATOR -> operator(scan(isStreamRedirection(here) ? Mode.COMMAND : Mode.EXPRESSION, false));
            case POSTFIX -> postfix(adjacent);
            case MEMBER -> memberName(c);
            case AFTER_MEMBER_NAME -> afterMemberName(adjacent, c);
            case AFTER_GENERIC_METHOD_ARGUMENTS -> afterGenericMethodArguments(adjacent, c);
            case AFTER_TYPE_LITERAL -> afterTypeLiteral(adjacent, c);
            case AFTER_STATEMENT_ATTRIBUTE -> afterStatementAttribute(adjacent, c);
            case AFTER_ATTRIBUTE -> operand(scan(Mode.EXPRESSION, true));
            case TYPE_NAME_EXPECTED, TYPE_AFTER_NAME, TYPE_AFTER_ARGUMENTS -> typeToken();
            case TYPE_ASSEMBLY -> {
                tokenizer.scanAssemblyNameSpec();
                state = State.TYPE_AFTER_ARGUMENTS;
                yield emit(ASSEMBLY_NAME);
            }
            case HASH_KEY -> hashKey(c);
            case LABEL_ARGUMENT -> labelArgument(c, here);
            case KEYWORD_HEAD -> c == '(' ? openCondition() : statementStart(false);
            case EXPECT_BLOCK -> c == '{' ? openAt(LCURLY, FrameKind.BLOCK, State.STATEMENT, blockAfter)
                    : operator(scan(Mode.EXPRESSION, false));
            case EXPECT_SCRIPT_BODY -> c == '{' ? openAt(LCURLY, FrameKind.SCRIPT_BLOCK, State.STATEMENT, blockAfter)
                    : operator(scan(Mode.EXPRESSION, false));
            case FUNCTION_NAME -> functionName();
            case FUNCTION_SIGNATURE -> functionSignature(c);
            case PARAM_HEAD -> c == '(' ? openParameterList(State.STATEMENT) : statementStart(false);
            case SWITCH_HEAD -> switchHead(c);
            case SWITCH_FILE -> commandValue(State.SWITCH_HEAD);
            case SWITCH_CLAUSE -> switchClause(c);
            case SWITCH_CLAUSE_BODY -> c == '{' ? openAt(LCURLY, FrameKind.BLOCK, State.STATEMENT, State.SWITCH_CLAUSE)
                    : commandValue(State.SWITCH_CLAUSE_BODY);
            case FOREACH_HEAD -> foreachHead(c);
            case FOREACH_THROTTLE -> commandValue(State.FOREACH_HEAD);
            case FOREACH_VARIABLE -> foreachVariable();
            case FOREACH_IN -> tokenizer.isWordAt(here, "in") ? signatureKeyword(State.PIPELINE)
                    : operator(scan(Mode.EXPRESSION, false));
            case DO_TAIL -> doTail(here);
            case CATCH_HEAD, TRAP_HEAD -> catchHead(c);
            case DATA_HEAD -> dataHead(c);
            case DATA_COMMANDS -> c == '{' ? openAt(LCURLY, FrameKind.BLOCK, State.STATEMENT, State.STATEMENT_END)
                    : c == ',' ? punctuation(COMMA, State.DATA_COMMANDS) : commandValue(State.DATA_COMMANDS);
            case USING_HEAD -> usingHead();
            case USING_ITEM -> usingItem();
            case CLASS_HEAD -> CharTraits.isIdentifierStart(c) ? simpleName(State.CLASS_AFTER_NAME)
                    : operator(scan(Mode.EXPRESSION, false));
            case CLASS_AFTER_NAME -> typeHeadAfterName(c, FrameKind.CLASS_BODY, State.CLASS_MEMBER, State.CLASS_BASES);
            case CLASS_BASES -> baseTypes(c, FrameKind.CLASS_BODY, State.CLASS_MEMBER, State.CLASS_BASES);
            case CLASS_MEMBER -> classMember(c);
            case METHOD_SIGNATURE -> c == '(' ? openParameterList(State.METHOD_AFTER_PARAMETERS)
                    : operator(scan(Mode.EXPRESSION, false));
            case METHOD_AFTER_PARAMETERS -> methodAfterParameters(c);
            case METHOD_BASE -> tokenizer.isWordAt(here, "base") ? signatureKeyword(State.METHOD_BASE_ARGUMENTS)
                    : operator(scan(Mode.EXPRESSION, false));
            case METHOD_BASE_ARGUMENTS -> c == '(' ? openAt(LPAREN, FrameKind.METHOD_ARGUMENTS, State.OPERAND,
                    State.METHOD_AFTER_PARAMETERS) : operator(scan(Mode.EXPRESSION, false));
            case ENUM_HEAD -> CharTraits.isIdentifierStart(c) ? simpleName(State.ENUM_AFTER_NAME)
                    : operator(scan(Mode.EXPRESSION, false));
            case ENUM_AFTER_NAME -> typeHeadAfterName(c, FrameKind.ENUM_BODY, State.ENUM_MEMBER, State.ENUM_BASE);
            case ENUM_BASE -> baseTypes(c, FrameKind.ENUM_BODY, State.ENUM_MEMBER, State.ENUM_BASE);
            case ENUM_MEMBER -> CharTraits.isIdentifierStart(c) ? simpleName(State.OPERATOR)
                    : operator(scan(Mode.EXPRESSION, false));
            case REDIRECT_TARGET -> commandValue(redirectReturn);
        };
    }

    /**
     * Whether a statement (or class member) that ended with a block runs into the next one on the same line,
     * which pwsh allows: {@code if ($a) {1} 2}. A continuation ({@code else}, {@code catch}...) or a closing
     * bracket does not start a new statement.
     */
    private boolean needsSeparator(char c, int here) {
        if (c == ')' || c == '}') {
            return false;
        }
        return state != State.STATEMENT_END || continuationKeywordAt(here) == 0;
    }

    /** The else, elseif, catch or finally that may continue the statement just ended, or 0. */
    private int continuationKeywordAt(int here) {
        if (allowedContinuation == ELSE_CONTINUATION) {
            if (tokenizer.isWordAt(here, "else")) {
                return ELSE;
            }
            if (tokenizer.isWordAt(here, "elseif")) {
                return ELSEIF;
            }
        } else if (allowedContinuation == CATCH_CONTINUATION) {
            if (tokenizer.isWordAt(here, "catch")) {
                return CATCH;
            }
            if (tokenizer.isWordAt(here, "finally")) {
                return FINALLY;
            }
        }
        return 0;
    }

    /**
     * The label after break or continue: a name or an expression. Anything else is not part of the statement;
     * pwsh goes on with the next statement there ({@code break & "cmd"} is {@code break; & "cmd"}).
     */
    private PsToken labelArgument(char c, int here) {
        if (CharTraits.isIdentifierStart(c)) {
            return simpleName(State.OPERATOR);
        }
        int type = scan(Mode.EXPRESSION, true);
        if (startsExpression(type) || type == RCURLY || type == RPAREN) {
            return operand(type);
        }
        tokenizer.pos = here;
        return separator(here);
    }

    /** A zero-width ';' between two statements the script wrote without one. */
    private PsToken separator(int here) {
        memberEnded = false;
        State level = top().kind.level;
        state = level == null ? State.STATEMENT : level;
        tokenizer.start = here;
        tokenizer.end = here;
        tokenizer.value = null;
        return emit(SEMI);
    }

    private PsToken endOfInput() {
        tokenizer.start = tokenizer.length();
        tokenizer.end = tokenizer.length();
        tokenizer.value = null;
        eof = emit(EOF);
        return eof;
    }

    /** A newline or ';': it ends the statement (or clause, entry, member) unless one is still expected. */
    private PsToken terminator() {
        int type = scan(Mode.EXPRESSION, false);
        if (type == NEWLINE && state == State.AFTER_ATTRIBUTE) {
            // pwsh skips newlines after an attribute: it applies to what follows.
            return null;
        }
        if (type == NEWLINE && isAfterPipelineElement()) {
            int pipe = tokenizer.pipeContinuation(tokenizer.pos);
            if (pipe >= 0) {
                tokenizer.pos = pipe;
                return null;
            }
        }
        State level = top().kind.level;
        if (level != null && endsAtTerminator(state)) {
            state = level;
        }
        return emit(type);
    }

    /**
     * After an expression, pwsh looks for redirections in command mode, so {@code $x 2>$null} redirects stream 2
     * (where an operand is expected, {@code 2>} would be the number 2).
     */
    private boolean isStreamRedirection(int here) {
        char c = tokenizer.charAt(here);
        return c >= '1' && c <= '6' && tokenizer.charAt(here + 1) == '>';
    }

    private boolean isAfterPipelineElement() {
        return state == State.OPERATOR || state == State.POSTFIX || state == State.COMMAND_ARGS
                || state == State.AFTER_MEMBER_NAME || state == State.AFTER_TYPE_LITERAL
                || state == State.AFTER_STATEMENT_ATTRIBUTE;
    }

    private static boolean endsAtTerminator(State state) {
        return switch (state) {
            case OPERATOR, POSTFIX, COMMAND_ARGS, AFTER_MEMBER_NAME, AFTER_GENERIC_METHOD_ARGUMENTS,
                 AFTER_TYPE_LITERAL, AFTER_STATEMENT_ATTRIBUTE, LABEL_ARGUMENT, USING_HEAD, USING_ITEM, STATEMENT_END, PIPELINE_OPTIONAL,
                 COMMAND_NAME, REDIRECT_TARGET -> true;
            default -> false;
        };
    }

    // ---- statements ----

    /**
     * The start of a statement (keywords allowed) or of a pipeline element. As pwsh: a keyword is a keyword, then
     * what scans as the start of an expression in expression mode is one, and anything else is a command,
     * scanned again in command mode.
     */
    private PsToken statementStart(boolean keywords) {
        int here = tokenizer.pos;
        char c = tokenizer.charAt(here);
        if (CharTraits.isIdentifierStart(c) || keywords && c == ':') {
            int type = scan(Mode.COMMAND, false);
            if (keywords) {
                PsToken statement = statementKeyword(type);
                if (statement != null) {
                    return statement;
                }
                endPrologue(type);
            }
            return commandName();
        }
        if (keywords && c == '[' && isStatementAttributeList(here)) {
            return openStatementAttribute();
        }
        int type = scan(Mode.EXPRESSION, true);
        if (startsExpression(type) || type == RPAREN || type == RCURLY || type == PIPE || type == ANDAND
                || type == OROR || type == RBRACKET) {
            if (keywords) {
                endPrologue(type);
            }
            return operand(type);
        }
        tokenizer.pos = here;
        type = scan(Mode.COMMAND, false);
        if (keywords) {
            endPrologue(type);
        }
        if (type == AMPERSAND || type == DOT) {
            state = State.COMMAND_NAME;
            return emit(type == DOT ? DOT_SOURCE : AMPERSAND);
        }
        return commandName();
    }

    private PsToken commandName() {
        state = State.COMMAND_ARGS;
        return emitWord(false);
    }

    /** A keyword at the start of a statement, or null when the word is not one here. */
    private PsToken statementKeyword(int type) {
        Frame frame = top();
        boolean script = frame.kind == FrameKind.SCRIPT || frame.kind == FrameKind.SCRIPT_BLOCK;
        switch (type) {
            case LABEL -> {
                endPrologue(type);
                if (!isLoopKeywordAhead()) {
                    // pwsh re-reads a label that does not precede a loop or switch as a command name.
                    return commandName();
                }
                state = State.STATEMENT;
                return emit(LABEL);
            }
            case PARAM -> {
                if (!script || frame.prologue != PROLOGUE_START) {
                    return null;
                }
                frame.prologue = PROLOGUE_AFTER_PARAM;
                return keyword(PARAM, State.PARAM_HEAD);
            }
            case BEGIN, PROCESS, END, CLEAN, DYNAMICPARAM -> {
                if (!script || frame.prologue > PROLOGUE_NAMED_BLOCKS) {
                    return null;
                }
                frame.prologue = PROLOGUE_NAMED_BLOCKS;
                blockAfter = State.STATEMENT;
                return keyword(type, State.EXPECT_BLOCK);
            }
            case USING -> {
                // pwsh reads using statements only before anything else in a script (UsingStatementsRule).
                boolean first = frame.kind == FrameKind.SCRIPT && frame.prologue == PROLOGUE_START;
                return keyword(first ? USING : MISPLACED_USING, State.USING_HEAD);
            }
            case ELSE, ELSEIF, CATCH, FINALLY -> {
                // Only right after the if's or try's block; elsewhere pwsh reads the word as a command name.
                if (continuationKeywordAt(tokenizer.start) != type) {
                    return null;
                }
            }
            default -> {
            }
        }
        blockContinuation = NO_CONTINUATION;
        State next = switch (type) {
            case IF, ELSEIF, WHILE, FOR -> {
                conditionKind = type == FOR ? FrameKind.FOR_PAREN : FrameKind.CONDITION;
                conditionAfter = State.EXPECT_BLOCK;
                blockAfter = State.STATEMENT_END;
                blockContinuation = type == IF || type == ELSEIF ? ELSE_CONTINUATION : NO_CONTINUATION;
                yield State.KEYWORD_HEAD;
            }
            case SWITCH -> State.SWITCH_HEAD;
            case FOREACH -> State.FOREACH_HEAD;
            case DO -> {
                blockAfter = State.DO_TAIL;
                yield State.EXPECT_BLOCK;
            }
            case BLOCK_KEYWORD -> {
                blockAfter = State.STATEMENT_END;
                yield State.EXPECT_BLOCK;
            }
            case ELSE, TRY, FINALLY -> {
                blockAfter = State.STATEMENT_END;
                blockContinuation = type == TRY ? CATCH_CONTINUATION : NO_CONTINUATION;
                yield State.EXPECT_BLOCK;
            }
            case CATCH -> {
                blockContinuation = CATCH_CONTINUATION;
                yield State.CATCH_HEAD;
            }
            case TRAP -> State.TRAP_HEAD;
            case FUNCTION, FILTER, WORKFLOW -> State.FUNCTION_NAME;
            case RETURN, THROW, EXIT -> State.PIPELINE_OPTIONAL;
            case BREAK, CONTINUE -> State.LABEL_ARGUMENT;
            case DATA -> State.DATA_HEAD;
            case CLASS -> State.CLASS_HEAD;
            case ENUM -> State.ENUM_HEAD;
            case RESERVED_KEYWORD -> State.STATEMENT_END;
            default -> null;
        };
        if (next == null) {
            return null;
        }
        endPrologue(type);
        return keyword(type, next);
    }

    /** A statement other than param, named blocks, using and attributes ends the prologue of a script block. */
    private void endPrologue(int type) {
        Frame frame = top();
        if ((frame.kind == FrameKind.SCRIPT || frame.kind == FrameKind.SCRIPT_BLOCK) && type != LBRACKET) {
            frame.prologue = PROLOGUE_DONE;
        }
    }

    /** Emits the keyword just scanned. */
    private PsToken keyword(int type, State next) {
        state = next;
        return emit(type);
    }

    /** Scans and emits a keyword that only counts in one place ({@code in}, {@code base}). */
    private PsToken signatureKeyword(State next) {
        return keyword(scan(Mode.SIGNATURE, false), next);
    }

    private static boolean startsExpression(int type) {
        return switch (type) {
            case VARIABLE, SPLATTED_VARIABLE, NUMBER, STRING_LITERAL, STRING_EXPANDABLE, HERE_STRING_LITERAL,
                 HERE_STRING_EXPANDABLE, LPAREN, DOLLAR_PAREN, AT_PAREN, AT_CURLY, LCURLY, LBRACKET, COMMA, EXCLAIM,
                 NOT_OP, BNOT_OP, PLUS, MINUS, PLUSPLUS, MINUSMINUS, SPLIT_OP, JOIN_OP -> true;
            default -> false;
        };
    }

    // ---- commands ----

    private PsToken commandArgument() {
        int type = scan(Mode.COMMAND, false);
        switch (type) {
            case PARAMETER, PARAMETER_COLON, MINUSMINUS, COMMA -> {
                return emit(type);
            }
            case PIPE, ANDAND, OROR, AMPERSAND, FILE_REDIRECTION, INPUT_REDIRECTION, MERGING_REDIRECTION, RPAREN,
                 RCURLY -> {
                redirectReturn = State.COMMAND_ARGS;
                return structural(type);
            }
            case GENERIC -> {
                if ("--%".equals(tokenizer.value)) {
                    verbatimNext = true;
                }
                return emitWord(true);
            }
            default -> {
                return commandValueToken(type, State.COMMAND_ARGS);
            }
        }
    }

    /** One command argument (a value with its postfix operators, or a bare word), then {@code next}. */
    private PsToken commandValue(State next) {
        return commandValueToken(scan(Mode.COMMAND, false), next);
    }

    private PsToken commandValueToken(int type, State next) {
        switch (type) {
            case VARIABLE, SPLATTED_VARIABLE, NUMBER, STRING_LITERAL, STRING_EXPANDABLE, HERE_STRING_LITERAL,
                 HERE_STRING_EXPANDABLE -> {
                postfixReturn = next;
                return emitValue(type);
            }
            case LPAREN, DOLLAR_PAREN, AT_PAREN, AT_CURLY, LCURLY -> {
                postfixReturn = next;
                return openValue(type);
            }
            case PIPE, ANDAND, OROR, AMPERSAND, RPAREN, RCURLY, COMMA -> {
                return structural(type);
            }
            default -> {
                state = next;
                return emitWord(true);
            }
        }
    }

    /**
     * A bare word: GENERIC, whatever the tokenizer made of it (a keyword, an operator, a parameter are all bare
     * words where a command name or argument is expected). {@code expandable} keeps a bare word's {@code $var}
     * parts (an argument) or drops them (a command name is taken as written).
     */
    private PsToken emitWord(boolean expandable) {
        if (tokenizer.kind != GENERIC) {
            tokenizer.value = script.substring(tokenizer.offset(tokenizer.start), tokenizer.offset(tokenizer.end));
            tokenizer.nested = null;
        } else if (!expandable) {
            tokenizer.nested = null;
        }
        return emit(GENERIC);
    }

    // ---- expressions ----

    private int scan(Mode mode, boolean allowSignedNumbers) {
        tokenizer.mode = mode;
        tokenizer.allowSignedNumbers = allowSignedNumbers;
        tokenizer.forceEndNumberOnTernary = allowSignedNumbers && endsNumbersOnTernaryCharacters(previousType);
        tokenizer.wantSimpleName = false;
        return tokenizer.scan();
    }

    /** After an operator, '?' and ':' end a number ({@code $c ? 1:2}); pwsh's endNumberOnTernaryOpChars. */
    private static boolean endsNumbersOnTernaryCharacters(int previous) {
        return switch (previous) {
            case QUESTION, COLON, COMMA, DOTDOT, FORMAT, STAR, SLASH, PERCENT, PLUS, MINUS, QUESTION_QUESTION,
                 COMPARE_OP, SPLIT_OP, JOIN_OP, BITWISE_OP, LOGICAL_OP, NOT_OP, BNOT_OP, EXCLAIM, PLUSPLUS,
                 MINUSMINUS, UNARY_PLUS, UNARY_MINUS, UNARY_COMMA, UNARY_SPLIT, UNARY_JOIN -> true;
            default -> false;
        };
    }

    /** A token where an operand is expected (scanned in expression mode). */
    private PsToken operand(int type) {
        switch (type) {
            case VARIABLE, SPLATTED_VARIABLE, NUMBER, STRING_LITERAL, STRING_EXPANDABLE, HERE_STRING_LITERAL,
                 HERE_STRING_EXPANDABLE -> {
                postfixReturn = State.OPERATOR;
                return emitValue(type);
            }
            case LPAREN, DOLLAR_PAREN, AT_PAREN, AT_CURLY, LCURLY -> {
                postfixReturn = State.OPERATOR;
                return openValue(type);
            }
            case LBRACKET -> {
                postfixReturn = State.OPERATOR;
                return open(LBRACKET, FrameKind.TYPE, State.TYPE_NAME_EXPECTED, State.AFTER_TYPE_LITERAL);
            }
            case COMMA, EXCLAIM, NOT_OP, BNOT_OP, PLUS, MINUS, PLUSPLUS, MINUSMINUS, SPLIT_OP, JOIN_OP -> {
                state = State.OPERAND;
                return emit(unaryForm(type));
            }
            case IDENTIFIER -> {
                state = State.OPERATOR;
                return emit(type);
            }
            default -> {
                return operator(type);
            }
        }
    }

    /** Where an operand is expected, '+', '-', ',', -split and -join are prefix operators. */
    private static int unaryForm(int type) {
        return switch (type) {
            case PLUS -> UNARY_PLUS;
            case MINUS -> UNARY_MINUS;
            case COMMA -> UNARY_COMMA;
            case SPLIT_OP -> UNARY_SPLIT;
            case JOIN_OP -> UNARY_JOIN;
            default -> type;
        };
    }

    /** A token after an operand (scanned in expression mode). */
    private PsToken operator(int type) {
        switch (type) {
            case DOTDOT, FORMAT, STAR, SLASH, PERCENT, PLUS, MINUS, QUESTION_QUESTION, COMPARE_OP, SPLIT_OP,
                 JOIN_OP, BITWISE_OP, LOGICAL_OP, COMMA, QUESTION, COLON -> {
                state = State.OPERAND;
                return emit(type);
            }
            case PLUSPLUS, MINUSMINUS -> {
                state = State.OPERATOR;
                return emit(type == PLUSPLUS ? POSTFIX_PLUSPLUS : POSTFIX_MINUSMINUS);
            }
            case EQUALS, ASSIGN_OP -> {
                FrameKind kind = top().kind;
                boolean expressionFollows = kind == FrameKind.PARAMETER_LIST || kind == FrameKind.ATTRIBUTE_ARGUMENTS
                        || kind == FrameKind.CLASS_BODY || kind == FrameKind.ENUM_BODY;
                state = expressionFollows ? State.OPERAND : State.STATEMENT;
                return emit(type);
            }
            case VARIABLE, SPLATTED_VARIABLE, NUMBER, STRING_LITERAL, STRING_EXPANDABLE, HERE_STRING_LITERAL,
                 HERE_STRING_EXPANDABLE, LPAREN, DOLLAR_PAREN, AT_PAREN, AT_CURLY, LCURLY, LBRACKET -> {
                return operand(type);
            }
            default -> {
                redirectReturn = State.OPERATOR;
                return structural(type);
            }
        }
    }

    /** Tokens that mean the same wherever they come: pipes, closing brackets, redirections. */
    private PsToken structural(int type) {
        switch (type) {
            case PIPE, ANDAND, OROR -> {
                state = State.PIPELINE;
                return emit(type);
            }
            case AMPERSAND -> {
                // A trailing '&' runs the pipeline in the background; a new statement may follow.
                state = State.STATEMENT_END;
                return emit(type);
            }
            case FILE_REDIRECTION, INPUT_REDIRECTION -> {
                state = State.REDIRECT_TARGET;
                return emit(type);
            }
            case MERGING_REDIRECTION -> {
                state = redirectReturn;
                return emit(type);
            }
            case RPAREN, RCURLY, RBRACKET -> {
                return close(type);
            }
            case COMMA -> {
                return emit(type);
            }
            default -> {
                return emit(type);
            }
        }
    }

    private PsToken postfix(boolean adjacent) {
        if (adjacent) {
            PsToken member = memberAccessOperator(true);
            if (member != null) {
                return member;
            }
        }
        state = postfixReturn;
        return next();
    }

    /**
     * '.', '::', '?.', and when {@code brackets}, '[' and '?[' written right after a value. In command mode a
     * '.' or '::' followed by a space is not member access ({@code Write-Output $x .}).
     */
    private PsToken memberAccessOperator(boolean brackets) {
        int here = tokenizer.pos;
        char c = tokenizer.charAt(here);
        char c1 = tokenizer.charAt(here + 1);
        boolean commandMode = isCommandState(postfixReturn);
        if (c == '.' && c1 != '.' && !(commandMode && endsWord(c1))) {
            return punctuation(here, 1, DOT, State.MEMBER);
        }
        if (c == ':' && c1 == ':' && !(commandMode && endsWord(tokenizer.charAt(here + 2)))) {
            return punctuation(here, 2, COLONCOLON, State.MEMBER);
        }
        if (c == '?' && c1 == '.') {
            return punctuation(here, 2, QUESTION_DOT, State.MEMBER);
        }
        if (brackets && c == '[') {
            punctuation(here, 1, INDEX_LBRACKET, State.OPERAND);
            return pushed(FrameKind.INDEX, State.OPERAND, State.POSTFIX);
        }
        if (brackets && c == '?' && c1 == '[') {
            punctuation(here, 2, QUESTION_LBRACKET, State.OPERAND);
            return pushed(FrameKind.INDEX, State.OPERAND, State.POSTFIX);
        }
        return null;
    }

    private boolean endsWord(char c) {
        return CharTraits.isWhitespace(c) || c == '\0' || c == '\r' || c == '\n';
    }

    private static boolean isCommandState(State state) {
        return state != State.OPERATOR;
    }

    private PsToken memberName(char c) {
        if (CharTraits.isIdentifierStart(c)) {
            return simpleName(State.AFTER_MEMBER_NAME);
        }
        int type = scan(Mode.EXPRESSION, false);
        switch (type) {
            case VARIABLE, SPLATTED_VARIABLE, NUMBER, STRING_LITERAL, STRING_EXPANDABLE, HERE_STRING_LITERAL,
                 HERE_STRING_EXPANDABLE -> {
                state = State.AFTER_MEMBER_NAME;
                valueEnd = tokenizer.end;
                return emit(type);
            }
            case LPAREN, DOLLAR_PAREN, AT_PAREN, AT_CURLY, LCURLY -> {
                return openBracket(type, State.AFTER_MEMBER_NAME);
            }
            default -> {
                return operand(type);
            }
        }
    }

    /** A name scanned as pwsh's SimpleNameRule does: an identifier, never a keyword or bare word. */
    private PsToken simpleName(State next) {
        tokenizer.mode = Mode.EXPRESSION;
        tokenizer.allowSignedNumbers = false;
        tokenizer.wantSimpleName = true;
        tokenizer.scan();
        state = next;
        valueEnd = tokenizer.end;
        return emit(IDENTIFIER);
    }

    private PsToken afterMemberName(boolean adjacent, char c) {
        if (adjacent) {
            int here = tokenizer.pos;
            if (c == '(') {
                punctuation(here, 1, INVOKE_LPAREN, State.OPERAND);
                return pushed(FrameKind.METHOD_ARGUMENTS, State.OPERAND, State.POSTFIX);
            }
            if (c == '{') {
                punctuation(here, 1, INVOKE_LCURLY, State.STATEMENT);
                return pushed(FrameKind.SCRIPT_BLOCK, State.STATEMENT, State.POSTFIX);
            }
            if (c == '[' && tokenizer.isGenericMethodArguments(here)) {
                punctuation(here, 1, LBRACKET, State.TYPE_NAME_EXPECTED);
                return pushed(FrameKind.GENERIC_METHOD_ARGUMENTS, State.TYPE_NAME_EXPECTED,
                        State.AFTER_GENERIC_METHOD_ARGUMENTS);
            }
        }
        return postfix(adjacent);
    }

    private PsToken afterGenericMethodArguments(boolean adjacent, char c) {
        if (adjacent && c == '(') {
            punctuation(tokenizer.pos, 1, INVOKE_LPAREN, State.OPERAND);
            return pushed(FrameKind.METHOD_ARGUMENTS, State.OPERAND, State.POSTFIX);
        }
        return postfix(adjacent);
    }

    /** {@code [CmdletBinding()]param(...)}, {@code [Flags()]enum E {...}}: the keyword may follow at once. */
    private PsToken afterStatementAttribute(boolean adjacent, char c) {
        if (c == '[') {
            return openStatementAttribute();
        }
        if (CharTraits.isIdentifierStart(c)) {
            int here = tokenizer.pos;
            int type = scan(Mode.COMMAND, false);
            if (type == PARAM || type == CLASS || type == ENUM) {
                PsToken keyword = statementKeyword(type);
                if (keyword != null) {
                    return keyword;
                }
            }
            tokenizer.pos = here;
        }
        return afterTypeLiteral(adjacent, c);
    }

    private PsToken openStatementAttribute() {
        scan(Mode.EXPRESSION, false);
        return open(attributesBeforeParam ? PARAM_ATTRIBUTE_LBRACKET : ATTRIBUTE_LBRACKET, FrameKind.TYPE,
                State.TYPE_NAME_EXPECTED, State.AFTER_STATEMENT_ATTRIBUTE);
    }

    /** Whether a loop or switch keyword follows the label just scanned, on the same line. */
    private boolean isLoopKeywordAhead() {
        int labelEnd = tokenizer.pos;
        try {
            tokenizer.skipTrivia(null);
            int here = tokenizer.pos;
            for (String word : new String[]{"switch", "foreach", "for", "while", "do"}) {
                if (tokenizer.isWordAt(here, word)
                        && CharTraits.forceStartNewToken(tokenizer.charAt(here + word.length()))) {
                    return true;
                }
            }
            return false;
        } catch (ParseException e) {
            return false;
        } finally {
            tokenizer.pos = labelEnd;
        }
    }

    /**
     * Whether the '[' at {@code at} starts attributes of a param block, class or enum: bracketed groups, maybe on
     * several lines, then the keyword. pwsh parses the attributes and then looks at the keyword; the grammar needs
     * to know at the first '[' (an expression such as {@code [int]$x = 1} also starts with one). Remembers in
     * {@link #attributesBeforeParam} which keyword it is.
     */
    private boolean isStatementAttributeList(int at) {
        Frame frame = top();
        boolean paramAllowed = (frame.kind == FrameKind.SCRIPT || frame.kind == FrameKind.SCRIPT_BLOCK)
                && frame.prologue == PROLOGUE_START;
        Tokenizer.Mode mode = tokenizer.mode;
        try {
            while (true) {
                if (!skipBracketed()) {
                    return false;
                }
                while (true) {
                    tokenizer.skipTrivia(null);
                    char c = tokenizer.charAt(tokenizer.pos);
                    if (c != '\n' && c != '\r') {
                        break;
                    }
                    tokenizer.pos++;
                }
                int here = tokenizer.pos;
                if (tokenizer.charAt(here) == '[') {
                    continue;
                }
                for (String word : paramAllowed ? new String[]{"class", "enum", "param"} : new String[]{"class", "enum"}) {
                    if (tokenizer.isWordAt(here, word)
                            && CharTraits.forceStartNewToken(tokenizer.charAt(here + word.length()))) {
                        attributesBeforeParam = word.equals("param");
                        return true;
                    }
                }
                return false;
            }
        } catch (ParseException e) {
            return false;
        } finally {
            tokenizer.pos = at;
            tokenizer.mode = mode;
        }
    }

    /** Skips one bracketed group from the '[' at the current position; false at the end of the script. */
    private boolean skipBracketed() {
        int depth = 0;
        do {
            tokenizer.skipTrivia(null);
            tokenizer.mode = Mode.EXPRESSION;
            tokenizer.allowSignedNumbers = false;
            tokenizer.wantSimpleName = false;
            switch (tokenizer.scan()) {
                case LBRACKET, LPAREN, LCURLY, AT_PAREN, AT_CURLY, DOLLAR_PAREN -> depth++;
                case RBRACKET, RPAREN, RCURLY -> depth--;
                case EOF -> {
                    return false;
                }
                default -> {
                }
            }
        } while (depth > 0);
        return true;
    }

    private PsToken afterTypeLiteral(boolean adjacent, char c) {
        if (adjacent && c != '[') {
            PsToken member = memberAccessOperator(false);
            if (member != null) {
                return member;
            }
        }
        int type = scan(Mode.EXPRESSION, true);
        endPrologue(type);
        // "[int], 1" is a type then an array: pwsh casts only when no comma follows.
        return type == COMMA ? operator(type) : operand(type);
    }

    private PsToken hashKey(char c) {
        if (CharTraits.isIdentifierStart(c)) {
            if (continuationKeywordAt(tokenizer.pos) != 0) {
                // An if or try statement as the value of the previous entry continues on this line.
                return statementKeyword(scan(Mode.COMMAND, false));
            }
            return simpleName(State.OPERATOR);
        }
        return operand(scan(Mode.EXPRESSION, true));
    }

    // ---- types ----

    private PsToken typeToken() {
        int type = scan(Mode.TYPE_NAME, false);
        FrameKind frame = top().kind;
        switch (type) {
            case TYPE_NAME -> {
                state = State.TYPE_AFTER_NAME;
                return emit(type);
            }
            case LBRACKET -> {
                if (state == State.TYPE_AFTER_NAME) {
                    return open(LBRACKET, FrameKind.GENERIC_ARGUMENTS, State.TYPE_NAME_EXPECTED, State.TYPE_AFTER_NAME);
                }
                return open(LBRACKET, FrameKind.BRACKETED_ARGUMENT, State.TYPE_NAME_EXPECTED, State.TYPE_AFTER_NAME);
            }
            case LPAREN -> {
                top().attribute = true;
                return open(LPAREN, FrameKind.ATTRIBUTE_ARGUMENTS, State.OPERAND, State.TYPE_AFTER_ARGUMENTS);
            }
            case COMMA -> {
                boolean assembly = state == State.TYPE_AFTER_NAME
                        && (frame == FrameKind.TYPE || frame == FrameKind.BRACKETED_ARGUMENT);
                state = assembly ? State.TYPE_ASSEMBLY : State.TYPE_NAME_EXPECTED;
                return emit(type);
            }
            case NEWLINE, SEMI -> {
                return emit(type);
            }
            default -> {
                return structural(type);
            }
        }
    }

    private PsToken typeHeadAfterName(char c, FrameKind body, State member, State bases) {
        if (c == '{') {
            return openAt(LCURLY, body, member, State.STATEMENT_END);
        }
        if (c == ':') {
            return punctuation(tokenizer.pos, 1, COLON, bases);
        }
        return operator(scan(Mode.EXPRESSION, false));
    }

    /** The base types after {@code class Name :} (or an enum's underlying type), without brackets. */
    private PsToken baseTypes(char c, FrameKind body, State member, State bases) {
        if (c == '{') {
            return openAt(LCURLY, body, member, State.STATEMENT_END);
        }
        int type = scan(Mode.TYPE_NAME, false);
        if (type == LBRACKET) {
            return open(LBRACKET, FrameKind.GENERIC_ARGUMENTS, State.TYPE_NAME_EXPECTED, bases);
        }
        state = bases;
        return emit(type);
    }

    // ---- keyword heads ----

    private PsToken openCondition() {
        scan(Mode.EXPRESSION, false);
        return open(LPAREN, conditionKind, State.PIPELINE, conditionAfter);
    }

    private PsToken functionName() {
        int type = scan(Mode.COMMAND, false);
        switch (type) {
            case PIPE, LPAREN, LCURLY, AT_PAREN, AT_CURLY, RCURLY, RPAREN, SEMI, FILE_REDIRECTION, INPUT_REDIRECTION,
                 MERGING_REDIRECTION, ANDAND, OROR, AMPERSAND, VARIABLE, SPLATTED_VARIABLE, STRING_LITERAL,
                 STRING_EXPANDABLE, HERE_STRING_LITERAL, HERE_STRING_EXPANDABLE -> {
                return operator(type);
            }
            default -> {
                state = State.FUNCTION_SIGNATURE;
                return emitWord(false);
            }
        }
    }

    private PsToken functionSignature(char c) {
        blockAfter = State.STATEMENT_END;
        if (c == '(') {
            return openParameterList(State.EXPECT_SCRIPT_BODY);
        }
        if (c == '{') {
            return openAt(LCURLY, FrameKind.SCRIPT_BLOCK, State.STATEMENT, State.STATEMENT_END);
        }
        return operator(scan(Mode.EXPRESSION, false));
    }

    private PsToken openParameterList(State after) {
        scan(Mode.EXPRESSION, false);
        return open(LPAREN, FrameKind.PARAMETER_LIST, State.OPERAND, after);
    }

    private PsToken switchHead(char c) {
        if (c == '(') {
            conditionKind = FrameKind.CONDITION;
            conditionAfter = State.SWITCH_HEAD;
            return openCondition();
        }
        if (c == '{') {
            return openAt(LCURLY, FrameKind.SWITCH_BODY, State.SWITCH_CLAUSE, State.STATEMENT_END);
        }
        int type = scan(Mode.COMMAND, false);
        if (type == PARAMETER || type == PARAMETER_COLON) {
            if (isParameterPrefixOf("file")) {
                state = State.SWITCH_FILE;
                return emit(SWITCH_FILE_PARAMETER);
            }
            return emit(PARAMETER);
        }
        return commandValueToken(type, State.SWITCH_HEAD);
    }

    /** pwsh matches switch and foreach flags by prefix: {@code -f} is {@code -file}. */
    private boolean isParameterPrefixOf(String name) {
        String typed = tokenizer.value.toLowerCase(Locale.ROOT);
        return !typed.isEmpty() && name.startsWith(typed);
    }

    private PsToken switchClause(char c) {
        if (c == '}') {
            return close(scan(Mode.EXPRESSION, false));
        }
        int here = tokenizer.pos;
        if (tokenizer.isWordAt(here, "default") && CharTraits.forceStartNewToken(tokenizer.charAt(here + 7))) {
            scan(Mode.COMMAND, false);
            return keyword(DEFAULT, State.SWITCH_CLAUSE_BODY);
        }
        return commandValue(State.SWITCH_CLAUSE_BODY);
    }

    private PsToken foreachHead(char c) {
        if (c == '(') {
            scan(Mode.EXPRESSION, false);
            blockAfter = State.STATEMENT_END;
            return open(LPAREN, FrameKind.FOREACH_PAREN, State.FOREACH_VARIABLE, State.EXPECT_BLOCK);
        }
        int type = scan(Mode.COMMAND, false);
        if (type == PARAMETER || type == PARAMETER_COLON) {
            if (!isParameterPrefixOf("parallel") && isParameterPrefixOf("throttlelimit")) {
                state = State.FOREACH_THROTTLE;
                return emit(THROTTLE_LIMIT_PARAMETER);
            }
            return emit(PARAMETER);
        }
        return commandValueToken(type, State.FOREACH_HEAD);
    }

    private PsToken foreachVariable() {
        int type = scan(Mode.EXPRESSION, false);
        if (type == VARIABLE || type == SPLATTED_VARIABLE) {
            state = State.FOREACH_IN;
            return emit(type);
        }
        return operand(type);
    }

    private PsToken doTail(int here) {
        for (String word : new String[]{"while", "until"}) {
            if (tokenizer.isWordAt(here, word)) {
                scan(Mode.COMMAND, false);
                conditionKind = FrameKind.CONDITION;
                conditionAfter = State.STATEMENT_END;
                return keyword(word.equals("while") ? WHILE : UNTIL, State.KEYWORD_HEAD);
            }
        }
        return statementStart(true);
    }

    private PsToken catchHead(char c) {
        State head = state;
        if (c == '[') {
            scan(Mode.EXPRESSION, false);
            return open(LBRACKET, FrameKind.TYPE, State.TYPE_NAME_EXPECTED, head);
        }
        if (c == '{') {
            return openAt(LCURLY, FrameKind.BLOCK, State.STATEMENT, State.STATEMENT_END);
        }
        if (c == ',') {
            return punctuation(COMMA, head);
        }
        return operator(scan(Mode.EXPRESSION, false));
    }

    private PsToken dataHead(char c) {
        if (c == '{') {
            return openAt(LCURLY, FrameKind.BLOCK, State.STATEMENT, State.STATEMENT_END);
        }
        if (CharTraits.isIdentifierStart(c)) {
            return simpleName(State.DATA_HEAD);
        }
        int type = scan(Mode.COMMAND, false);
        if (type == PARAMETER || type == PARAMETER_COLON) {
            state = State.DATA_COMMANDS;
            return emit(PARAMETER);
        }
        return commandValueToken(type, State.DATA_COMMANDS);
    }

    private PsToken usingHead() {
        int type = scan(Mode.COMMAND, false);
        if (type == NAMESPACE || type == MODULE || type == ASSEMBLY || type == TYPE || type == COMMAND) {
            state = State.USING_ITEM;
            return emit(type);
        }
        return commandValueToken(type, State.USING_ITEM);
    }

    private PsToken usingItem() {
        int type = scan(Mode.COMMAND, false);
        if (type == EQUALS || type == COMMA) {
            return emit(type);
        }
        return commandValueToken(type, State.USING_ITEM);
    }

    private PsToken classMember(char c) {
        if (c == '[') {
            scan(Mode.EXPRESSION, false);
            return open(LBRACKET, FrameKind.TYPE, State.TYPE_NAME_EXPECTED, State.CLASS_MEMBER);
        }
        if (c == '}') {
            return close(scan(Mode.EXPRESSION, false));
        }
        if (CharTraits.isIdentifierStart(c)) {
            int type = scan(Mode.SIGNATURE, false);
            if (type == STATIC || type == HIDDEN) {
                state = State.CLASS_MEMBER;
                return emit(type);
            }
            state = State.METHOD_SIGNATURE;
            return emit(IDENTIFIER);
        }
        int type = scan(Mode.EXPRESSION, false);
        if (type == VARIABLE) {
            state = State.OPERATOR;
            return emit(type);
        }
        return operator(type);
    }

    private PsToken methodAfterParameters(char c) {
        if (c == '{') {
            return openAt(LCURLY, FrameKind.SCRIPT_BLOCK, State.STATEMENT, State.CLASS_MEMBER);
        }
        if (c == ':') {
            return punctuation(tokenizer.pos, 1, COLON, State.METHOD_BASE);
        }
        return operator(scan(Mode.EXPRESSION, false));
    }

    // ---- brackets ----

    /** Opens a bracket that is a value: after it closes, postfix operators may follow. */
    private PsToken openValue(int type) {
        return openBracket(type, State.POSTFIX);
    }

    private PsToken openBracket(int type, State after) {
        return switch (type) {
            case LPAREN -> open(type, FrameKind.PAREN, State.PIPELINE, after);
            case DOLLAR_PAREN, AT_PAREN -> open(type, FrameKind.SUBEXPRESSION, State.STATEMENT, after);
            case AT_CURLY -> open(type, FrameKind.HASH, State.HASH_KEY, after);
            default -> open(type, FrameKind.SCRIPT_BLOCK, State.STATEMENT, after);
        };
    }

    /** Emits the opening token the tokenizer just scanned and opens its frame. */
    private PsToken open(int type, FrameKind kind, State inner, State after) {
        emit(type);
        return pushed(kind, inner, after);
    }

    /** Emits the one-character opening token at the current position and opens its frame. */
    private PsToken openAt(int type, FrameKind kind, State inner, State after) {
        punctuation(tokenizer.pos, 1, type, inner);
        return pushed(kind, inner, after);
    }

    /** Opens a frame for the token just emitted. */
    private PsToken pushed(FrameKind kind, State inner, State after) {
        frames.add(new Frame(kind, after, postfixReturn, blockAfter, blockContinuation));
        state = inner;
        return lastEmitted;
    }

    /** A closing bracket: closes the innermost frame when it is the matching kind. */
    private PsToken close(int type) {
        Frame frame = top();
        char closer = type == RPAREN ? ')' : type == RCURLY ? '}' : ']';
        if (frame.kind.closer != closer || frames.size() == 1) {
            return emit(type);
        }
        frames.removeLast();
        state = frame.attribute && frame.after == State.AFTER_TYPE_LITERAL ? State.AFTER_ATTRIBUTE : frame.after;
        memberEnded = frame.kind == FrameKind.SCRIPT_BLOCK && frame.after == State.CLASS_MEMBER;
        postfixReturn = frame.savedPostfixReturn;
        blockAfter = frame.savedBlockAfter;
        blockContinuation = frame.savedContinuation;
        valueEnd = tokenizer.end;
        PsToken token = emit(type);
        allowedContinuation = frame.kind == FrameKind.BLOCK ? frame.savedContinuation : NO_CONTINUATION;
        return token;
    }

    private PsToken punctuation(int type, State next) {
        return punctuation(tokenizer.pos, 1, type, next);
    }

    private PsToken punctuation(int at, int length, int type, State next) {
        tokenizer.start = at;
        tokenizer.end = at + length;
        tokenizer.pos = at + length;
        tokenizer.value = null;
        tokenizer.nested = null;
        state = next;
        return emit(type);
    }

    // ---- emitting ----

    private PsToken lastEmitted;

    private PsToken emitValue(int type) {
        state = State.POSTFIX;
        valueEnd = tokenizer.end;
        return emit(type);
    }

    private PsToken emit(int type) {
        int start = tokenizer.offset(tokenizer.start);
        int end = tokenizer.offset(tokenizer.end);
        if (tokenizer.end > tokenizer.start && tokenizer.end <= tokenizer.length()) {
            end = tokenizer.offset(tokenizer.end - 1) + 1;
        }
        PsToken token = new PsToken(script, type, start, end, source.lineOf(start), source.columnOf(start) - 1);
        token.value = tokenizer.value;
        token.number = tokenizer.number;
        token.variablePath = tokenizer.variablePath;
        token.nested = tokenizer.nested;
        token.format = tokenizer.format;
        token.fromStream = tokenizer.fromStream;
        token.toStream = tokenizer.toStream;
        token.append = tokenizer.append;
        previousType = type;
        lastEmitted = token;
        if (type != NEWLINE) {
            allowedContinuation = NO_CONTINUATION;
        }
        return token;
    }

    // ---- TokenSource ----

    @Override
    public int getLine() {
        return source.lineOf(tokenizer.offset(Math.min(tokenizer.pos, tokenizer.length())));
    }

    @Override
    public int getCharPositionInLine() {
        return source.columnOf(tokenizer.offset(Math.min(tokenizer.pos, tokenizer.length()))) - 1;
    }

    @Override
    public CharStream getInputStream() {
        return null;
    }

    @Override
    public String getSourceName() {
        return source.file() == null ? "<script>" : source.file();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        throw new UnsupportedOperationException("the lexer makes its own tokens");
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return null;
    }
}
