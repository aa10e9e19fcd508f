// The PowerShell 7.4 grammar. Rule names follow PowerShell's own Parser.cs (its "G" comments) so the spec and
// pwsh's source map onto them; Parser.cs is the authority on behaviour, including operator precedence.
//
// Tokens come from PowerShellLexer, a Java token source that follows pwsh's tokenizer.cs: PowerShell lexes
// the same characters differently in command mode (arguments: bare words, -parameters) and expression mode
// (operators, numbers), and pwsh's parser switches the mode as it goes. The lexer tracks that context itself,
// so a token's type already says how pwsh read it: a bare word is GENERIC, a keyword only where pwsh treats it
// as one, an adjacent '[' after a value INDEX_LBRACKET, an adjacent '(' after a member name INVOKE_LPAREN, an
// operator where an operand is expected its UNARY_ form, the '[' of attributes before param, class or enum
// ATTRIBUTE_LBRACKET. So every decision here is made on the next token or two, as pwsh's parser makes it.
parser grammar PowerShellParser;

tokens {
    NEWLINE, SEMI,
    LPAREN, RPAREN, LCURLY, RCURLY, LBRACKET, RBRACKET, AT_PAREN, AT_CURLY, DOLLAR_PAREN,
    INDEX_LBRACKET, QUESTION_LBRACKET, INVOKE_LPAREN, INVOKE_LCURLY,
    COMMA, DOT, COLONCOLON, QUESTION_DOT, DOT_SOURCE, AMPERSAND, ANDAND, OROR, PIPE,
    EQUALS, ASSIGN_OP,
    PLUS, MINUS, STAR, SLASH, PERCENT, PLUSPLUS, MINUSMINUS, DOTDOT, FORMAT,
    COMPARE_OP, SPLIT_OP, JOIN_OP, BITWISE_OP, LOGICAL_OP, NOT_OP, BNOT_OP, EXCLAIM,
    UNARY_PLUS, UNARY_MINUS, UNARY_COMMA, UNARY_SPLIT, UNARY_JOIN, POSTFIX_PLUSPLUS, POSTFIX_MINUSMINUS,
    ATTRIBUTE_LBRACKET, PARAM_ATTRIBUTE_LBRACKET,
    QUESTION_QUESTION, QUESTION, COLON,
    NUMBER, STRING_LITERAL, STRING_EXPANDABLE, HERE_STRING_LITERAL, HERE_STRING_EXPANDABLE,
    VARIABLE, SPLATTED_VARIABLE, GENERIC, IDENTIFIER, PARAMETER, PARAMETER_COLON, LABEL,
    TYPE_NAME, ASSEMBLY_NAME, VERBATIM_ARGUMENT, SWITCH_FILE_PARAMETER, THROTTLE_LIMIT_PARAMETER,
    FILE_REDIRECTION, MERGING_REDIRECTION, INPUT_REDIRECTION,
    IF, ELSEIF, ELSE, SWITCH, FOREACH, FOR, WHILE, DO, UNTIL, IN, FUNCTION, FILTER, WORKFLOW,
    RETURN, THROW, EXIT, BREAK, CONTINUE, TRAP, TRY, CATCH, FINALLY, DATA, CLASS, ENUM, USING, MISPLACED_USING,
    PARAM, BEGIN, PROCESS, END, CLEAN, DYNAMICPARAM, STATIC, HIDDEN, BASE, DEFAULT,
    NAMESPACE, MODULE, ASSEMBLY, TYPE, COMMAND, RESERVED_KEYWORD, BLOCK_KEYWORD
}

// ---- Scripts and script blocks ----

script
    : terminator* (usingStatement terminator*)* scriptBlockBody EOF
    ;

// A script or the inside of '{ }': param block, then named blocks or statements.
scriptBlockBody
    : terminator* (paramBlock terminator*)? ((namedBlock terminator*)+ | statementList)
    ;

