package org.jposh.grammar.ast;

/**
 * {@code for (init; condition; iterator) {...}}; each of the three parts may be null.
 */
public record ForStatementAst(Extent extent, String label, PipelineBaseAst initializer, PipelineBaseAst condition,
        PipelineBaseAst iterator, StatementBlockAst body) implements LoopStatementAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitForStatement(this);
    }
}
