package org.jposh.grammar.ast;

/**
 * {@code return [pipeline]}; the pipeline's output is written before returning.
 */
public record ReturnStatementAst(Extent extent, PipelineBaseAst pipeline) implements StatementAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitReturnStatement(this);
    }
}
