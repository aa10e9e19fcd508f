package org.jposh.grammar.ast;

/** What a condition, a {@code return} or a parenthesized expression holds: a pipeline, a chain or an assignment. */
public sealed interface PipelineBaseAst extends StatementAst permits AssignmentStatementAst, ChainableAst {
    /** pwsh's GetPureExpression: the expression of a one-element pipeline without redirections, or null. */
    default ExpressionAst pureExpression() {
        if (this instanceof PipelineAst p && p.pipelineElements().size() == 1
                && p.pipelineElements().getFirst() instanceof CommandExpressionAst c
                && (c.redirections() == null || c.redirections().isEmpty())) {
            return c.expression();
        }
        return null;
    }
}
