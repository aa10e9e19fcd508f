package org.jposh.grammar.ast;

/** Whether a type definition is a class or an enum. */
public enum TypeAttributes {
    CLASS,
    ENUM
}
