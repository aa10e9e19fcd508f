package org.jposh.grammar.ast;

/**
 * {@code throw [pipeline]}; without a pipeline it rethrows the error being handled.
 */
public record ThrowStatementAst(Extent extent, PipelineBaseAst pipeline) implements StatementAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitThrowStatement(this);
    }
}
