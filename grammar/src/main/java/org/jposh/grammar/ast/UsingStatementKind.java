package org.jposh.grammar.ast;

/** What a {@code using} statement brings in. */
public enum UsingStatementKind {
    ASSEMBLY,
    COMMAND,
    MODULE,
    NAMESPACE,
    TYPE
}
