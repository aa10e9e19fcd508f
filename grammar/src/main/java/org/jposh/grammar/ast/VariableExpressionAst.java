package org.jposh.grammar.ast;

/** A variable reference; {@code path} is the name as written after {@code $}, scope prefix included. */
public record VariableExpressionAst(Extent extent, VariablePath path) implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitVariableExpression(this);
    }
}