// Statements are separated by newlines or ';'. Where pwsh lets a statement ending in a block run into the next
// one ("if ($a) {1} 2"), the lexer puts a zero-width ';' between them, so each statement ends unambiguously.
statementList
    : (statement (terminator+ statement)*)? terminator*
    ;

paramBlock
    : (paramAttribute NEWLINE*)* PARAM NEWLINE* LPAREN NEWLINE* parameterList? NEWLINE* RPAREN
    ;

parameterList
    : parameter (NEWLINE* COMMA NEWLINE* parameter)*
    ;

parameter
    : (attributeOrTypeLiteral NEWLINE*)* (VARIABLE | SPLATTED_VARIABLE) (NEWLINE* EQUALS NEWLINE* expressionNoComma)?
    ;

namedBlock
    : blockName=(BEGIN | PROCESS | END | CLEAN | DYNAMICPARAM) NEWLINE* statementBlock
    ;

statementBlock
    : LCURLY terminator* statementList RCURLY
    ;

terminator
    : NEWLINE
    | SEMI
    ;

// ---- Statements ----

statement
    : ifStatement
    | LABEL NEWLINE* labeledStatement
    | labeledStatement
    | functionDefinition
    | flowControlStatement
    | trapStatement
    | tryStatement
    | dataStatement
    | typeDefinition
    | MISPLACED_USING usingBody
    | RESERVED_KEYWORD
    | BLOCK_KEYWORD NEWLINE* statementBlock
    | pipelineChain
    ;

labeledStatement
    : switchStatement
    | foreachStatement
    | forStatement
    | whileStatement
    | doStatement
    ;

ifStatement
    : IF NEWLINE* LPAREN NEWLINE* pipelineChain NEWLINE* RPAREN NEWLINE* statementBlock elseIfClause* elseClause?
    ;

elseIfClause
    : NEWLINE* ELSEIF NEWLINE* LPAREN NEWLINE* pipelineChain NEWLINE* RPAREN NEWLINE* statementBlock
    ;

elseClause
    : NEWLINE* ELSE NEWLINE* statementBlock
    ;

switchStatement
    : SWITCH NEWLINE* switchParameter* (LPAREN NEWLINE* pipelineChain NEWLINE* RPAREN)? NEWLINE*
      LCURLY NEWLINE* (switchClause terminator*)* RCURLY
    ;

switchParameter
    : SWITCH_FILE_PARAMETER NEWLINE* commandValue
    | PARAMETER
    ;

switchClause
    : (DEFAULT | commandValue) NEWLINE* statementBlock
    ;

foreachStatement
    : FOREACH NEWLINE* (foreachParameter NEWLINE*)* LPAREN NEWLINE* (VARIABLE | SPLATTED_VARIABLE) NEWLINE* IN NEWLINE*
      pipelineChain NEWLINE* RPAREN NEWLINE* statementBlock
    ;

foreachParameter
    : THROTTLE_LIMIT_PARAMETER NEWLINE* commandValue
    | PARAMETER
    ;

// The three parts are separated by ';' or newlines; none is required.
forStatement
    : FOR NEWLINE* LPAREN NEWLINE* initializer=pipelineChain?
      (forSeparator condition=pipelineChain? (forSeparator iterator=pipelineChain?)?)? NEWLINE* RPAREN NEWLINE*
      statementBlock
    ;

forSeparator
    : SEMI NEWLINE*
    | NEWLINE+ (SEMI NEWLINE*)?
    ;

whileStatement
    : WHILE NEWLINE* LPAREN NEWLINE* pipelineChain NEWLINE* RPAREN NEWLINE* statementBlock
    ;

doStatement
    : DO NEWLINE* statementBlock NEWLINE* kind=(WHILE | UNTIL) NEWLINE* LPAREN NEWLINE* pipelineChain NEWLINE* RPAREN
    ;

functionDefinition
    : kind=(FUNCTION | FILTER | WORKFLOW) NEWLINE* GENERIC NEWLINE*
      (LPAREN NEWLINE* parameterList? NEWLINE* RPAREN NEWLINE*)? LCURLY scriptBlockBody RCURLY
    ;

