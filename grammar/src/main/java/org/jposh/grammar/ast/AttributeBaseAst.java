package org.jposh.grammar.ast;

/** Something written in square brackets before a parameter, variable or statement: an attribute or a type. */
public sealed interface AttributeBaseAst extends Ast permits AttributeAst, TypeConstraintAst {
    ITypeName typeName();
}
