package org.jposh.grammar.ast;

/**
 * {@code condition ? ifTrue : ifFalse}.
 */
public record TernaryExpressionAst(Extent extent, ExpressionAst condition, ExpressionAst ifTrue,
        ExpressionAst ifFalse) implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitTernaryExpression(this);
    }
}
