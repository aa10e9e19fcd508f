package org.jposh.grammar.ast;

/** How a constant string was written. */
public enum StringConstantType {
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    BARE_WORD
}
