package org.jposh.grammar.ast;

/** What a condition, a {@code return} or a parenthesized expression holds: a pipeline, a chain or an assignment. */
public sealed interface PipelineBaseAst extends StatementAst permits AssignmentStatementAst, ChainableAst {
}
