package org.jposh.grammar.ast;

/**
 * {@code left op right}; {@code errorPosition} is the operator, where PowerShell reports operator errors.
 */
public record BinaryExpressionAst(Extent extent, ExpressionAst left, TokenKind operator, ExpressionAst right,
        Extent errorPosition) implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitBinaryExpression(this);
    }
}
