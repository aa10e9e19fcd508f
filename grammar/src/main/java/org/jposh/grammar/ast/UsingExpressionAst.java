package org.jposh.grammar.ast;

/**
 * {@code $using:name} (possibly with member access, {@code $using:x.y}): a local value sent to a remote or parallel
 * script block. {@code subExpression} is the variable without the {@code using:} prefix.
 */
public record UsingExpressionAst(Extent extent, ExpressionAst subExpression) implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitUsingExpression(this);
    }
}