flowControlStatement
    : kind=(RETURN | THROW | EXIT) pipelineChain?
    | kind=(BREAK | CONTINUE) labelExpression?
    ;

labelExpression
    : IDENTIFIER
    | unaryExpressionNoComma
    ;

trapStatement
    : TRAP NEWLINE* typeLiteral? NEWLINE* statementBlock
    ;

tryStatement
    : TRY NEWLINE* statementBlock catchClause* finallyClause?
    ;

catchClause
    : NEWLINE* CATCH NEWLINE* (typeLiteral (NEWLINE* COMMA NEWLINE* typeLiteral)*)? NEWLINE* statementBlock
    ;

finallyClause
    : NEWLINE* FINALLY NEWLINE* statementBlock
    ;

dataStatement
    : DATA NEWLINE* IDENTIFIER? NEWLINE* (PARAMETER NEWLINE* commandValue (COMMA NEWLINE* commandValue)*)?
      statementBlock
    ;

// Using statements come first in a script; the lexer marks any other one MISPLACED_USING (an error).
usingStatement
    : USING usingBody
    ;

usingBody
    : kind=(NAMESPACE | MODULE | ASSEMBLY | TYPE | COMMAND) commandArgument (EQUALS commandArgument)?
    ;

// ---- Classes and enums ----

typeDefinition
    : (statementAttribute NEWLINE*)* (classDefinition | enumDefinition)
    ;

classDefinition
    : CLASS NEWLINE* IDENTIFIER NEWLINE* (COLON NEWLINE* typeSpec (NEWLINE* COMMA NEWLINE* typeSpec)* NEWLINE*)?
      LCURLY terminator* (classMember (terminator+ classMember)*)? terminator* RCURLY
    ;

classMember
    : (attributeOrTypeLiteral NEWLINE* | modifier=(STATIC | HIDDEN) NEWLINE*)* (classProperty | classMethod)
    ;

classProperty
    : VARIABLE (EQUALS NEWLINE* expression)?
    ;

classMethod
    : IDENTIFIER LPAREN NEWLINE* parameterList? NEWLINE* RPAREN NEWLINE* baseConstructorCall? LCURLY scriptBlockBody RCURLY
    ;

baseConstructorCall
    : COLON NEWLINE* BASE NEWLINE* LPAREN NEWLINE* (expressionNoComma (NEWLINE* COMMA NEWLINE* expressionNoComma)*)?
      NEWLINE* RPAREN NEWLINE*
    ;

enumDefinition
    : ENUM NEWLINE* IDENTIFIER NEWLINE* (COLON NEWLINE* typeSpec NEWLINE*)?
      LCURLY terminator* (enumMember (terminator+ enumMember)*)? terminator* RCURLY
    ;

enumMember
    : IDENTIFIER (EQUALS expression)?
    ;

// ---- Pipelines ----

// A pipeline chain, or an assignment: both start with an expression, so they are told apart after it.
pipelineChain
    : expression (assignmentOperator NEWLINE* statement | redirection* pipelineTail chainTail)
    | command pipelineTail chainTail
    ;

assignmentOperator
    : EQUALS
    | ASSIGN_OP
    ;

pipelineTail
    : (PIPE NEWLINE* pipelineElement)*
    ;

chainTail
    : (chainOperator NEWLINE* pipeline)* AMPERSAND?
    ;

chainOperator
    : ANDAND
    | OROR
    ;

pipeline
    : pipelineElement (PIPE NEWLINE* pipelineElement)*
    ;

pipelineElement
    : expression redirection*
    | command
    ;

command
    : GENERIC commandElement*
    | invocation=(AMPERSAND | DOT_SOURCE) (GENERIC | primaryExpression) commandElement*
    ;

