package org.jposh.grammar.ast;

/** A prefix operator applied to an operand, such as {@code -$x}. */
public record UnaryExpressionAst(Extent extent, TokenKind operator, ExpressionAst child) implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitUnaryExpression(this);
    }
}
