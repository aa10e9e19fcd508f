package org.jposh.grammar.ast;

/**
 * {@code while (condition) {...}}.
 */
public record WhileStatementAst(Extent extent, String label, PipelineBaseAst condition, StatementBlockAst body)
        implements LoopStatementAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitWhileStatement(this);
    }
}
