package org.jposh.grammar.ast;

/** A member of a class or enum. */
public sealed interface MemberAst extends Ast permits PropertyMemberAst, FunctionMemberAst {
    String name();
}
