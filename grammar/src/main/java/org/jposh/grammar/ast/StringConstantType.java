package org.jposh.grammar.ast;

/** How a string was written. */
public enum StringConstantType {
    SINGLE_QUOTED,
    SINGLE_QUOTED_HERE_STRING,
    DOUBLE_QUOTED,
    DOUBLE_QUOTED_HERE_STRING,
    BARE_WORD
}
