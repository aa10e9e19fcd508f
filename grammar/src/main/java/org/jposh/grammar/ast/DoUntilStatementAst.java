package org.jposh.grammar.ast;

/**
 * {@code do {...} until (condition)}: the body runs first, then repeats until the condition holds.
 */
public record DoUntilStatementAst(Extent extent, String label, PipelineBaseAst condition, StatementBlockAst body)
        implements LoopStatementAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitDoUntilStatement(this);
    }
}
