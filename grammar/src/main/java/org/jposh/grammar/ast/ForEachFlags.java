package org.jposh.grammar.ast;

/** The flags of a {@code foreach} statement. */
public enum ForEachFlags {
    PARALLEL
}
