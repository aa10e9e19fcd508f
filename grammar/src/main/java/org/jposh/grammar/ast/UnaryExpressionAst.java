package org.jposh.grammar.ast;

/**
 * A prefix or postfix operator applied to an operand: {@code -$x}, {@code -not $x}, {@code ++$i}, {@code $i++}.
 */
public record UnaryExpressionAst(Extent extent, TokenKind operator, ExpressionAst child) implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitUnaryExpression(this);
    }
}
