package org.jposh.grammar.ast;

/**
 * A node of the syntax tree. Names and shapes follow PowerShell's System.Management.Automation.Language
 * so that its documentation and source map onto ours.
 */
public sealed interface Ast permits ScriptBlockAst, StatementAst, CommandBaseAst, CommandElementAst {
    Extent extent();

    <R> R accept(AstVisitor<R> visitor);
}
