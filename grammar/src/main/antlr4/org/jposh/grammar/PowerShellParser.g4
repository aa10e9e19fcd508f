// The PowerShell grammar. Rule names follow PowerShell's own Parser.cs so the spec maps onto them.
parser grammar PowerShellParser;

options { tokenVocab = PowerShellLexer; }

script : terminator* (statement (terminator+ statement)*)? terminator* EOF ;

terminator : NEWLINE | SEMI ;

statement
    : VARIABLE ASSIGN NEWLINE* statement   # assignmentStatement
    | EXIT pipeline?                       # exitStatement
    | pipeline                             # pipelineStatement
    ;

pipeline : pipelineElement (PIPE NEWLINE* pipelineElement)* ;

pipelineElement
    : COMMAND_NAME commandElement*          # command
    | expression                           # commandExpression
    ;

commandElement
    : PARAMETER                            # commandParameter
    | GENERIC_TOKEN                        # genericArgument
    | primaryExpression                    # expressionArgument
    ;

expression : additiveExpression ;

additiveExpression
    : multiplicativeExpression
    | additiveExpression op=(PLUS | MINUS) NEWLINE* multiplicativeExpression
    ;

multiplicativeExpression
    : unaryExpression
    | multiplicativeExpression op=(STAR | SLASH | PERCENT) NEWLINE* unaryExpression
    ;

unaryExpression
    : op=(MINUS | PLUS) unaryExpression    # signExpression
    | primaryExpression                    # primary
    ;

primaryExpression
    : NUMBER                               # numberLiteral
    | STRING_SQ                            # singleQuotedString
    | STRING_DQ                            # doubleQuotedString
    | VARIABLE                             # variable
    | (LPAREN | CMD_LPAREN) NEWLINE* pipeline NEWLINE* RPAREN   # parenExpression
    ;
