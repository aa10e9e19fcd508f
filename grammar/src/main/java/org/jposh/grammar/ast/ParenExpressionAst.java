package org.jposh.grammar.ast;

/**
 * {@code ( pipeline )}: the pipeline's output (or the value of an assignment) as a value.
 */
public record ParenExpressionAst(Extent extent, PipelineBaseAst pipeline) implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitParenExpression(this);
    }
}
