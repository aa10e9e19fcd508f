package org.jposh.grammar.ast;

/**
 * Operator and keyword kinds stored in the AST, named as in PowerShell's TokenKind. Comparison operators
 * without a {@code c} or {@code i} prefix are the case-insensitive ({@code I...}) kinds, as in pwsh.
 */
public enum TokenKind {
    UNKNOWN(""),
    // arithmetic
    PLUS("+"),
    MINUS("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    REM("%"),
    DOT_DOT(".."),
    FORMAT("-f"),
    // assignment
    EQUALS("="),
    PLUS_EQUALS("+="),
    MINUS_EQUALS("-="),
    MULTIPLY_EQUALS("*="),
    DIVIDE_EQUALS("/="),
    REMAINDER_EQUALS("%="),
    QUESTION_QUESTION_EQUALS("??="),
    // unary
    NOT("-not"),
    BNOT("-bnot"),
    EXCLAIM("!"),
    PLUS_PLUS("++"),
    MINUS_MINUS("--"),
    POSTFIX_PLUS_PLUS("++"),
    POSTFIX_MINUS_MINUS("--"),
    // logical and bitwise
    AND("-and"),
    OR("-or"),
    XOR("-xor"),
    BAND("-band"),
    BOR("-bor"),
    BXOR("-bxor"),
    SHL("-shl"),
    SHR("-shr"),
    // comparison, case-insensitive
    IEQ("-eq"),
    INE("-ne"),
    IGE("-ge"),
    IGT("-gt"),
    ILT("-lt"),
    ILE("-le"),
    ILIKE("-like"),
    INOTLIKE("-notlike"),
    IMATCH("-match"),
    INOTMATCH("-notmatch"),
    IREPLACE("-replace"),
    ICONTAINS("-contains"),
    INOTCONTAINS("-notcontains"),
    IIN("-in"),
    INOTIN("-notin"),
    ISPLIT("-split"),
    // comparison, case-sensitive
    CEQ("-ceq"),
    CNE("-cne"),
    CGE("-cge"),
    CGT("-cgt"),
    CLT("-clt"),
    CLE("-cle"),
    CLIKE("-clike"),
    CNOTLIKE("-cnotlike"),
    CMATCH("-cmatch"),
    CNOTMATCH("-cnotmatch"),
    CREPLACE("-creplace"),
    CCONTAINS("-ccontains"),
    CNOTCONTAINS("-cnotcontains"),
    CIN("-cin"),
    CNOTIN("-cnotin"),
    CSPLIT("-csplit"),
    // other binary
    JOIN("-join"),
    IS("-is"),
    IS_NOT("-isnot"),
    AS("-as"),
    QUESTION_QUESTION("??"),
    // pipelines and commands
    AND_AND("&&"),
    OR_OR("||"),
    AMPERSAND("&"),
    DOT("."),
    // named blocks
    BEGIN("begin"),
    PROCESS("process"),
    END("end"),
    CLEAN("clean"),
    DYNAMICPARAM("dynamicparam");

    private final String text;

    TokenKind(String text) {
        this.text = text;
    }

    /** The operator or keyword as written in scripts (case-insensitive operators without their prefix). */
    public String text() {
        return text;
    }
}
