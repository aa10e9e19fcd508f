package org.jposh.grammar.ast;

/**
 * A cast: {@code [int]$x}, {@code [ordered]@{...}}.
 */
public record ConvertExpressionAst(Extent extent, TypeConstraintAst type, ExpressionAst child)
        implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitConvertExpression(this);
    }
}
