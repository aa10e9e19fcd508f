package org.jposh.grammar.ast;

/**
 * A node of the syntax tree. Names and shapes follow PowerShell's System.Management.Automation.Language
 * so that its documentation and source map onto ours; every node keeps the {@link Extent} it was parsed from.
 */
public sealed interface Ast permits ScriptBlockAst, ParamBlockAst, NamedBlockAst, StatementBlockAst, ParameterAst,
        AttributeBaseAst, NamedAttributeArgumentAst, CatchClauseAst, MemberAst, RedirectionAst, StatementAst,
        CommandBaseAst, CommandElementAst {
    Extent extent();

    <R> R accept(AstVisitor<R> visitor);
}
