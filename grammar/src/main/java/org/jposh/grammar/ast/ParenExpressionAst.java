package org.jposh.grammar.ast;

/** {@code ( pipeline )}: the pipeline's output as a value. */
public record ParenExpressionAst(Extent extent, PipelineAst pipeline) implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitParenExpression(this);
    }
}