commandElement
    : PARAMETER
    | PARAMETER_COLON commandArgument
    | commandArgument
    | redirection
    | MINUSMINUS
    | VERBATIM_ARGUMENT
    ;

commandArgument
    : commandValue (COMMA NEWLINE* commandValue)*
    ;

commandValue
    : GENERIC
    | primaryExpression
    ;

redirection
    : FILE_REDIRECTION commandValue
    | MERGING_REDIRECTION
    | INPUT_REDIRECTION commandValue
    ;

// ---- Expressions ----

expression
    : binaryExpression (QUESTION NEWLINE* expression NEWLINE* COLON NEWLINE* expression)?
    ;

// An expression where a comma separates items instead of building an array: method and attribute
// arguments, parameter defaults (pwsh's _disableCommaOperator).
expressionNoComma
    : binaryExpressionNoComma (QUESTION NEWLINE* expressionNoComma NEWLINE* COLON NEWLINE* expressionNoComma)?
    ;

// Precedence from pwsh's parser, tightest first; all left-associative.
binaryExpression
    : binaryExpression op=DOTDOT NEWLINE* binaryExpression
    | binaryExpression op=FORMAT NEWLINE* binaryExpression
    | binaryExpression op=(STAR | SLASH | PERCENT) NEWLINE* binaryExpression
    | binaryExpression op=(PLUS | MINUS) NEWLINE* binaryExpression
    | binaryExpression op=QUESTION_QUESTION NEWLINE* binaryExpression
    | binaryExpression op=(COMPARE_OP | SPLIT_OP | JOIN_OP) NEWLINE* binaryExpression
    | binaryExpression op=BITWISE_OP NEWLINE* binaryExpression
    | binaryExpression op=LOGICAL_OP NEWLINE* binaryExpression
    | arrayLiteral
    ;

binaryExpressionNoComma
    : binaryExpressionNoComma op=DOTDOT NEWLINE* binaryExpressionNoComma
    | binaryExpressionNoComma op=FORMAT NEWLINE* binaryExpressionNoComma
    | binaryExpressionNoComma op=(STAR | SLASH | PERCENT) NEWLINE* binaryExpressionNoComma
    | binaryExpressionNoComma op=(PLUS | MINUS) NEWLINE* binaryExpressionNoComma
    | binaryExpressionNoComma op=QUESTION_QUESTION NEWLINE* binaryExpressionNoComma
    | binaryExpressionNoComma op=(COMPARE_OP | SPLIT_OP | JOIN_OP) NEWLINE* binaryExpressionNoComma
    | binaryExpressionNoComma op=BITWISE_OP NEWLINE* binaryExpressionNoComma
    | binaryExpressionNoComma op=LOGICAL_OP NEWLINE* binaryExpressionNoComma
    | unaryExpressionNoComma
    ;

// The comma binds tighter than every binary operator: 1,2 + 3 is (1,2) + 3.
arrayLiteral
    : unaryExpression (COMMA NEWLINE* unaryExpression)*
    ;

unaryExpression
    : UNARY_COMMA NEWLINE* unaryExpression
    | prefixOperator NEWLINE* unaryExpression
    | attributeOrTypeLiteral castTail?
    | primaryExpression postfixIncrement?
    ;

unaryExpressionNoComma
    : prefixOperator NEWLINE* unaryExpressionNoComma
    | attributeOrTypeLiteral castTail?
    | primaryExpression postfixIncrement?
    ;

// After a type literal: a static member ([int]::MaxValue) or the operand of a cast ([int]$x, [Attr()]$x).
// Without either it is a type used as a value.
castTail
    : typeMemberAccess postfixOperator* postfixIncrement?
    | unaryExpressionNoComma
    ;

prefixOperator
    : EXCLAIM | NOT_OP | BNOT_OP | UNARY_PLUS | UNARY_MINUS | PLUSPLUS | MINUSMINUS | UNARY_SPLIT | UNARY_JOIN
    ;

postfixIncrement
    : POSTFIX_PLUSPLUS
    | POSTFIX_MINUSMINUS
    ;

