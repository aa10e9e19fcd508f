package org.jposh.grammar.ast;

/** Operator tokens, named as in PowerShell's TokenKind. */
public enum TokenKind {
    PLUS("+"),
    MINUS("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    REM("%"),
    EQUALS("=");

    private final String text;

    TokenKind(String text) {
        this.text = text;
    }

    /** The operator as written in scripts. */
    public String text() {
        return text;
    }
}
