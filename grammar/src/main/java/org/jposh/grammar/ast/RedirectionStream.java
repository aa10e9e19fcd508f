package org.jposh.grammar.ast;

/** The stream a redirection names; the numbers are those written in scripts ({@code 2>}, {@code *>}). */
public enum RedirectionStream {
    ALL,
    OUTPUT,
    ERROR,
    WARNING,
    VERBOSE,
    DEBUG,
    INFORMATION;

    /** The stream numbered {@code n} in a redirection ({@code 0} stands for {@code *}). */
    public static RedirectionStream of(int n) {
        return values()[n];
    }
}
