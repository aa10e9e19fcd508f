package org.jposh.grammar.ast;

/** The flags of a {@code switch} statement. */
public enum SwitchFlags {
    FILE,
    REGEX,
    WILDCARD,
    EXACT,
    CASE_SENSITIVE,
    PARALLEL
}
