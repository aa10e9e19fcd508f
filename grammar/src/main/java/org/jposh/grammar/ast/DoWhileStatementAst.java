package org.jposh.grammar.ast;

/**
 * {@code do {...} while (condition)}: the body runs first, then repeats while the condition holds.
 */
public record DoWhileStatementAst(Extent extent, String label, PipelineBaseAst condition, StatementBlockAst body)
        implements LoopStatementAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitDoWhileStatement(this);
    }
}
