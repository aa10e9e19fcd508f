package org.jposh.grammar.ast;

/** A statement; pipelines and assignments are statements, and so is every keyword form. */
public sealed interface StatementAst extends Ast permits PipelineAst, AssignmentStatementAst, ExitStatementAst {
}