typeMemberAccess
    : memberAccessOperator NEWLINE* memberName methodInvocation?
    ;

primaryExpression
    : value postfixOperator*
    ;

value
    : VARIABLE
    | SPLATTED_VARIABLE
    | NUMBER
    | STRING_LITERAL
    | STRING_EXPANDABLE
    | HERE_STRING_LITERAL
    | HERE_STRING_EXPANDABLE
    | parenExpression
    | subExpression
    | arrayExpression
    | hashLiteral
    | scriptBlockExpression
    ;

parenExpression
    : LPAREN NEWLINE* pipelineChain NEWLINE* RPAREN
    ;

subExpression
    : DOLLAR_PAREN terminator* statementList RPAREN
    ;

arrayExpression
    : AT_PAREN terminator* statementList RPAREN
    ;

scriptBlockExpression
    : LCURLY scriptBlockBody RCURLY
    ;

hashLiteral
    : AT_CURLY NEWLINE* (hashEntry (terminator+ hashEntry)*)? terminator* RCURLY
    ;

hashEntry
    : hashKey EQUALS NEWLINE* statement
    ;

hashKey
    : IDENTIFIER
    | ELSE | ELSEIF | CATCH | FINALLY | UNTIL
    | unaryExpressionNoComma
    ;

postfixOperator
    : memberAccessOperator NEWLINE* memberName methodInvocation?
    | indexOperator=(INDEX_LBRACKET | QUESTION_LBRACKET) NEWLINE* expression NEWLINE* RBRACKET
    ;

memberAccessOperator
    : DOT
    | COLONCOLON
    | QUESTION_DOT
    ;

memberName
    : IDENTIFIER
    | value
    ;

methodInvocation
    : genericMethodArguments? INVOKE_LPAREN NEWLINE* (expressionNoComma (NEWLINE* COMMA NEWLINE* expressionNoComma)*)?
      NEWLINE* RPAREN
    | INVOKE_LCURLY scriptBlockBody RCURLY
    ;

genericMethodArguments
    : LBRACKET NEWLINE* typeSpec (NEWLINE* COMMA NEWLINE* typeSpec)* NEWLINE* RBRACKET
    ;

// ---- Types and attributes ----

attributeOrTypeLiteral
    : LBRACKET NEWLINE* typeSpec (attributeArguments NEWLINE*)? RBRACKET
    ;

// An attribute (or type) before param, class or enum.
statementAttribute
    : ATTRIBUTE_LBRACKET NEWLINE* typeSpec (attributeArguments NEWLINE*)? RBRACKET
    ;

// An attribute (or type) before param: the lexer knows which keyword follows, so predictions stay LL(1).
paramAttribute
    : PARAM_ATTRIBUTE_LBRACKET NEWLINE* typeSpec (attributeArguments NEWLINE*)? RBRACKET
    ;

typeLiteral
    : LBRACKET NEWLINE* typeSpec RBRACKET
    ;

attributeArguments
    : LPAREN NEWLINE* (attributeArgument (NEWLINE* COMMA NEWLINE* attributeArgument)*)? NEWLINE* RPAREN
    ;

attributeArgument
    : IDENTIFIER (EQUALS NEWLINE* expressionNoComma)?
    | expressionNoComma
    ;

typeSpec
    : TYPE_NAME genericArguments? arraySpec* (COMMA ASSEMBLY_NAME)?
    ;

genericArguments
    : LBRACKET NEWLINE* genericArgument (NEWLINE* COMMA NEWLINE* genericArgument)* NEWLINE* RBRACKET
    ;

genericArgument
    : TYPE_NAME genericArguments? arraySpec*
    | LBRACKET NEWLINE* typeSpec NEWLINE* RBRACKET
    ;

arraySpec
    : LBRACKET COMMA* RBRACKET
    ;

// The '$( )' of an expandable string, parsed on its own.
subExpressionOnly
    : subExpression EOF
    ;
