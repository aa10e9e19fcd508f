// The PowerShell tokenizer. PowerShell lexes a statement differently depending on how it starts:
// a bare word at the start of a statement begins a command, whose arguments are lexed in
// COMMAND mode (bare words are strings, `-name` is a parameter); anything else is an expression.
// The lexer tracks "statement start" itself because ANTLR lexes ahead of the parser.
lexer grammar PowerShellLexer;

@members {
    private boolean atStatementStart = true;

    @Override
    public org.antlr.v4.runtime.Token emit() {
        org.antlr.v4.runtime.Token t = super.emit();
        if (t.getChannel() == org.antlr.v4.runtime.Token.DEFAULT_CHANNEL) {
            atStatementStart = startsStatement(t.getType());
        }
        return t;
    }

    private static boolean startsStatement(int type) {
        return type == NEWLINE || type == SEMI || type == PIPE || type == LPAREN
            || type == CMD_LPAREN || type == ASSIGN || type == EXIT;
    }

    private void popModeIfNested() {
        if (!_modeStack.isEmpty()) popMode();
    }

    /** A bare word at statement start is a keyword or a command name. */
    private void commandNameOrKeyword() {
        int keyword = switch (getText().toLowerCase(java.util.Locale.ROOT)) {
            case "exit" -> EXIT;
            default -> -1;
        };
        if (keyword >= 0) {
            setType(keyword);
        } else {
            pushMode(COMMAND);
        }
    }
}

tokens { EXIT }

// ---- Expression mode (the default) ----

NEWLINE : ('\r'? '\n' | '\r') ;
SEMI    : ';' ;
PIPE    : '|' ;
LPAREN  : '(' -> pushMode(DEFAULT_MODE) ;
RPAREN  : ')' { popModeIfNested(); } ;
ASSIGN  : '=' ;
PLUS    : '+' ;
MINUS   : '-' ;
STAR    : '*' ;
SLASH   : '/' ;
PERCENT : '%' ;

NUMBER   : Number ;
STRING_SQ : SingleQuoted ;
STRING_DQ : DoubleQuoted ;
VARIABLE : Variable ;

// A bare word where a statement starts names a command.
// A statement starting with a dash is an expression (`-7 % 2`), never a command.
COMMAND_NAME : {atStatementStart}? CommandNameStart CommandNameChar* { commandNameOrKeyword(); } ;

WS      : [ \t]+ -> channel(HIDDEN) ;
LINE_CONTINUATION : '`' ('\r'? '\n' | '\r') -> channel(HIDDEN) ;
COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;

// ---- Command mode: the arguments of a command ----
mode COMMAND;

CMD_NEWLINE : ('\r'? '\n' | '\r') -> type(NEWLINE), popMode ;
CMD_SEMI    : ';' -> type(SEMI), popMode ;
CMD_PIPE    : '|' -> type(PIPE), popMode ;
CMD_RPAREN  : ')' { popModeIfNested(); popModeIfNested(); setType(RPAREN); } ;
CMD_LPAREN  : '(' -> pushMode(DEFAULT_MODE) ;
PARAMETER   : '-' [\p{L}_?] ~[ \t\r\n;|(){}:]* ':'? ;
CMD_STRING_SQ : SingleQuoted -> type(STRING_SQ) ;
CMD_STRING_DQ : DoubleQuoted -> type(STRING_DQ) ;
CMD_VARIABLE  : Variable -> type(VARIABLE) ;
// A bare word; a purely numeric one is a number (the parser checks which).
// (A dash followed by a letter always starts a parameter, so a bare word never does.)
GENERIC_TOKEN : (~[ \t\r\n;|(){}$"'`#-] | '-' ~[ \t\r\n;|(){}$"'`\p{L}_?]) ~[ \t\r\n;|(){}$"'`]* | '-' ;
CMD_WS      : [ \t]+ -> channel(HIDDEN) ;
CMD_LINE_CONTINUATION : '`' ('\r'? '\n' | '\r') -> channel(HIDDEN) ;
CMD_COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;

fragment CommandNameStart : ~[ \t\r\n;|(){}$"'`#=+*/%,-] ;
fragment CommandNameChar : ~[ \t\r\n;|(){}$"'`#=+*/%,] ;
fragment Number : Digit+ ('.' Digit+)? ([eE] [+-]? Digit+)? | '0' [xX] HexDigit+ ;
fragment Digit : [0-9] ;
fragment HexDigit : [0-9a-fA-F] ;
fragment SingleQuoted : '\'' (~'\'' | '\'\'')* '\'' ;
fragment DoubleQuoted : '"' (~["`] | '`' . | '""')* '"' ;
fragment Variable : '$' ([\p{L}\p{N}_?] | ':' [\p{L}\p{N}_])+ | '${' ~'}'+ '}' ;
